import CIbidSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The immutable bytes of one dump, kept alive for as long as any value or post points into them.
///
/// Values in the tree are byte ranges into this storage, so a 100 MB dump is never copied
/// into Swift strings until a caller asks for a particular value.
///
/// A mapped file's bytes are read long after loading (values decode lazily), so the file stays open
/// and the mapping registered with the SIGBUS guard until this object goes: if the file is cut or
/// rewritten meanwhile, `changed` says so and the caller reports it instead of dying of SIGBUS.
public final class DumpBytes: @unchecked Sendable {
    enum Ownership {
        /// Swift's allocator (`init(copying:)`).
        case allocated
        /// `malloc`/`realloc` (a stream read whole, grown in place).
        case malloced
        /// `mmap` of `file`, registered with the SIGBUS guard.
        case mapped(file: Int32)
    }

    /// Private, so no pointer into the storage outlives a `withUnsafeBytes` call: a value tree
    /// holds this object, never the pointer, and the bytes go when the last holder does.
    private let buffer: UnsafeRawBufferPointer
    private let ownership: Ownership
    /// The input file as it was when reading began (nil for bytes that came from no file, or from a
    /// descriptor `fstat` could not describe).
    public let snapshot: FileSnapshot?

    init(buffer: UnsafeRawBufferPointer, ownership: Ownership, snapshot: FileSnapshot? = nil) {
        self.buffer = buffer
        self.ownership = ownership
        self.snapshot = snapshot
    }

    /// Copies `bytes` into storage of its own.
    public convenience init<C: Collection>(copying bytes: C) where C.Element == UInt8 {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        let copied: Void? = bytes.withContiguousStorageIfAvailable { source in
            storage.copyMemory(from: UnsafeRawBufferPointer(source))
        }
        if copied == nil { _ = storage.initializeMemory(as: UInt8.self, from: bytes) }
        self.init(buffer: UnsafeRawBufferPointer(start: storage.baseAddress, count: bytes.count), ownership: .allocated)
    }

    public convenience init(_ string: String) {
        self.init(copying: Array(string.utf8))
    }

    deinit {
        let base = UnsafeMutableRawPointer(mutating: buffer.baseAddress)
        switch ownership {
        case .allocated: base?.deallocate()
        case .malloced: free(base)
        case .mapped(let file):
            // Unregister first: once unmapped, the range may be reused by a mapping the guard must not patch.
            ibid_mapguard_unregister(buffer.baseAddress)
            munmap(base, buffer.count)
            close(file)
        }
    }

    /// Whether the file under a mapping changed since it was mapped: a page vanished (the guard
    /// put zeros there, so some bytes read since are wrong), or its size or mtime moved (it was
    /// rewritten in place or grown). Always false for bytes held in memory of their own.
    public var changed: Bool {
        guard case .mapped(let file) = ownership else { return false }
        if ibid_mapguard_tripped_at(buffer.baseAddress) != 0 { return true }
        guard let snapshot, let now = FileSnapshot(fd: file) else { return false }
        return snapshot.contentsDiffer(from: now)
    }

    /// Throws `FILE: changed while being read` (exit 74) when `changed`.
    public func verifyUnchanged(path: String) throws(DumpError) {
        if changed { throw DumpError(path: path, kind: .changedWhileReading) }
    }

    public var count: Int { buffer.count }

    /// Lets the kernel drop the resident pages of `range` (whole pages inside it, clamped to the
    /// storage) when the bytes are a mapped file: they are read back from the file on the next touch,
    /// so this changes no byte anyone sees, only how much memory the process holds. Memory of our own
    /// (a stream, a rewritten copy) cannot be given back this way and is left alone.
    public func release(_ range: Range<Int>) {
        guard case .mapped = ownership, let base = buffer.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let r = range.clamped(to: 0..<buffer.count)
        // The mapping starts on a page boundary; only pages wholly inside `range` are dropped, except
        // that the last page of the file counts as whole.
        let first = (r.lowerBound + page - 1) / page * page
        let last = r.upperBound == buffer.count ? r.upperBound : r.upperBound / page * page
        guard last > first else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, Int32(MADV_DONTNEED))
    }

    /// The byte at `offset` (bounds-checked).
    public subscript(offset: Int) -> UInt8 {
        precondition(offset >= 0 && offset < buffer.count, "offset out of range")
        return buffer[offset]
    }

    /// Calls `body` with all the bytes. The pointer is valid only inside `body` (the storage is kept
    /// alive until it returns) and must not be stored anywhere that outlives the call. Scanning code
    /// takes it once per scan, not once per byte.
    public func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        defer { withExtendedLifetime(self) {} }
        return try body(buffer)
    }

    /// `withUnsafeBytes` for the bytes in `range` (clamped to the storage).
    public func withUnsafeBytes<Result, Failure: Error>(
        in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try withUnsafeBytes { (all) throws(Failure) -> Result in
            try body(UnsafeRawBufferPointer(rebasing: all[range.clamped(to: 0..<all.count)]))
        }
    }

    /// A copy of the bytes in `range` (clamped to the storage), safe to keep.
    public func copyBytes(in range: Range<Int>) -> [UInt8] {
        withUnsafeBytes(in: range) { Array($0) }
    }

    /// A copy of every byte.
    public func copyBytes() -> [UInt8] {
        copyBytes(in: 0..<count)
    }
}
