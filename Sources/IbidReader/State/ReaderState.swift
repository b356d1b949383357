import IbidDocument

/// The whole reader as a value: a small root holding the layout size, the focus, what is shared
/// (the library and the wrap cache) and one state per pane and overlay. `handle(_:)` is the only
/// way it changes; `Renderer.render(_:)` draws it.
public struct ReaderState: Sendable {
    /// Replaced only by a progressive load's `.scanned` events (`adopt`).
    public internal(set) var library: Library
    public internal(set) var rows: [ListRow]
    let wraps: WrapCache

    public internal(set) var cols: Int
    public internal(set) var height: Int
    public internal(set) var focus: Pane = .list
    public internal(set) var list = ListPaneState()
    public internal(set) var text = TextPaneState()
    public internal(set) var notes = NotesPaneState()
    public internal(set) var overlay: Overlay?
    public internal(set) var search: SearchState?
    public internal(set) var history = History()
    /// A one-line message for the status line; the next key clears it.
    public internal(set) var message: String?
    /// Where the last jump came from and went to (`Independent Kazakhstan › [17] → note 17`); like a
    /// message, it lasts until the next key.
    public internal(set) var breadcrumb: String?
    /// Digits typed before Enter: go to note N.
    public internal(set) var pendingDigits = ""
    /// Every chapter is recovered, so the list can show note counts (the `.warmedUp` event).
    public internal(set) var countsReady = false
    /// The search of the whole library (`s`), kept while its pane is open.
    public internal(set) var librarySearch: LibrarySearchPaneState?
    /// The search index, when there is one (a protocol: the store behind it is not the core's business).
    let index: (any SearchIndexing)?
    /// How far the background index build has got (0–100), while it runs (`.indexProgress`).
    public internal(set) var indexPercent: Int?
    /// While a progressive load is still reading the dump: how far it has got (0…1), shown in the
    /// list's title; nil once the library is complete (and for a library loaded whole).
    public internal(set) var scanProgress: Double?
    /// The `ScanUpdate.generation` of the library adopted last.
    var scanGeneration = 0
    /// Marks on citations and marks of place (issue 10, `ReaderState+Review`).
    public internal(set) var review = ReviewState()
    let citationsCache = CitationsCache()

    public init(library: Library, cols: Int, rows: Int, open chapter: Int? = nil, wraps: WrapCache = WrapCache(),
                index: (any SearchIndexing)? = nil) {
        self.library = library
        self.index = index
        self.rows = ListRow.rows(for: library)
        self.wraps = wraps
        self.cols = max(0, cols)
        height = max(0, rows)
        let first = chapter ?? library.chapters.first?.id
        if let first { openChapter(first) }
        if let i = self.rows.firstIndex(where: { $0.chapterID == first }) { list.cursor = i }
        focus = chapter == nil ? .list : .reader
    }

    // MARK: The panes' state, by the names the rest of the reader uses

    public internal(set) var chapterID: Int? {
        get { text.chapterID }
        set { text.chapterID = newValue }
    }
    public internal(set) var top: Int {
        get { text.top }
        set { text.top = newValue }
    }
    public internal(set) var selectedMarker: Int? {
        get { text.selectedMarker }
        set { text.selectedMarker = newValue }
    }
    public internal(set) var noteCursor: Int {
        get { notes.cursor }
        set { notes.select(newValue) }
    }
    public internal(set) var listCursor: Int {
        get { list.cursor }
        set { list.cursor = newValue }
    }

    // MARK: Derived

    public var layout: Layout { Layout.compute(cols: cols, rows: height, focus: focus, listHidden: list.hidden) }

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
        let wide = Layout.compute(cols: cols, rows: height, focus: .reader, listHidden: list.hidden)
        return wide.reader.map { Layout.textColumn(of: $0).width } ?? max(1, cols - 2)
    }

    /// Reader rows available for text (the pane minus its title row).
    var viewportHeight: Int {
        let pane = layout.reader ?? Layout.compute(cols: cols, rows: height, focus: .reader, listHidden: list.hidden).reader
        return max(1, (pane?.height ?? height) - 1)
    }

    /// The notes pane's rectangle, shown or as it would be with focus.
    var notesRect: Rect? {
        layout.notes ?? Layout.compute(cols: cols, rows: height, focus: .notes, listHidden: list.hidden).notes
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

    /// The markers on screen that have no note, in reading order.
    public var orphansOnScreen: [Int] {
        visibleMarkers.filter { noteIndex(for: $0) == nil }
    }

    /// The section the top of the viewport is in.
    public var currentSection: Int? {
        guard let lines, !lines.lines.isEmpty else { return nil }
        return lines.lines[min(top, lines.lines.count - 1)].section
    }

    var view: View { View(chapter: chapterID, top: top, marker: selectedMarker, focus: focus, noteCursor: noteCursor) }

    // MARK: Changing views

    /// Opens a chapter where it was last left (the top, when new), after remembering where the
    /// current one is left.
    mutating func openChapter(_ id: Int) {
        rememberPlace()
        chapterID = id
        top = 0
        selectedMarker = nil
        notes.select(0)
        search = nil
        if let place = text.positions[id], let lines {
            top = place.width == lines.width ? place.top : (place.anchor?.line(in: lines) ?? place.top)
            clampTop()
        }
    }

    mutating func rememberPlace() {
        guard let id = chapterID, let lines else { return }
        text.positions[id] = TextPaneState.Place(top: top, width: lines.width, anchor: LineAnchor(lines, top))
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
        if history.back.last != view { history.back.append(view) }
        if history.back.count > 200 { history.back.removeFirst() }
        history.forward.removeAll()
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

    /// Runs `change` (a resize, the list shown or hidden) keeping the same text at the top and the
    /// selected marker in sight, whatever the text width becomes.
    mutating func keepingText(_ change: (inout ReaderState) -> Void) {
        let anchor = lines.flatMap { LineAnchor($0, top) }
        let marker = selectedMarker.flatMap { m in lines?.markers.indices.contains(m) == true ? lines?.markers[m].anchor : nil }
        let oldWidth = lines?.width
        change(&self)
        guard let lines else { return }
        if lines.width != oldWidth {
            if let marker { selectedMarker = lines.markers.firstIndex { $0.anchor == marker } }
            if let anchor, let i = anchor.line(in: lines) { top = i }
            if let s = search { runSearch(s.query, from: top, announce: false) }
        }
        clampTop()
        if let m = selectedMarker, m < lines.markers.count { reveal(line: lines.markers[m].line) }
    }
}
