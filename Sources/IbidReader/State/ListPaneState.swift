/// The report list's own state: its cursor, and whether it is hidden to give the text more room.
public struct ListPaneState: Equatable, Sendable {
    public var cursor = 0
    /// Hidden by `w`: on a wide terminal the list then shows only while it has focus, in the
    /// notes' place, so the text keeps its width whichever pane has focus.
    public var hidden = false

    /// Moves the cursor for `action` over `count` rows with `page` rows to a page; true when the
    /// action was a movement (Enter and the like belong to the root).
    mutating func handle(_ action: Action, count: Int, page: Int) -> Bool {
        switch action {
        case .lineDown: cursor += 1
        case .lineUp: cursor -= 1
        case .pageDown: cursor += page
        case .pageUp: cursor -= page
        case .halfDown: cursor += max(1, page / 2)
        case .halfUp: cursor -= max(1, page / 2)
        case .first: cursor = 0
        case .last: cursor = count - 1
        default: return false
        }
        cursor = min(max(0, cursor), max(0, count - 1))
        return true
    }

    /// The first visible row of `height`, keeping the cursor in view.
    func scroll(height: Int) -> Int {
        guard height > 0, cursor >= height else { return 0 }
        return cursor - height + 1
    }
}
