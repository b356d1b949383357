import IbidDocument

/// The whole reader as a value: what is open, where, what is selected, and the jump history.
/// `handle(_:)` is the only way it changes; `Renderer.render(_:)` draws it.
public struct ReaderState: Sendable {
    public let library: Library
    public let rows: [ListRow]
    let wraps: WrapCache

    public internal(set) var cols: Int
    public internal(set) var height: Int
    public internal(set) var focus: Pane = .list
    public internal(set) var listCursor = 0
    public internal(set) var chapterID: Int?
    /// First reader line shown.
    public internal(set) var top = 0
    /// Index into the open chapter's markers.
    public internal(set) var selectedMarker: Int?
    /// Index into the open chapter's notes, for the notes pane.
    public internal(set) var noteCursor = 0
    public internal(set) var overlay: Overlay?
    public internal(set) var search: SearchState?
    /// A one-line message for the status line; the next key clears it.
    public internal(set) var message: String?
    /// Where the last jump came from and went to (`Independent Kazakhstan › [17] → note 17`).
    public internal(set) var breadcrumb: String?
    /// Digits typed before Enter: go to note N.
    public internal(set) var pendingDigits = ""
    var back: [View] = []
    var forward: [View] = []

    public init(library: Library, cols: Int, rows: Int, open chapter: Int? = nil, wraps: WrapCache = WrapCache()) {
        self.library = library
        self.rows = ListRow.rows(for: library)
        self.wraps = wraps
        self.cols = max(0, cols)
        height = max(0, rows)
        let first = chapter ?? library.chapters.first?.id
        if let first { openChapter(first) }
        if let i = self.rows.firstIndex(where: { $0.chapterID == first }) { listCursor = i }
        focus = chapter == nil ? .list : .reader
    }

    // MARK: Derived

    public var layout: Layout { Layout.compute(cols: cols, rows: height, focus: focus) }

    public var chapter: Chapter? { chapterID.flatMap(library.chapter(id:)) }

    public var content: ChapterContent? { chapter.map(library.content(of:)) }

    /// The open chapter laid out for the reader pane's current width.
    public var lines: ChapterLines? {
        guard let chapter else { return nil }
        let width = textWidth
        return wraps.lines(chapter: chapter.id, width: width) { library.content(of: chapter) }
    }

    /// The reader's text width: from the reader pane when shown, else as wide as it would be.
    var textWidth: Int {
        if let pane = layout.reader { return Layout.textColumn(of: pane).width }
        let wide = Layout.compute(cols: cols, rows: height, focus: .reader)
        return wide.reader.map { Layout.textColumn(of: $0).width } ?? max(1, cols - 2)
    }

    /// Reader rows available for text (the pane minus its title row).
    var viewportHeight: Int {
        let pane = layout.reader ?? Layout.compute(cols: cols, rows: height, focus: .reader).reader
        return max(1, (pane?.height ?? height) - 1)
    }

    var maxTop: Int { max(0, (lines?.lines.count ?? 0) - viewportHeight) }

    /// Markers drawn in the current viewport, in reading order.
    public var visibleMarkers: [Int] {
        guard let lines else { return [] }
        return Array(lines.markers(onLines: top..<(top + viewportHeight)))
    }

    /// The note a marker points at, as an index into the chapter's notes.
    func noteIndex(for marker: Int) -> Int? {
        guard let lines, lines.markers.indices.contains(marker) else { return nil }
        return lines.markers[marker].note
    }

    /// The notes the sidebar follows: those whose markers are on screen, each once, in reading order.
    public var notesOnScreen: [Int] {
        var seen = Set<Int>()
        var out: [Int] = []
        for m in visibleMarkers {
            if let n = noteIndex(for: m), seen.insert(n).inserted { out.append(n) }
        }
        return out
    }

    /// The section the top of the viewport is in.
    public var currentSection: Int? {
        guard let lines, !lines.lines.isEmpty else { return nil }
        return lines.lines[min(top, lines.lines.count - 1)].section
    }

    var view: View { View(chapter: chapterID, top: top, marker: selectedMarker, focus: focus, noteCursor: noteCursor) }

    // MARK: Changing views

    mutating func openChapter(_ id: Int) {
        chapterID = id
        top = 0
        selectedMarker = nil
        noteCursor = 0
        search = nil
    }

    mutating func restore(_ v: View) {
        if v.chapter != chapterID, let id = v.chapter { openChapter(id) }
        top = v.top
        selectedMarker = v.marker
        focus = v.focus
        noteCursor = v.noteCursor
        clampTop()
    }

    /// Records the view before a jump, so Ctrl-O comes back to it; a new jump forgets the forward path.
    mutating func pushHistory() {
        if back.last != view { back.append(view) }
        if back.count > 200 { back.removeFirst() }
        forward.removeAll()
    }

    mutating func clampTop() {
        top = min(max(0, top), maxTop)
    }

    /// Scrolls so `line` is visible, a third of the way down when it has to move.
    mutating func reveal(line: Int) {
        let h = viewportHeight
        if line < top || line >= top + h { top = line - h / 3 }
        clampTop()
    }
}
