/// Where each pane goes for a terminal size and focus. Pure: the same inputs give the same rectangles.
///
/// Wide (≥ 110 columns): list | reader | notes. Medium (70–109), or wide with the list hidden:
/// reader | notes, the list taking the notes' place (on the left) only while it has focus. Narrow (< 70): one column; the notes sit under the text when
/// there are rows enough (≥ 16), otherwise they replace it while focused. Tiny (< 20 × 5): a message.
public struct Layout: Equatable, Sendable {
    public var list: Rect?
    public var reader: Rect?
    public var notes: Rect?
    public var status: Rect
    /// Columns drawn as separators between panes.
    public var separators: [Rect]
    public var tooSmall: Bool

    public static let minCols = 20
    public static let minRows = 5

    /// Columns from which the list can stay beside the text.
    public static let wideCols = 110

    /// The panes for a size and focus. The reader's width depends on the size (and whether the list
    /// is hidden) but never on the focus: focusing the list takes the notes' place at their width,
    /// so moving focus never re-wraps, and so never moves, the text.
    public static func compute(cols: Int, rows: Int, focus: Pane, listHidden: Bool = false) -> Layout {
        let status = Rect(x: 0, y: max(0, rows - 1), width: cols, height: rows > 0 ? 1 : 0)
        guard cols >= minCols, rows >= minRows else {
            return Layout(list: nil, reader: nil, notes: nil, status: status, separators: [], tooSmall: true)
        }
        let h = rows - 1
        if cols >= wideCols && !listHidden {
            let listW = min(34, max(26, cols / 5))
            let notesW = min(56, max(32, cols * 3 / 10))
            let readerW = cols - listW - notesW - 2
            return Layout(list: Rect(x: 0, y: 0, width: listW, height: h),
                          reader: Rect(x: listW + 1, y: 0, width: readerW, height: h),
                          notes: Rect(x: listW + 1 + readerW + 1, y: 0, width: notesW, height: h),
                          status: status,
                          separators: [Rect(x: listW, y: 0, width: 1, height: h), Rect(x: listW + 1 + readerW, y: 0, width: 1, height: h)],
                          tooSmall: false)
        }
        if cols >= 70 {
            let notesW = cols >= wideCols ? min(56, max(32, cols * 3 / 10)) : max(26, cols * 3 / 10)
            let readerW = cols - notesW - 1
            if focus == .list {
                return Layout(list: Rect(x: 0, y: 0, width: notesW, height: h),
                              reader: Rect(x: notesW + 1, y: 0, width: readerW, height: h), notes: nil, status: status,
                              separators: [Rect(x: notesW, y: 0, width: 1, height: h)], tooSmall: false)
            }
            return Layout(list: nil, reader: Rect(x: 0, y: 0, width: readerW, height: h),
                          notes: Rect(x: readerW + 1, y: 0, width: notesW, height: h), status: status,
                          separators: [Rect(x: readerW, y: 0, width: 1, height: h)], tooSmall: false)
        }
        if focus == .list {
            return Layout(list: Rect(x: 0, y: 0, width: cols, height: h), reader: nil, notes: nil, status: status, separators: [], tooSmall: false)
        }
        if h >= 15 {
            let notesH = max(5, h / 3)
            let readerH = h - notesH - 1
            return Layout(list: nil, reader: Rect(x: 0, y: 0, width: cols, height: readerH),
                          notes: Rect(x: 0, y: readerH + 1, width: cols, height: notesH), status: status,
                          separators: [Rect(x: 0, y: readerH, width: cols, height: 1)], tooSmall: false)
        }
        if focus == .notes {
            return Layout(list: nil, reader: nil, notes: Rect(x: 0, y: 0, width: cols, height: h), status: status, separators: [], tooSmall: false)
        }
        return Layout(list: nil, reader: Rect(x: 0, y: 0, width: cols, height: h), notes: nil, status: status, separators: [], tooSmall: false)
    }

    /// The reader's text column inside its pane: at most `ChapterLines.measure` wide, centred.
    public static func textColumn(of pane: Rect) -> (x: Int, width: Int) {
        let width = max(1, min(ChapterLines.measure, pane.width - 2))
        return (pane.x + (pane.width - width) / 2, width)
    }
}
