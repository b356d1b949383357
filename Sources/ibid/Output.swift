import ArgumentParser
import IbidDocument
import IbidDump
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to the standard streams (no Foundation, no C globals).
///
/// Every command's standard output goes through `write`, so one rule covers them all: a write error
/// ends the run with one line and exit 74 (`ibid list > /dev/full`), except a closed pipe
/// (`ibid list | head -1`), which ends it quietly, as SIGPIPE ends other Unix tools.
enum Output {
    static func write(_ bytes: [UInt8], to fd: Int32 = 1) {
        guard fd == 1 else {
            _ = writeAll(bytes, to: fd)  // standard error: if that fails there is nowhere left to say so
            return
        }
        InputWatch.exitIfChanged()
        if !writeAll(bytes, to: fd) { standardOutputFailed(errno) }
    }

    /// Writes every byte, retrying on EINTR; false (errno set) when the descriptor refuses.
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

    /// Ends the run after a failed write to standard output.
    static func standardOutputFailed(_ code: Int32) -> Never {
        if code == EPIPE {
            // SIGPIPE was ignored by whoever started us; die of it as if it had not been.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        error("standard output: \(String(cString: strerror(code)).lowercased())")
        exit(74)
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

    /// One line on standard error, prefixed with the program name — unless an input changed, which
    /// is then the one line said (whatever else went wrong was computed from bad bytes). Sanitised
    /// here, the one door to stderr: messages carry file names and text from dumps.
    static func error(_ message: String) {
        InputWatch.exitIfChanged()
        write(Array("ibid: \(Sanitizer.visible(message))\n".utf8), to: 2)
    }

    /// Standard output, or a file given with `--output` (see `OutputFile`).
    final class Sink {
        private let file: OutputFile?

        /// Refuses (exit 73, one line) an output that is not a regular file or is one of `inputs`.
        init(path: String?, inputs: [FileSnapshot]) throws {
            guard let path else {
                file = nil
                return
            }
            do {
                file = try OutputFile(path: path, inputs: inputs)
            } catch {
                Output.error(error.description)
                throw ExitCode(error.exitCode)
            }
        }

        func write(_ bytes: [UInt8]) {
            if let file { file.write(bytes) } else { Output.write(bytes) }
        }

        func close() throws {
            guard let file else { return }
            // Nothing computed from a changed input replaces the old output.
            if InputWatch.firstChange() != nil {
                file.abandon()
                InputWatch.exitIfChanged()
            }
            do {
                try file.commit()
            } catch {
                Output.error(error.description)
                throw ExitCode(error.exitCode)
            }
        }
    }
}
