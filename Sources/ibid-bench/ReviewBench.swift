import IbidDocument
import IbidReader
import IbidStore
#if canImport(Glibc)
import Glibc
#endif

/// `ibid-bench --review` (issue 10): a mark committed to the review database, and what a database
/// of 10,000 marks adds to opening a dump — loaded in process, and as the first paint in tmux
/// beside the same run with `--no-state`.
enum ReviewBench {
    static func run(ibid: String, directory: String, sample: String, runs: Int) throws {
        let dir = directory + "/review-state"
        _ = StoreLocation(directory: dir + "/ibid").create()
        let path = dir + "/ibid/ibid.sqlite"
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        let library = try Library.load(path: sample)
        let posts = library.chapters.map(PostKey.init)

        // 10,000 marks over the sample's posts, in batches (setting up, not measured).
        let db = try ReviewDatabase(path: path)
        var writes: [ReviewWrite] = []
        for i in 0..<10_000 {
            let key = MarkKey(post: posts[i % posts.count], citation: Citation(number: 1 + i / posts.count, scope: .chapter))
            writes.append(.mark(key, CitationMark(state: i % 7 == 0 ? .flagged : .checked, comment: i % 11 == 0 ? "see p. \(i)" : nil, fingerprint: "0123456789abcdef")))
            if writes.count == 1000 { try db.apply(writes); writes.removeAll() }
        }

        // One mark, one transaction, committed: as the reader makes them.
        var times: [Double] = []
        for i in 0..<500 {
            let key = MarkKey(post: posts[i % posts.count], citation: Citation(number: 5000 + i, scope: .box(i % 3)))
            let t0 = ProcessTimer.now()
            try db.apply([.mark(key, CitationMark(state: .checked, fingerprint: "fedcba9876543210"))])
            times.append(ProcessTimer.now() - t0)
        }
        times.sort()
        let ms = { (x: Double) in fixed(x * 1000, 3) }
        print("review: a mark committed (WAL, synchronous=NORMAL, one transaction), 500 marks over \(try db.markCount() - 500) stored: median \(ms(times[times.count / 2])) ms, p90 \(ms(times[times.count * 9 / 10])) ms, p99 \(ms(times[times.count * 99 / 100])) ms, worst \(ms(times.last!)) ms, \(times.filter { $0 > 0.002 }.count) over 2 ms (target ≤ 2 ms)")

        // Opening: what `ReviewSession.begin` costs before the first frame, with and without the marks.
        func opening(store: Bool) -> Double {
            var best = Double.infinity
            for _ in 0..<max(3, runs) {
                let t0 = ProcessTimer.now()
                var state = ReaderState(library: library, cols: 120, rows: 40, open: 6003)
                let opened = store ? ReviewStateFile.openForReader(environment: ["XDG_STATE_HOME": dir]) : ReviewStateFile.Opened(store: nil, problem: nil)
                ReviewSession(store: opened.store).begin(&state, resume: false, deferRest: true)
                _ = Renderer.render(state)
                best = min(best, ProcessTimer.now() - t0)
            }
            return best
        }
        let with = opening(store: true), without = opening(store: false)
        do {
            var state = ReaderState(library: library, cols: 120, rows: 40, open: 6003)
            _ = state.lines
            let t0 = ProcessTimer.now()
            let opened = ReviewStateFile.openForReader(environment: ["XDG_STATE_HOME": dir])
            let t1 = ProcessTimer.now()
            ReviewSession(store: opened.store).begin(&state, resume: false, deferRest: true)
            let t2 = ProcessTimer.now()
            _ = state.openCitations
            let t3 = ProcessTimer.now()
            _ = Renderer.render(state)
            let t4 = ProcessTimer.now()
            print("review: as the terminal opens it: the database \(ms(t1 - t0)) ms, the open chapter's \(state.review.marks.marks.count) marks \(ms(t2 - t1)) ms, its citations \(ms(t3 - t2)) ms, the frame \(ms(t4 - t3)) ms")
        }
        do {
            var state = ReaderState(library: library, cols: 120, rows: 40, open: 6003)
            let t0 = ProcessTimer.now()
            let opened = ReviewStateFile.openForReader(environment: ["XDG_STATE_HOME": dir])
            let t1 = ProcessTimer.now()
            let saved = try opened.store!.load(library: library.reviewKey, posts: Set(posts))
            let t2 = ProcessTimer.now()
            state.startReview(saved, libraryKey: library.reviewKey, saving: .on, resume: false)
            let t3 = ProcessTimer.now()
            _ = Renderer.render(state)
            let t4 = ProcessTimer.now()
            let content = library.content(of: library.chapter(id: 6003)!)
            var bestCitations = Double.infinity
            for _ in 0..<5 {
                let c0 = ProcessTimer.now()
                _ = ChapterCitations(content: content)
                bestCitations = min(bestCitations, ProcessTimer.now() - c0)
            }
            print("review: chapter 6003's citations, sentences and fingerprints: \(ms(bestCitations)) ms (best of 5)")
            print("review: all at once, as ibid screen and the reports do: opening the database \(ms(t1 - t0)) ms, loading \(saved.marks.marks.count) marks \(ms(t2 - t1)) ms, into the state \(ms(t3 - t2)) ms, the first frame \(ms(t4 - t3)) ms")
        }
        print("review: state and first frame in process as the terminal does it (the open chapter's marks first), chapter 6003 at 120x40 (best of \(max(3, runs))): with 10,000 marks \(ms(with)) ms, --no-state \(ms(without)) ms, added \(ms(with - without)) ms (target ≤ 10 ms)")

        // Scrolling a reviewed chapter: glyphs on the markers, counts in the list and status line.
        for store in [false, true] {
            var state = ReaderState(library: library, cols: 120, rows: 40, open: 6003)
            let opened = store ? ReviewStateFile.openForReader(environment: ["XDG_STATE_HOME": dir]) : ReviewStateFile.Opened(store: nil, problem: nil)
            ReviewSession(store: opened.store).begin(&state, resume: false)
            state.handle(.warmedUp)
            _ = Renderer.render(state)
            let frames = 2000
            let start = ProcessTimer.now()
            for i in 0..<frames {
                state.handle(.key(i % 400 < 200 ? .char("j") : .char("k")))
                _ = Renderer.render(state)
            }
            print("review: scrolling chapter 6003 at 120x40 \(store ? "with its \(state.review.marks.marks.count) marks loaded" : "with --no-state"): \(ms((ProcessTimer.now() - start) / Double(frames))) ms a frame on average over \(frames) (target ≤ 0.5 ms)")
        }

        // The same in a real terminal: the release binary's first paint, median of 9 each.
        let scratch = directory + "/capture.txt"
        var a: [Double] = [], b: [Double] = []
        for _ in 0..<9 {
            if let t = FirstPaint.measure(command: "env XDG_STATE_HOME=\(dir) \(ibid) \(sample) --open 6003", marker: "Retreating Rights", scratch: scratch) { a.append(t) }
            if let t = FirstPaint.measure(command: "\(ibid) \(sample) --open 6003 --no-state", marker: "Retreating Rights", scratch: scratch) { b.append(t) }
        }
        let ma = FirstPaint.median(a), mb = FirstPaint.median(b)
        print("review: first paint in tmux 120x40 (median of 9): with 10,000 marks \(fixed(ma * 1000, 1)) ms, --no-state \(fixed(mb * 1000, 1)) ms, added \(fixed((ma - mb) * 1000, 1)) ms (target ≤ 10 ms)")
    }
}
