/// The reader pane's own state: the open chapter, the first line shown, the selected marker, and
/// where each chapter visited was left, so coming back to one finds the same place.
public struct TextPaneState: Equatable, Sendable {
    public var chapterID: Int?
    /// First reader line shown.
    public var top = 0
    /// Index into the open chapter's markers.
    public var selectedMarker: Int?
    /// Where each chapter was left: the text at the top (section and block, which survive a change
    /// of width) and the line at the width it was left at.
    var positions: [Int: Place] = [:]

    struct Place: Equatable, Sendable {
        var top: Int
        var width: Int
        var anchor: LineAnchor?
    }

    /// Scrolls for `action`; true when it was a scroll.
    mutating func handle(_ action: Action, viewport: Int, maxTop: Int) -> Bool {
        switch action {
        case .lineDown: top += 1
        case .lineUp: top -= 1
        case .pageDown: top += max(1, viewport - 2)
        case .pageUp: top -= max(1, viewport - 2)
        case .halfDown: top += max(1, viewport / 2)
        case .halfUp: top -= max(1, viewport / 2)
        case .first: top = 0
        case .last: top = maxTop
        default: return false
        }
        top = min(max(0, top), maxTop)
        return true
    }
}

/// The text a line shows, independent of width: its section and block.
struct LineAnchor: Equatable, Sendable {
    var section: Int
    var block: Int?

    init?(_ lines: ChapterLines, _ top: Int) {
        guard lines.lines.indices.contains(top) else { return nil }
        section = lines.lines[top].section
        block = lines.lines[top].block
    }

    /// The first line of the same text in `lines`.
    func line(in lines: ChapterLines) -> Int? {
        lines.lines.firstIndex { $0.section == section && ($0.block == block || block == nil) && !$0.spans.isEmpty }
    }
}

/// Where the jump history goes back and forward to.
public struct History: Equatable, Sendable {
    var back: [View] = []
    var forward: [View] = []
}
