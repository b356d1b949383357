import IbidDocument
import IbidReader
#if canImport(Glibc)
import Glibc
#endif

/// The reader in a real terminal: render, draw, wait for an event, handle it; until `q` or a signal.
public enum ReaderLoop {
    /// Runs the reader; returns the exit status (0, or 128 + the signal that ended it).
    public static func run(library: Library, open chapter: Int?) throws(TerminalSession.Failure) -> Int32 {
        let terminal = try TerminalSession()
        defer { terminal.end() }
        let size = terminal.size
        var state = ReaderState(library: library, cols: size.cols, rows: size.rows, open: chapter)
        terminal.draw(Renderer.render(state))
        while true {
            guard let input = terminal.next() else { continue }
            switch input {
            case .signal(let sig):
                terminal.end()
                return 128 + sig
            case .event(let event):
                if state.handle(event) == .quit { return 0 }
                terminal.draw(Renderer.render(state))
            }
        }
    }
}
