import IbidDocument

/// The notes sidebar. While the reader has focus it follows the viewport: the notes of the markers on
/// screen, in order, the selected marker's note highlighted and shown whole, and a line for markers
/// that have no note. With focus it lists every note of the chapter around the cursor. An Ibid note
/// shows the source it repeats. Notes are shown whole when they all fit; otherwise the ones not
/// highlighted are cut to three lines. A highlighted note taller than the pane scrolls.
enum NotesPane {
    /// Lines a note not highlighted may take before it is cut with `…`, when not all fit.
    static let collapsedLines = 3

    /// The text `/` searches in a note.
    static func searchableText(_ note: Note) -> String { note.plainText }

    static func draw(_ state: ReaderState, in rect: Rect, on screen: inout Screen) {
        guard let content = state.content else {
            Renderer.title("Notes", in: rect, focused: state.focus == .notes, on: &screen)
            return
        }
        let focused = state.focus == .notes
        let width = max(1, rect.width - 1)
        let height = rect.height - 1
        let indices: [Int]
        let highlighted: Int?
        let orphans: [Int]
        if focused {
            indices = Array(content.notes.indices)
            highlighted = content.notes.isEmpty ? nil : state.noteCursor
            orphans = []
        } else {
            indices = state.notesOnScreen
            highlighted = state.selectedMarker.flatMap(state.noteIndex(for:))
            orphans = state.orphansOnScreen
        }
        // Lay out the notes, whole if they all fit, then scroll so the highlighted one is in view.
        var blocks: [(note: Int?, lines: [[Span]])] = []
        for i in indices {
            var rows = noteLines(content.notes[i], content: content, width: width, highlighted: i == highlighted)
            MarkGlyphs.markNote(state, content.notes[i], rows: &rows, width: width)
            blocks.append((i, rows))
        }
        let wholeRows = blocks.reduce(0) { $0 + $1.lines.count } + max(0, blocks.count - 1)
        if wholeRows > height {
            for k in blocks.indices where blocks[k].note != highlighted && blocks[k].lines.count > collapsedLines {
                var rows = Array(blocks[k].lines.prefix(collapsedLines))
                rows[collapsedLines - 1] = withEllipsis(rows[collapsedLines - 1], width: width)
                blocks[k].lines = rows
            }
        }
        let selectedOrphan = state.selectedMarker.map { orphans.contains($0) } ?? false
        if let orphanBlock = orphanLines(state, orphans, width: width) {
            blocks.append((selectedOrphan ? -1 : nil, orphanBlock))
        }
        let mark = selectedOrphan ? -1 : highlighted
        var all: [[Span]] = []
        var highlightRange = 0..<0
        for (k, block) in blocks.enumerated() {
            if k > 0 { all.append([]) }
            if let n = block.note, n == mark { highlightRange = all.count..<(all.count + block.lines.count) }
            all.append(contentsOf: block.lines)
        }
        var first = 0
        if !highlightRange.isEmpty {
            if highlightRange.upperBound > height { first = highlightRange.upperBound - height }
            if highlightRange.lowerBound < first || highlightRange.count > height {
                first = highlightRange.lowerBound + min(state.notes.scroll, max(0, highlightRange.count - height))
            }
        }
        let moreBelow = !highlightRange.isEmpty && highlightRange.upperBound > first + height
        let right = focused ? "\(content.notes.isEmpty ? 0 : state.noteCursor + 1)/\(content.notes.count)" : (indices.isEmpty ? "" : "\(indices.count) on screen")
        Renderer.title("Notes", right: right, in: rect, focused: focused, on: &screen)
        if content.notes.isEmpty && orphans.isEmpty {
            screen.put(" This chapter has no notes.", x: rect.x, y: rect.y + 1, limit: rect.maxX, style: Style(.chrome, dim: true))
            return
        }
        if all.isEmpty {
            screen.put(" No citation on screen.", x: rect.x, y: rect.y + 1, limit: rect.maxX, style: Style(.chrome, dim: true))
            return
        }
        let folding = state.search.map { SearchFolding($0.query) }
        for row in 0..<height {
            let index = first + row
            guard index < all.count else { break }
            let y = rect.y + 1 + row
            let inHighlight = highlightRange.contains(index)
            if inHighlight { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(.note, reverse: true)) }
            var x = rect.x + 1
            for span in all[index] {
                var style = span.style
                if inHighlight { style.reverse = true }
                x = screen.put(span.text, x: x, y: y, limit: rect.maxX, style: style)
            }
            if let folding { highlightMatches(folding, in: all[index], x: rect.x + 1, y: y, limit: rect.maxX, on: &screen) }
        }
        if moreBelow, height > 0 {
            // The last row says the note goes on; PgDn (or d) scrolls it.
            let text = " more ↓ "
            let w = CharWidth.width(text)
            if rect.width > w { screen.put(text, x: rect.maxX - w, y: rect.y + height, limit: rect.maxX, style: Style(.chrome, bold: true, reverse: true)) }
        }
    }

    /// Search matches in a sidebar row, marked as in the text.
    static func highlightMatches(_ folding: SearchFolding, in row: [Span], x: Int, y: Int, limit: Int, on screen: inout Screen) {
        let chars = Array(row.map(\.text).joined())
        var column = 0, k = 0
        for r in folding.matches(in: chars) {
            while k < r.lowerBound { column += CharWidth.width(chars[k]); k += 1 }
            let width = chars[r].reduce(0) { $0 + CharWidth.width($1) }
            screen.restyle(y: y, from: x + column, to: min(limit, x + column + width)) { $0.role = .match }
        }
    }

    /// The markers on screen with no note: `[123]–[185] no note — the dump is cut off here`.
    static func orphanLines(_ state: ReaderState, _ orphans: [Int], width: Int) -> [[Span]]? {
        guard let lines = state.lines, !orphans.isEmpty else { return nil }
        let label = runLabel(orphans.map { lines.markers[$0].citation.number })
        var w = Wrapper()
        w.append(state.missingNoteReason, style: Style(.warning))
        let labelSpan = Span(label + " ", style: Style(.warning, bold: true))
        return w.lines(width: width, first: [labelSpan], rest: [Span("    ")])
    }

    /// Marker numbers as runs: `[123]–[185], [1]` (a box's own numbering starts again); at most
    /// four runs, then how many more.
    static func runLabel(_ numbers: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for n in numbers {
            if let last = runs.last, n == last.1 + 1 || n == last.1 { runs[runs.count - 1].1 = n } else { runs.append((n, n)) }
        }
        var parts = runs.prefix(4).map { $0.0 == $0.1 ? "[\($0.0)]" : "[\($0.0)]–[\($0.1)]" }
        if runs.count > 4 { parts.append("\(runs.count - 4) more") }
        return parts.joined(separator: ", ")
    }

    /// Ends a cut line with `…`, making room for it when the line is full.
    static func withEllipsis(_ row: [Span], width: Int) -> [Span] {
        var row = row
        while let last = row.last, row.reduce(0, { $0 + $1.width }) + 1 > width {
            var text = last.text
            guard !text.isEmpty else { row.removeLast(); continue }
            text.removeLast()
            row[row.count - 1] = Span(text, style: last.style, marker: last.marker)
        }
        row.append(Span("…", style: Style(.chrome, dim: true)))
        return row
    }

    /// `[17] Author, Title, … https://…` wrapped with a hanging indent; an Ibid note adds `= [16] …`
    /// (one line, ending in `…` when cut, unless the note is highlighted).
    static func noteLines(_ note: Note, content: ChapterContent, width: Int, highlighted: Bool) -> [[Span]] {
        let label = note.scope == .chapter ? "[\(note.number)]" : "[\(note.scope) \(note.number)]"
        var w = Wrapper()
        for inline in note.text {
            switch inline {
            case .text(let t): w.append(t, style: Style(.note))
            case .link(let url): w.append(url, style: Style(.link, underline: true))
            case .citation(let c): w.append("[\(c.number)]", style: Style(.marker))
            }
        }
        if note.text.isEmpty { w.append("(empty note)", style: Style(.chrome, dim: true)) }
        let labelSpan = Span(label + " ", style: Style(.noteNumber, bold: true))
        let hang = Span(String(repeating: " ", count: min(6, labelSpan.width)))
        var rows = w.lines(width: width, first: [labelSpan], rest: [hang])
        if let target = note.ibid, let source = content.note(target, scope: note.scope) {
            var s = Wrapper()
            s.append("= [\(target)] " + source.plainText, style: Style(.note, dim: !highlighted))
            let source = s.lines(width: width, first: [hang], rest: [hang, Span("  ")])
            if highlighted || source.count == 1 {
                rows.append(contentsOf: source)
            } else {
                rows.append(withEllipsis(source[0], width: width))
            }
        }
        if let origin = note.from {
            // A note the dump lost, taken from the other edition: say so, in the other language's text.
            var from = Wrapper()
            from.append("(\(origin))", style: Style(.warning))
            rows.append(contentsOf: from.lines(width: width, first: [hang], rest: [hang]))
        }
        if note.possiblyTruncated {
            var cut = Wrapper()
            cut.append("(the dump ends inside this note)", style: Style(.warning))
            rows.append(contentsOf: cut.lines(width: width, first: [hang], rest: [hang]))
        }
        return rows
    }
}
