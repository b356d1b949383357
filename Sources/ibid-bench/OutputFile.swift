#if canImport(Glibc)
import Glibc
#endif

/// A file written in large appends.
final class OutputFile {
    private let fd: Int32

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(path: String) throws {
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "\(path): cannot create") }
    }

    deinit { close(fd) }

    func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                guard n > 0 else { throw Failure(description: "write failed") }
                offset += n
            }
        }
    }
}
