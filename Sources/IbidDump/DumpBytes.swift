#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The immutable bytes of one dump, kept alive for as long as any value or post points into them.
///
/// Values in the tree are byte ranges into this storage, so a 100 MB dump is never copied
/// into Swift strings until a caller asks for a particular value.
public final class DumpBytes: @unchecked Sendable {
    enum Ownership { case allocated, mapped }

    public let buffer: UnsafeRawBufferPointer
    private let ownership: Ownership

    init(buffer: UnsafeRawBufferPointer, ownership: Ownership) {
        self.buffer = buffer
        self.ownership = ownership
    }

    /// Copies `bytes` into storage of its own.
    public convenience init<C: Collection>(copying bytes: C) where C.Element == UInt8 {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        let copied = bytes.withContiguousStorageIfAvailable { source in
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
        case .mapped: munmap(base, buffer.count)
        }
    }

    public var count: Int { buffer.count }

    @inline(__always)
    public subscript(offset: Int) -> UInt8 { buffer[offset] }

    public func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[range])
    }
}
