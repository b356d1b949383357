import CNcursesw
import IbidDocument
import IbidReader
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The reader in a real terminal: render, draw, wait for an event, handle it; until `q` or a signal.
public enum ReaderLoop {
    /// Runs the reader; returns the exit status (0, 128 + the signal that ended it, or 74 once
    /// `abandon` says the library's bytes went bad). `abandon` is polled at the top of every
    /// iteration (at most 100 ms apart) and between rendering and drawing the first frame and each
    /// frame a key produces, so no text decoded from a file cut under the reader is shown.
    /// `mouse: false` (`--no-mouse`) leaves the mouse to the terminal.
    ///
    /// `index` answers the library search (`s`) when there is one; `startIndex`, when given, runs on
    /// a background thread once the library is whole (it opens or builds the index for it) and
    /// reports its progress (0–100, 100 when the index answers, below 0 when it failed), which the
    /// status line shows.
    ///
    /// `review` keeps marks and places (issue 10): loaded before the first frame, each event's
    /// writes committed before its frame is drawn, every place saved however the loop ends.
    public static func run(library: Library, open chapter: Int?, mouse: Bool = true,
                           index: (any SearchIndexing)? = nil, startIndex: IndexStart? = nil,
                           review: ReviewSession = ReviewSession(store: nil), stateProblem: String? = nil,
                           abandon: () -> Bool = { false }) throws(TerminalSession.Failure) -> Int32 {
        try run(library: library, scan: nil, open: chapter, mouse: mouse, index: index, startIndex: startIndex,
                review: review, stateProblem: stateProblem, abandon: abandon)
    }

    /// Opens or builds the search index for the whole library, reporting progress (see `run`).
    public typealias IndexStart = @Sendable (_ library: Library, _ progress: @escaping @Sendable (Int) -> Void) -> Void

    /// The reader over a progressive load that has published a library (`LibraryScan.wait`): it paints
    /// that at once and takes keys while the scan goes on, each new library or step of progress fed in
    /// as a `.scanned` event; the warm-up starts on the final library.
    public static func run(scan: LibraryScan, open chapter: Int?, mouse: Bool = true,
                           index: (any SearchIndexing)? = nil, startIndex: IndexStart? = nil,
                           review: ReviewSession = ReviewSession(store: nil), stateProblem: String? = nil,
                           abandon: () -> Bool = { false }) throws(TerminalSession.Failure) -> Int32 {
        guard let library = scan.snapshot.library else { return 74 }
        return try run(library: library, scan: scan, open: chapter, mouse: mouse, index: index, startIndex: startIndex,
                       review: review, stateProblem: stateProblem, abandon: abandon)
    }

    private static func run(library: Library, scan: LibraryScan?, open chapter: Int?, mouse: Bool,
                            index: (any SearchIndexing)?, startIndex: IndexStart?,
                            review: ReviewSession, stateProblem: String?,
                            abandon: () -> Bool) throws(TerminalSession.Failure) -> Int32 {
        let terminal = try TerminalSession(mouse: mouse)
        defer { terminal.end() }
        let size = terminal.size
        var state = ReaderState(library: library, cols: size.cols, rows: size.rows, open: chapter, index: index)
        var told: (generation: Int, percent: Int, done: Bool)?
        /// The scan's news since last told, as an event (progress in whole percents, so a frame is drawn
        /// at most a hundred times over a whole scan).
        func scanEvent() -> Event? {
            guard let scan else { return nil }
            let s = scan.snapshot
            guard let library = s.library else { return nil }
            let now = (s.generation, Int(s.fraction * 100), s.done)
            if let told, told == now { return nil }
            told = now
            return .scanned(ScanUpdate(library: library, generation: s.generation, fraction: Double(now.1) / 100, done: s.done))
        }
        if let event = scanEvent() { state.handle(event) }
        review.begin(&state, resume: chapter == nil, problem: stateProblem, deferRest: true)
        defer { review.finish(&state) }
        let first = Renderer.render(state)
        if abandon() { return 74 }
        terminal.draw(first)
        // The other chapters' marks after the first paint (the first frame shows only the open one's).
        review.loadRest(&state)
        // After the first paint (and, for a progressive load, once the library is whole), recover the
        // other chapters in the background for the list's note counts.
        let warmed = Atomic<Bool>(false)
        var warming = false
        func warmUp(_ library: Library) {
            warming = true
            BackgroundThread.detach { library.warmUp(); warmed.store(true, ordering: .releasing) }
        }
        var toldWarm = false
        // The index build's progress, as the build last reported it (Int.min: nothing reported).
        let progress = Atomic<Int>(Int.min)
        var toldProgress = Int.min
        var indexing = false
        var waiting: Int32 = 100
        while true {
            if abandon() { return 74 }
            let reported = progress.load(ordering: .acquiring)
            if reported != toldProgress {
                toldProgress = reported
                state.handle(.indexProgress(percent: reported))
                terminal.draw(Renderer.render(state))
            }
            // While the library search runs, input is polled rather than waited for, and the turns
            // with no key go to the search (`.idle`), a slice each, drawing as it goes.
            let wait: Int32 = state.hasBackgroundWork ? 0 : 100
            if wait != waiting { wtimeout(ibid_stdscr(), wait); waiting = wait }
            // The warm-up and the index both want the whole library: a progressive load's last one.
            if scan == nil || told?.done == true {
                if !warming { warmUp(state.library) }
                if !indexing, let startIndex {
                    indexing = true
                    let whole = state.library
                    BackgroundThread.detach { startIndex(whole) { progress.store($0, ordering: .releasing) } }
                }
            }
            if let event = scanEvent() {
                state.handle(event)
                // The whole library at last: the marks of the chapters that came after the first paint.
                if told?.done == true { review.libraryGrew(&state) }
                let frame = Renderer.render(state)
                if abandon() { return 74 }
                terminal.draw(frame)
            }
            // The warm-up's end is an event like a key: the state learns it, and the view draws the
            // state, never the cache.
            if !toldWarm, warmed.load(ordering: .acquiring) {
                toldWarm = true
                state.handle(.warmedUp)
                terminal.draw(Renderer.render(state))
            }
            guard let input = terminal.next() else {
                if state.hasBackgroundWork {
                    state.handle(.idle)
                    let frame = Renderer.render(state)
                    if abandon() { return 74 }
                    terminal.draw(frame)
                }
                continue
            }
            switch input {
            case .signal(let sig):
                terminal.end()
                return 128 + sig
            case .redraw:
                terminal.draw(Renderer.render(state))
            case .event(let event):
                let effect = state.handle(event)
                review.commit(&state)
                if effect == .quit { return 0 }
                // Ctrl-L: forget what ncurses thinks is on the terminal, so every cell is sent again.
                if effect == .redraw { clearok(ibid_stdscr(), true) }
                let frame = Renderer.render(state)
                if abandon() { return 74 }
                terminal.draw(frame)
                // Copy and open run after the frame that says so is drawn (ncurses has flushed, so
                // OSC 52 goes out between frames); what went wrong comes back as a notice.
                if let effect, let notice = EffectRunner.run(effect) {
                    state.handle(.notice(notice))
                    terminal.draw(Renderer.render(state))
                }
            }
        }
    }
}
