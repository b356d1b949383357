#if canImport(Glibc)
import Glibc
#endif

/// Time from starting a program in a fresh tmux session to a given text on its screen, polled every
/// 2 ms: the same measure for `ibid` (the report list) and for `less` on the same file.
enum FirstPaint {
    static func run(_ argv: [String], capture path: String) -> String {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, nil, &cArgs, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard let f = fopen(path, "r") else { return "" }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Seconds until `marker` appears, or nil after 10 s.
    static func measure(command: String, marker: String, scratch: String) -> Double? {
        let socket = "ibid-bench-\(getpid())"
        let tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
        let start = ProcessTimer.now()
        _ = run(tmux + ["new-session", "-d", "-s", "p", "-x", "120", "-y", "40", "env TERM=tmux-256color \(command)"], capture: scratch)
        defer { _ = run(tmux + ["kill-server"], capture: scratch) }
        while ProcessTimer.now() - start < 10 {
            if run(tmux + ["capture-pane", "-p", "-t", "p"], capture: scratch).contains(marker) { return ProcessTimer.now() - start }
            usleep(2000)
        }
        return nil
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }
}
