#if canImport(Glibc)
import Glibc
#endif
import IbidDocument
import IbidReader
import IbidTestSupport

/// `ibid-bench --search`: `ibid search WORD FILE --count` with a search index and without, beside
/// `rg -c WORD FILE`, on an N-MB generated dump (raw layout); then the reader's search pane typing
/// the word on that library, slice by slice. The index lives in a cache directory under `--dir`
/// (XDG_CACHE_HOME is set for the runs), never in the user's.
enum SearchBench {
    static func run(_ options: Bench, ibid: String, words: [String]) throws {
        let generator = try DumpGenerator(samplePath: options.sample)
        let path = "\(options.dir)/dump-\(options.mb)mb-raw.txt"
        var info = stat()
        if stat(path, &info) != 0 || Int(info.st_size) < options.mb * 1_000_000 {
            _ = try generator.write(megabytes: options.mb, layout: .raw, to: path)
            stat(path, &info)
        }
        let megabytes = Double(info.st_size) / 1_000_000
        let cache = options.dir + "/cache"
        mkdir(cache, 0o700)
        setenv("XDG_CACHE_HOME", cache, 1)
        print("ibid-bench --search: \(fixed(megabytes, 1)) MB raw dump, best of \(options.runs) runs, binary \(ibid)")

        // The index, built once (the reader does this in the background).
        let build = ProcessTimer.run([ibid, "search", "--index", words[0], path, "--count", "--quiet-warnings"])
        print("index (ibid search --index, built unless already fresh): \(fixed(build.seconds, 2)) s [\(fixed(build.cpuSeconds, 2)) CPU], peak RSS \(fixed(Double(build.maxRSSBytes) / 1_000_000, 0)) MB"
              + (build.status > 1 ? " (exit \(build.status))" : ""))
        print("wall seconds (best run), with CPU seconds (user + system) in brackets: the machine is shared")
        print(pad("word", 12) + pad("rg -c", 16) + pad("indexed", 16) + pad("× rg", 7) + pad("scan", 18) + pad("× rg", 8)
              + pad("ibid count", 12) + "rg lines")
        func cell(_ m: ProcessTimer.Measurement) -> String { "\(fixed(m.seconds, 3)) [\(fixed(m.cpuSeconds, 3))]" }
        for word in words {
            // Each command's output is read from the scratch file its last run wrote.
            let rg = ProcessTimer.best(of: options.runs, ["rg", "-c", word, path])
            let rgLines = firstLine(of: ProcessTimer.scratch)
            let indexed = ProcessTimer.best(of: options.runs, [ibid, "search", word, path, "--count", "--quiet-warnings"])
            let count = firstLine(of: ProcessTimer.scratch)
            var scanCell = "skipped", scanRatio = "", scanCount = count
            if !options.skipScan {
                let scan = ProcessTimer.best(of: max(1, min(options.runs, 3)), [ibid, "search", word, path, "--count", "--no-index", "--quiet-warnings"])
                scanCount = firstLine(of: ProcessTimer.scratch)
                scanCell = cell(scan)
                scanRatio = fixed(scan.seconds / rg.seconds, 1)
            }
            print(pad(word, 12) + pad(cell(rg), 16) + pad(cell(indexed), 16) + pad(fixed(indexed.seconds / rg.seconds, 2), 7)
                  + pad(scanCell, 18) + pad(scanRatio, 8)
                  + pad(count + (count == scanCount ? "" : " ≠ scan \(scanCount)"), 12) + rgLines)
        }
        print("targets: indexed ≤ 0.2 × rg, scan ≤ 3 × rg")
        // The pane keeps every chapter it recovers (as the reader's warm-up does): measured up to 200 MB.
        if options.mb <= 200 { typing(path: path, word: words[0]) }
    }

    /// The reader's search pane on this library, scanning (no index): the time each keystroke
    /// takes to handle and render, and the idle slices after it.
    static func typing(path: String, word: String) {
        guard let library = try? Library.load(path: path) else { return }
        var state = ReaderState(library: library, cols: 120, rows: 40)
        let first = type(word, into: &state)
        print("search pane, typing \"\(word)\" (scanning, chapters recovered on first use): worst keystroke \(fixed(first.worstKey * 1000, 1)) ms;"
              + " then \(first.slices) idle slices, worst \(fixed(first.worstSlice * 1000, 1)) ms, \(fixed(first.idle, 2)) s to the last of \(first.hits) hits")
        // Again, now every chapter is recovered (as after the reader's warm-up).
        state.handle(.key(.escape))
        let again = type(word, into: &state)
        print("search pane, typing it again (chapters recovered): worst keystroke \(fixed(again.worstKey * 1000, 1)) ms; \(again.slices) idle slices,"
              + " worst \(fixed(again.worstSlice * 1000, 1)) ms, \(fixed(again.idle, 2)) s in all (target: a keystroke ≤ 50 ms)")
    }

    /// Opens the pane, types `word` a key at a time (each handled and rendered), then runs the idle
    /// slices to the end of the search, rendering after each, as the terminal loop does.
    static func type(_ word: String, into state: inout ReaderState)
        -> (worstKey: Double, slices: Int, worstSlice: Double, idle: Double, hits: Int) {
        state.handle(.key(.char("s")))
        var worstKey = 0.0, worstSlice = 0.0, slices = 0
        for c in word {
            let k0 = ProcessTimer.now()
            state.handle(.key(.char(c)))
            _ = Renderer.render(state)
            worstKey = max(worstKey, ProcessTimer.now() - k0)
        }
        let t0 = ProcessTimer.now()
        while state.hasBackgroundWork {
            let s0 = ProcessTimer.now()
            state.handle(.idle)
            _ = Renderer.render(state)
            worstSlice = max(worstSlice, ProcessTimer.now() - s0)
            slices += 1
        }
        return (worstKey, slices, worstSlice, ProcessTimer.now() - t0, state.librarySearch?.run.total ?? 0)
    }

    /// The first line of a file.
    static func firstLine(of out: String) -> String {
        guard let f = fopen(out, "r") else { return "?" }
        defer { fclose(f) }
        var buffer = [CChar](repeating: 0, count: 256)
        guard fgets(&buffer, 256, f) != nil else { return "" }
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return line.hasSuffix("\n") ? String(line.dropLast()) : line
    }
}
