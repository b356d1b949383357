import Foundation

/// Runs the real PHP interpreter, so tests read `print_r` output as PHP prints it rather than as our
/// own writer imagines it. `.ci/run` installs `php-cli`; `php` must be on PATH.
public enum PHP {
    public struct Failure: Error, CustomStringConvertible {
        public let status: Int32
        public let stderr: String
        public var description: String { "php exited \(status): \(stderr)" }
    }

    /// Runs `code` (PHP without `<?php`) and returns what it printed. `extensions` are loaded by name
    /// (`-n` skips php.ini, so `xmlwriter` from php-xml must be asked for).
    public static func run(_ code: String, extensions: [String] = []) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["php", "-n", "-d", "display_errors=stderr"] + extensions.flatMap { ["-d", "extension=\($0)"] } + ["-r", code]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain stdout before waiting, or a large dump fills the pipe and PHP blocks; stderr carries at
        // most a few messages, which the pipe holds.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus, stderr: String(decoding: errData, as: UTF8.self))
        }
        return Array(data)
    }

    /// `print_r` of the value the PHP expression `expression` builds, after `setup` (class definitions, variables).
    public static func printR(_ expression: String, setup: String = "") throws -> [UInt8] {
        try run(setup + "\nprint_r(" + expression + ");")
    }

    /// The text as a browser shows `print_r` output printed into HTML without `<pre>`: every run of
    /// whitespace folded to one space.
    public static func collapsed(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inSpace = false
        for c in bytes {
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                if !inSpace { out.append(0x20) }
                inSpace = true
            } else {
                out.append(c)
                inSpace = false
            }
        }
        return out
    }
}
