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
    public static func run(library: Library, open chapter: Int?, mouse: Bool = true,
                           abandon: () -> Bool = { false }) throws(TerminalSession.Failure) -> Int32 {
        let terminal = try TerminalSession(mouse: mouse)
        defer { terminal.end() }
        let size = terminal.size
        var state = ReaderState(library: library, cols: size.cols, rows: size.rows, open: chapter)
        let first = Renderer.render(state)
        if abandon() { return 74 }
        terminal.draw(first)
        // After the first paint, recover the other chapters in the background for the list's note counts.
        let warmed = Atomic<Bool>(false)
        BackgroundThread.detach { library.warmUp(); warmed.store(true, ordering: .releasing) }
        var toldWarm = false
        while true {
            if abandon() { return 74 }
            // The warm-up's end is an event like a key: the state learns it, and the view draws the
            // state, never the cache.
            if !toldWarm, warmed.load(ordering: .acquiring) {
                toldWarm = true
                state.handle(.warmedUp)
                terminal.draw(Renderer.render(state))
            }
            guard let input = terminal.next() else { continue }
            switch input {
            case .signal(let sig):
                terminal.end()
                return 128 + sig
            case .redraw:
                terminal.draw(Renderer.render(state))
            case .event(let event):
                let effect = state.handle(event)
                if effect == .quit { return 0 }
                // Ctrl-L: forget what ncurses thinks is on the terminal, so every cell is sent again.
                if effect == .redraw { clearok(ibid_stdscr(), true) }
                if case .copy(let text, _) = effect { Clipboard.send(text) }
                let frame = Renderer.render(state)
                if abandon() { return 74 }
                terminal.draw(frame)
            }
        }
    }
}

/// A detached POSIX thread (no Foundation here).
enum BackgroundThread {
    final class Box: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    static func detach(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        if started == 0 { pthread_detach(thread) } else { Unmanaged<Box>.fromOpaque(box).release(); body() }
    }
}
