#if canImport(Glibc)
import Glibc
#endif

/// Time from starting a program in a fresh tmux session to a given text on its screen, polled every
/// 2 ms: the same measure for `ibid` (the report list) and for `less` on the same file.
enum FirstPaint {
    /// Runs `argv` and returns what it printed.
    static func run(_ argv: [String], capture path: String) -> String {
        _ = ProcessTimer.run(argv, output: path)
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
