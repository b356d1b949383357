/// The notes pane's own state: the note under the cursor (while it has focus) and how far a note
/// taller than the pane is scrolled.
public struct NotesPaneState: Equatable, Sendable {
    /// Index into the open chapter's notes.
    public var cursor = 0
    /// Rows of the highlighted note scrolled past its top (only a note taller than the pane scrolls).
    public var scroll = 0

    /// Moves for `action` over `count` notes. `noteRows` is the highlighted note's height laid out
    /// and `height` the rows the pane shows: a page key scrolls a note taller than the pane before
    /// it moves on to other notes.
    mutating func handle(_ action: Action, count: Int, noteRows: Int, height: Int) -> Bool {
        let overflow = max(0, noteRows - height)
        let page = max(1, height - 1)
        switch action {
        case .nextNote: cursor += 1; scroll = 0
        case .previousNote: cursor -= 1; scroll = 0
        case .first: cursor = 0; scroll = 0
        case .last: cursor = count - 1; scroll = 0
        case .pageDown:
            if scroll < overflow { scroll = min(overflow, scroll + page) } else { cursor += 5; scroll = 0 }
        case .pageUp:
            if scroll > 0 { scroll = max(0, scroll - page) } else { cursor -= 5; scroll = 0 }
        case .halfDown: scroll = min(overflow, scroll + max(1, height / 2))
        case .halfUp: scroll = max(0, scroll - max(1, height / 2))
        default: return false
        }
        cursor = min(max(0, cursor), max(0, count - 1))
        return true
    }

    mutating func select(_ note: Int) {
        cursor = note
        scroll = 0
    }
}
