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
        // Review state in a scratch directory unless the test names one (see `Binary.run`).
        environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-state-\(UUID().uuidString)").path
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

    /// How a child spawned by `signalled` ended: its exit status, or the signal that killed it.
    enum Ending: Equatable {
        case exit(Int32)
        case signal(Int32)
    }

    /// Runs `ibid` stopped at `stop`, sends it `signal` and lets it go on. posix_spawn with an empty
    /// signal mask and default dispositions: the test runner's threads block most signals, and a
    /// child started by Process would inherit that and never see the one sent.
    static func signalled(_ arguments: [String], stop: String, signal: Int32,
                          whileStopped: () throws -> Void = {}) throws -> Ending {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, signal)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var environment = ProcessInfo.processInfo.environment
        environment["IBID_TEST_STOP_AT"] = stop
        environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-state-\(UUID().uuidString)").path
        var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cEnv { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, Binary.url.path, &actions, &attributes, &cArgs, &cEnv) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        defer { if status == 0 { kill(pid, SIGKILL); waitpid(pid, &status, 0) } }
        try waitUntilStopped(pid)
        try whileStopped()
        kill(pid, signal)  // pending while stopped
        kill(pid, SIGCONT)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import.
        let low = status & 0x7F
        return low == 0 ? .exit((status >> 8) & 0xFF) : .signal(low)
    }
}
