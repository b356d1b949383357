import IbidTestSupport
import Foundation

/// Runs the built `ibid` binary the way a person or a script would.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: TestPaths.packageRoot)
    static let samplePath = TestPaths.sample

    /// The `ibid` built beside this test bundle.
    static let url: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("ibid")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/ibid")
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    static func run(_ arguments: [String], stdin: Data? = nil, executable: URL = url,
                    environment: [String: String]? = nil, directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        // Output goes to files, not pipes, so a large export cannot fill a pipe and block the child.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Review state (issue 10) goes to a directory of this run's own, never the user's home,
        // unless the test names one: a run resumes only where the test means it to.
        var env = environment ?? ProcessInfo.processInfo.environment
        if environment?["XDG_STATE_HOME"] == nil { env["XDG_STATE_HOME"] = dir.appendingPathComponent("state").path }
        process.environment = env
        let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            let inURL = dir.appendingPathComponent("in")
            try stdin.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func temporaryFile(_ contents: Data, name: String = "dump.txt") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }
}
