#if canImport(Glibc)
import Glibc
#endif
import IbidDocument
import IbidDump
import IbidTestSupport
import IbidReader

func executableDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let path = String(decoding: buffer[0..<max(0, n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
}

func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
func fixed(_ x: Double, _ digits: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let v = (x * scale).rounded() / scale
    return String(v)
}

/// The throughput, reader and first-paint figures: N-MB dumps generated from the sample in both
/// layouts, the real `ibid` binary timed against `grep -c` and `less` on the same files.
enum Throughput {
    /// The generated dump of `options.mb` MB in `layout`, written unless already there.
    static func generated(_ options: Bench, layout: PrintRWriter.Layout) throws -> String {
        let name = layout == .raw ? "raw" : "collapsed"
        let path = "\(options.dir)/dump-\(options.mb)mb-\(name).txt"
        var info = stat()
        if stat(path, &info) != 0 || Int(info.st_size) < options.mb * 1_000_000 {
            _ = try DumpGenerator(samplePath: options.sample).write(megabytes: options.mb, layout: layout, to: path)
        }
        return path
    }

    static func run(_ options: Bench, ibid: String) throws {
        let generator = try DumpGenerator(samplePath: options.sample)

        print("ibid-bench: \(options.mb) MB dumps, best of \(options.runs) runs, binary \(ibid)")
        print(pad("layout", 10) + pad("command", 34) + pad("seconds", 10) + pad("MB/s", 10) + pad("peak RSS MB", 13) + "vs grep")
        for layout in [PrintRWriter.Layout.collapsed, .raw] {
            let name = layout == .raw ? "raw" : "collapsed"
            let path = "\(options.dir)/dump-\(options.mb)mb-\(name).txt"
            var info = stat()
            if stat(path, &info) != 0 || Int(info.st_size) < options.mb * 1_000_000 {
                _ = try generator.write(megabytes: options.mb, layout: layout, to: path)
                stat(path, &info)
            }
            let megabytes = Double(info.st_size) / 1_000_000
            let grep = ProcessTimer.best(of: options.runs, ["grep", "-c", "WP_Post Object", path])
            func report(_ label: String, _ m: ProcessTimer.Measurement, ratio: Bool = true) {
                let mbps = m.seconds > 0 ? megabytes / m.seconds : 0
                let rss = Double(m.maxRSSBytes) / 1_000_000
                let versus = ratio ? fixed(m.seconds / grep.seconds, 2) + "×" : ""
                print(pad(name, 10) + pad(label, 34) + pad(fixed(m.seconds, 3), 10) + pad(fixed(mbps, 0), 10) + pad(fixed(rss, 1), 13) + versus
                      + (m.status == 0 ? "" : "  (exit \(m.status))"))
            }
            report("grep -c 'WP_Post Object'", grep, ratio: false)
            report("ibid list", ProcessTimer.best(of: options.runs, [ibid, "list", path, "--quiet-warnings"]))
            report("ibid check", ProcessTimer.best(of: options.runs, [ibid, "check", path, "--quiet-warnings"]))
            report("ibid export --format json", ProcessTimer.best(of: options.runs, [ibid, "export", path, "--format", "json", "--quiet-warnings"]))
            report("ibid export --format markdown", ProcessTimer.best(of: options.runs, [ibid, "export", path, "--format", "markdown", "--quiet-warnings"]))
            report("ibid sources", ProcessTimer.best(of: options.runs, [ibid, "sources", path, "--quiet-warnings"]))
            report("ibid sources --json", ProcessTimer.best(of: options.runs, [ibid, "sources", path, "--json", "--quiet-warnings"]))
            // Issue 13: every note parsed into works, merged into one bibliography; beside `export`,
            // which recovers the same chapters without parsing the notes.
            report("ibid cite (CSL-JSON)", ProcessTimer.best(of: options.runs, [ibid, "cite", path, "--quiet-warnings"]))
            report("ibid cite --format bibtex", ProcessTimer.best(of: options.runs, [ibid, "cite", path, "--format", "bibtex", "--quiet-warnings"]))
            print(pad("", 10) + "file \(fixed(megabytes, 1)) MB; memory target ≤ 1.5 × file + 64 MB = \(fixed(1.5 * megabytes + 64, 1)) MB")
        }

        // The reader core: frame time while scrolling the longest chapter, and re-wrapping after a resize.
        do {
            let library = try Library.load(path: options.sample)
            let longest = library.chapters.max { ($0.post.content?.byteCount ?? 0) < ($1.post.content?.byteCount ?? 0) }!
            var state = ReaderState(library: library, cols: 120, rows: 40, open: longest.id)
            _ = Renderer.render(state)
            let frames = 2000
            var worst = 0.0
            let start = ProcessTimer.now()
            for i in 0..<frames {
                let t0 = ProcessTimer.now()
                state.handle(.key(i % 400 < 200 ? .char("j") : .char("k")))
                _ = Renderer.render(state)
                worst = max(worst, ProcessTimer.now() - t0)
            }
            let perFrame = (ProcessTimer.now() - start) / Double(frames)
            print("reader: scrolling chapter \(longest.id) (\(state.lines!.lines.count) lines) at 120x40: \(fixed(perFrame * 1000, 3)) ms a frame on average, \(fixed(worst * 1000, 3)) ms worst, over \(frames) frames (target ≤ 0.5 ms)")
            let content = library.content(of: longest)
            var best = Double.infinity
            for width in [57, 58, 59, 60, 61] {
                let t0 = ProcessTimer.now()
                _ = ChapterLines(content: content, width: width)
                best = min(best, ProcessTimer.now() - t0)
            }
            let t0 = ProcessTimer.now()
            state.handle(.resize(cols: 97, rows: 31))
            _ = Renderer.render(state)
            let resize = ProcessTimer.now() - t0
            print("reader: re-wrapping it for a new width: \(fixed(best * 1000, 2)) ms (best of 5); resize event to first frame \(fixed(resize * 1000, 2)) ms (target ≤ 20 ms)")
        }

        // First paint in a real terminal, against less on the same file.
        do {
            let scratch = options.dir + "/capture.txt"
            var ibidTimes: [Double] = [], lessTimes: [Double] = []
            for _ in 0..<7 {
                if let t = FirstPaint.measure(command: "\(ibid) \(options.sample)", marker: "Reports", scratch: scratch) { ibidTimes.append(t) }
                if let t = FirstPaint.measure(command: "less \(options.sample)", marker: "Skip to content", scratch: scratch) { lessTimes.append(t) }
            }
            let i = FirstPaint.median(ibidTimes), l = FirstPaint.median(lessTimes)
            print("first paint in tmux 120x40 (median of 7, from starting the session): ibid \(fixed(i * 1000, 1)) ms, less \(fixed(l * 1000, 1)) ms, ratio \(fixed(i / l, 2))× (target ≤ 2×)")
        }
    }
}
