import Foundation

/// Runs the built `ibid` with standard streams of the test's choosing (a device, a closed pipe) and,
/// when asked, stopped at a `TestStop` point so the test can change its input under it.
enum Spawn {
    struct Result {
        let reason: Process.TerminationReason
        let status: Int32
        let stderr: String
        var exitedWith74OneLine: Bool { reason == .exit && status == 74 && stderr.split(separator: "\n").count == 1 }
    }

    static func run(_ arguments: [String], stdout: FileHandle, stdin: FileHandle = .nullDevice,
                    environment extra: [String: String] = [:], beforeResume: ((pid_t) throws -> Void)? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = stdin
        try process.run()
        if let beforeResume {
            try waitUntilStopped(process.processIdentifier)
            try beforeResume(process.processIdentifier)
            kill(process.processIdentifier, SIGCONT)
        }
        process.waitUntilExit()
        return Result(reason: process.terminationReason, status: process.terminationStatus,
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    struct NeverStopped: Error {}

    /// Polls /proc until the process has stopped itself (state T); 20 s at most.
    static func waitUntilStopped(_ pid: pid_t) throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            if status.split(separator: "\n").contains(where: { $0.hasPrefix("State:") && $0.contains("T") }) { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw NeverStopped()
    }

    static func scratchDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A copy of the sample of its own, to be cut or rewritten.
    static func sampleCopy(in dir: URL, name: String = "dump.txt") throws -> URL {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: Binary.samplePath, toPath: url.path)
        return url
    }
}
