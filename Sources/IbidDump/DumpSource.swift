import CIbidSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a dump's bytes: regular files are memory-mapped under the SIGBUS guard; streams (standard
/// input, a FIFO, a device) are read whole, up to `streamLimit`. Either way the first block is
/// sniffed, so binary input is refused before more of it is read.
public enum DumpSource {
    /// The conventional name for standard input.
    public static let stdinPath = "-"

    /// The most a stream may hold: 1 GiB. A stream's length is unknown until its end (and a device
    /// such as /dev/zero has none), so this bounds memory; it is read into one buffer grown by
    /// `realloc`, so peak memory stays near the input's size. Files are mapped and have no limit.
    public static let streamLimit = 1 << 30

    /// Files up to this size are mapped with their pages populated at once (see `map`).
    static let populateLimit = 64 << 20

    public static func read(path: String) throws(DumpError) -> DumpBytes {
        try read(path: path, streamLimit: streamLimit)
    }

    /// `read(path:)` with another limit for streams (tests use a small one).
    public static func read(path: String, streamLimit limit: Int) throws(DumpError) -> DumpBytes {
        if path == stdinPath { return try readStream(fd: 0, path: "<stdin>", limit: limit, snapshot: FileSnapshot(fd: 0)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DumpError(path: path, kind: .cannotOpen(errnoText())) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = DumpError(path: path, kind: .cannotOpen(errnoText()))
            close(fd)
            throw error
        }
        let snapshot = FileSnapshot(info)
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw DumpError(path: path, kind: .isDirectory)
        }
        let size = Int(info.st_size)
        if snapshot.isRegular && size == 0 {
            close(fd)
            throw DumpError(path: path, kind: .empty)
        }
        if snapshot.isRegular, let mapped = map(fd: fd, size: size, snapshot: snapshot) {
            try refuseBinary(mapped, path: path)
            return mapped  // owns fd now
        }
        defer { close(fd) }
        return try readStream(fd: fd, path: path, limit: limit, snapshot: snapshot)
    }

    /// Maps a regular file and registers the mapping with the SIGBUS guard; nil when either fails
    /// (an unguarded mapping is never handed out: the caller reads the file instead).
    private static func map(fd: Int32, size: Int, snapshot: FileSnapshot) -> DumpBytes? {
        guard ibid_mapguard_install() == 0 else { return nil }
        #if os(Linux)
        // Populating a small file's page tables up front saves the parse its faults; a large one is not
        // populated, or a 1 GB dump would cost a quarter of a second and its whole size in memory before
        // the reader could paint (the parse and `PageRelease` then read it a piece at a time).
        let flags = size <= populateLimit ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != MAP_FAILED else { return nil }
        guard ibid_mapguard_register(base, size) == 0 else {
            munmap(base, size)
            return nil
        }
        return DumpBytes(buffer: UnsafeRawBufferPointer(start: base, count: size), ownership: .mapped(file: fd),
                         snapshot: snapshot)
    }

    /// Reads until end of input or `limit`, sniffing the first block as soon as it is in.
    private static func readStream(fd: Int32, path: String, limit: Int, snapshot: FileSnapshot?) throws(DumpError) -> DumpBytes {
        var capacity = min(TextSniff.block, limit + 1)
        guard var storage = malloc(capacity) else { throw DumpError(path: path, kind: .readFailed("out of memory")) }
        var count = 0
        var sniffed = false
        func fail(_ kind: DumpError.Kind, at offset: Int? = nil) -> DumpError {
            let position = offset.map { SourcePosition.of(offset: $0, in: UnsafeRawBufferPointer(start: storage, count: count)) }
            free(storage)
            return DumpError(path: path, kind: kind, position: position)
        }
        while true {
            if count == capacity {
                // One past the limit, so a stream of exactly `limit` bytes is still accepted.
                let grown = min(capacity * 2, limit + 1)
                guard grown > capacity, let moved = realloc(storage, grown) else {
                    throw fail(count > limit ? .tooLarge(limit) : .readFailed("out of memory"))
                }
                storage = moved
                capacity = grown
            }
            let n = Glibc.read(fd, storage + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(.readFailed(errnoText()))
            }
            if n == 0 { break }
            count += n
            if count > limit { throw fail(.tooLarge(limit)) }
            if !sniffed && count >= TextSniff.block {
                sniffed = true
                if let verdict = TextSniff.verdict(UnsafeRawBufferPointer(start: storage, count: count)) {
                    throw fail(verdict.kind, at: verdict.offset)
                }
            }
        }
        if count == 0 { throw fail(.empty) }
        if !sniffed, let verdict = TextSniff.verdict(UnsafeRawBufferPointer(start: storage, count: count)) {
            throw fail(verdict.kind, at: verdict.offset)
        }
        return DumpBytes(buffer: UnsafeRawBufferPointer(start: storage, count: count), ownership: .malloced, snapshot: snapshot)
    }

    private static func refuseBinary(_ bytes: DumpBytes, path: String) throws(DumpError) {
        let refusal: DumpError? = bytes.withUnsafeBytes { b in
            guard let verdict = TextSniff.verdict(b) else { return nil }
            return DumpError(path: path, kind: verdict.kind, position: verdict.offset.map { SourcePosition.of(offset: $0, in: b) })
        }
        if let refusal { throw refusal }
    }

    static func errnoText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

extension TextSniff.Verdict {
    var kind: DumpError.Kind {
        switch self {
        case .nul: .binary
        case .controls: .notText
        }
    }

    var offset: Int? {
        if case .nul(let at) = self { return at }
        return nil
    }
}
