#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a dump's bytes: files are memory-mapped, standard input is read whole.
public enum DumpSource {
    /// The conventional name for standard input.
    public static let stdinPath = "-"

    public static func read(path: String) throws(DumpError) -> DumpBytes {
        if path == stdinPath { return try readAll(fd: 0, path: "<stdin>") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DumpError(path: path, kind: .cannotOpen(errnoText())) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DumpError(path: path, kind: .cannotOpen(errnoText())) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw DumpError(path: path, kind: .isDirectory) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return try readAll(fd: fd, path: path) }
        let size = Int(info.st_size)
        if size == 0 { throw DumpError(path: path, kind: .empty) }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE | MAP_POPULATE
        #endif
        guard let map = mmap(nil, size, PROT_READ, flags, fd, 0), map != MAP_FAILED else {
            return try readAll(fd: fd, path: path)
        }
        return DumpBytes(buffer: UnsafeRawBufferPointer(start: map, count: size), ownership: .mapped)
    }

    private static func readAll(fd: Int32, path: String) throws(DumpError) -> DumpBytes {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DumpError(path: path, kind: .readFailed(errnoText()))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        if bytes.isEmpty { throw DumpError(path: path, kind: .empty) }
        return DumpBytes(copying: bytes)
    }

    static func errnoText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
