#if canImport(Glibc)
import Glibc
#endif

/// `ibid-bench --scale`: the issue-11 targets on one large dump (1 GB with `--mb 1000`).
///
/// - Peak resident memory of every command against the budget 1.5 × the file + 64 MB. Batch
///   commands are measured by `wait4`'s `ru_maxrss`; the reader runs in tmux, so its high-water mark
///   is read from `/proc/PID/status` (VmHWM) once its scan and warm-up have settled.
/// - First paint of the reader against `less` on the same file, in tmux (target ≤ 2×).
///
/// Each figure is measured once (these runs take seconds each on a 1 GB file and the machine is shared).
struct Scale {
    let ibid: String
    let path: String
    let directory: String
    let runs: Int

    /// The budget for a file of `bytes` bytes, in bytes.
    static func budget(fileBytes: Int) -> Int { fileBytes + fileBytes / 2 + 64_000_000 }

    func run() throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw OutputFile.Failure(description: "\(path): cannot stat") }
        let size = Int(info.st_size)
        let budget = Self.budget(fileBytes: size)
        print("scale: \(path), \(fixed(Double(size) / 1e6, 1)) MB; memory budget 1.5 × file + 64 MB = \(fixed(Double(budget) / 1e6, 1)) MB")
        print(pad("command", 40) + pad("seconds", 10) + pad("peak RSS MB", 13) + pad("× file", 8) + pad("budget MB", 11) + "verdict")
        var over = 0
        func report(_ label: String, seconds: Double?, rss: Int, status: Int32) {
            let ok = rss > 0 && rss <= budget && (status == 0 || status == 1)
            if !ok { over += 1 }
            print(pad(label, 40) + pad(seconds.map { fixed($0, 2) } ?? "-", 10) + pad(fixed(Double(rss) / 1e6, 1), 13)
                  + pad(fixed(Double(rss) / Double(max(size, 1)), 2), 8) + pad(fixed(Double(budget) / 1e6, 1), 11)
                  + (ok ? "ok" : "OVER") + (status == 0 || status == 1 ? "" : " (exit \(status))"))
        }
        // The first generated record is ID 100000 (DumpGenerator.renumber).
        let commands: [(String, [String])] = [
            ("list", ["list"]),
            ("check", ["check"]),
            ("export --format json", ["export", "--format", "json"]),
            ("export --format markdown", ["export", "--format", "markdown"]),
            ("search Kyrgyzstan --count", ["search", "Kyrgyzstan", "--count"]),
            ("notes 100000", ["notes", "100000"]),
            ("screen --size 120x40", ["screen", "--size", "120x40"]),
            ("screen --keys G (last row of the list)", ["screen", "--size", "120x40", "--keys", "G"]),
        ]
        for (label, arguments) in commands {
            let argv = [ibid] + arguments + [path, "--quiet-warnings"]
            let m = ProcessTimer.run(argv)
            report(label, seconds: m.seconds, rss: m.maxRSSBytes, status: m.status)
        }
        let reader = readerPeak()
        report("read (tmux, scan and warm-up settled)", seconds: reader.seconds, rss: reader.rss, status: reader.rss > 0 ? 0 : -1)
        print(over == 0 ? "scale: every command within the memory budget" : "scale: \(over) command(s) over the memory budget")

        let scratch = directory + "/capture.txt"
        var ibidTimes: [Double] = [], lessTimes: [Double] = []
        for _ in 0..<runs {
            if let t = FirstPaint.measure(command: "\(ibid) \(path)", marker: "Reports", scratch: scratch) { ibidTimes.append(t) }
            if let t = FirstPaint.measure(command: "less \(path)", marker: "Skip to content", scratch: scratch) { lessTimes.append(t) }
        }
        let i = FirstPaint.median(ibidTimes), l = FirstPaint.median(lessTimes)
        print("first paint in tmux 120x40 on this file (median of \(runs)): ibid \(fixed(i * 1000, 1)) ms, less \(fixed(l * 1000, 1)) ms, ratio \(fixed(i / l, 2))× (target ≤ 2×)")
    }

    /// Starts the reader in tmux, waits until its list says the scan is complete and its memory has
    /// stopped growing for three seconds (the warm-up), and returns the high-water mark and the time taken.
    func readerPeak() -> (rss: Int, seconds: Double) {
        let socket = "ibid-bench-rss-\(getpid())"
        let tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
        let scratch = directory + "/capture.txt"
        let pidFile = directory + "/reader.pid"
        unlink(pidFile)
        let start = ProcessTimer.now()
        let command = "sh -c 'echo $$ > \(pidFile); exec env TERM=tmux-256color \(ibid) \(path)'"
        _ = FirstPaint.run(tmux + ["new-session", "-d", "-s", "r", "-x", "120", "-y", "40", command], capture: scratch)
        defer { _ = FirstPaint.run(tmux + ["kill-server"], capture: scratch) }
        var pid: Int?
        var peak = 0
        var stableSince = ProcessTimer.now()
        var scanned = false
        while ProcessTimer.now() - start < 300 {
            usleep(200_000)
            if pid == nil { pid = Int(FirstPaint.run(["cat", pidFile], capture: scratch).trimmingCharacters()) }
            guard let pid else { continue }
            if !scanned {
                let screen = FirstPaint.run(tmux + ["capture-pane", "-p", "-t", "r"], capture: scratch)
                // The list's title reads `Reports  1200… 37%` until the scan is done.
                let title = screen.split(separator: "\n").first.map { $0.prefix { $0 != "│" } } ?? ""
                scanned = title.contains("Reports") && !title.contains("…")
            }
            let hwm = Self.highWaterMark(pid: pid)
            if hwm == 0 { break }  // the reader is gone
            if hwm > peak { peak = hwm; stableSince = ProcessTimer.now() }
            if scanned && ProcessTimer.now() - stableSince > 3 { break }
        }
        _ = FirstPaint.run(tmux + ["send-keys", "-t", "r", "q"], capture: scratch)
        return (peak, ProcessTimer.now() - start)
    }

    /// VmHWM of a live process, in bytes (0 when it is gone).
    static func highWaterMark(pid: Int) -> Int {
        guard let f = fopen("/proc/\(pid)/status", "r") else { return 0 }
        defer { fclose(f) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), f) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("VmHWM:") {
                let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }
                return (Int(String(String.UnicodeScalarView(digits))) ?? 0) * 1024
            }
        }
        return 0
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\n" && $0 != " " && $0 != "\r" }))
    }
}
