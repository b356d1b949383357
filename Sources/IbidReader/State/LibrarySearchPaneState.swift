import IbidDocument

/// The search pane's own state (`s`): what is typed, the search running over the library, the
/// hit under the cursor, and where the search began, which Esc leaves untouched and Ctrl-O comes
/// back to after a jump.
public struct LibrarySearchPaneState: Sendable {
    public internal(set) var input = ""
    public internal(set) var run: LibrarySearch
    /// Index into `run.hits`.
    public internal(set) var cursor = 0

    init() {
        run = LibrarySearch(query: "")
    }

    /// Text matched straight after a keystroke, before the frame is drawn: often enough for the first
    /// screenful on most libraries, small enough (a few milliseconds) never to hold a key up.
    static let keystrokeBudget = 64 * 1024
    /// Text matched per idle turn of the loop, between keys.
    static let idleBudget = 1 << 20

    /// Moves the cursor for a movement action over `count` hits, `page` at a time.
    mutating func move(_ action: Action, page: Int) {
        let count = run.hits.count
        guard let next = ReaderState.moved(cursor, by: action, page: page, last: count - 1) else { return }
        cursor = min(max(0, next), max(0, count - 1))
    }
}
