#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to the standard streams (no Foundation, no C globals).
enum Output {
    static func write(_ bytes: [UInt8], to fd: Int32 = 1) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }

    static func print(_ text: String) { write(Array((text + "\n").utf8)) }

    /// Buffers lines and writes them in large pieces: `list` on a big dump prints thousands.
    struct Lines {
        private var buffer: [UInt8] = []

        mutating func append(_ line: String) {
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)
            if buffer.count > 1 << 16 { flush() }
        }

        mutating func flush() {
            Output.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// One line on standard error, prefixed with the program name.
    static func error(_ message: String) {
        write(Array("ibid: \(message)\n".utf8), to: 2)
    }
}
