import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to the standard streams (no Foundation, no C globals).
enum Output {
    static func write(_ bytes: [UInt8], to fd: Int32 = 1) {
        _ = writeAll(bytes, to: fd)
    }

    /// Writes every byte, retrying on EINTR; false when the descriptor refuses (a closed pipe, a full disk).
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

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

    /// Standard output or a file given with `--output`; a file is written beside and renamed into
    /// place, so a failed export never leaves half a file where a good one was.
    final class Sink {
        private let fd: Int32
        private let path: String?
        private let temporary: String?
        private var failed = false

        init(path: String?) throws {
            guard let path else {
                fd = 1
                self.path = nil
                temporary = nil
                return
            }
            let temp = path + ".ibid-partial"
            let opened = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                Output.error("\(path): cannot write: \(String(cString: strerror(errno)).lowercased())")
                throw ExitCode(73)
            }
            fd = opened
            self.path = path
            temporary = temp
        }

        func write(_ bytes: [UInt8]) {
            if !Output.writeAll(bytes, to: fd) { failed = true }
        }

        func close() throws {
            guard let path, let temporary else { return }
            Glibc.close(fd)
            if failed || rename(temporary, path) != 0 {
                unlink(temporary)
                Output.error("\(path): write failed")
                throw ExitCode(74)
            }
        }
    }
}
