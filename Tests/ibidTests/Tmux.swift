import Foundation
import Testing

/// Drives a real terminal: the built `ibid` in a detached tmux session, read back with capture-pane.
/// Polls with a deadline instead of sleeping, as docs/architecture.md describes.
final class Tmux {
    let name: String
    /// Each session gets a server of its own: suites run in parallel, and a shared server that exits
    /// with its last session would race the next one starting.
    let socket: String

    init(command: String, cols: Int, rows: Int, environment: [String: String] = [:]) throws {
        name = "t\(UInt32.random(in: 0...UInt32.max))"
        socket = "ibid-tests-\(getpid())-\(name)"
        // Review state in a scratch directory unless the test names one: never the user's home.
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil {
            environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-state-\(name)-\(UUID().uuidString)").path
        }
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // The server inherits the test runner's environment; NO_COLOR from there must not leak in.
        let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR" : ""
        try tmux(["new-session", "-d", "-s", name, "-x", String(cols), "-y", String(rows),
                       "env \(unset) TERM=tmux-256color \(env) sh -c \(Self.quote(command))"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs tmux with posix_spawn and waitpid, output through a file: the tmux server that
    /// `new-session` forks inherits whatever the client had, and Foundation's Process waits on it.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        try Self.spawn(["tmux", "-L", socket, "-f", "/dev/null"] + args)
    }

    static func spawn(_ argv: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Test threads (Dispatch workers) block most signals, and a spawned tmux server would inherit
        // that mask and ignore its own kill-server: start children with an empty mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, &attributes, &cArgs, environ) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }



    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }
    func sendLiteral(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    func resize(cols: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(cols), "-y", String(rows)])
    }

    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `ready`; fails the test with the last screen after `seconds`.
    @discardableResult
    func wait(_ what: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
              until ready: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var screen: [String] = []
        while Date() < deadline {
            screen = try capture()
            if ready(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return screen
    }

    /// The pid of the `ibid` the pane's shell started.
    func ibidPID() throws -> Int32? {
        let shell = try display("#{pane_pid}")
        return Int32(try Self.spawn(["pgrep", "-P", shell, "-x", "ibid"]).split(separator: "\n").first ?? "")
    }
}
