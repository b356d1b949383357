import IbidDocument

/// The notes sidebar. While the reader has focus it follows the viewport: the notes of the markers on
/// screen, in order, the selected marker's note highlighted and shown whole. With focus it lists every
/// note of the chapter around the cursor. An Ibid note shows the source it repeats.
enum NotesPane {
    /// Lines a note not selected may take before it is cut with `…`.
    static let collapsedLines = 3

    static func draw(_ state: ReaderState, in rect: Rect, on screen: inout Screen) {
        guard let content = state.content else {
            Renderer.title("Notes", in: rect, focused: state.focus == .notes, on: &screen)
            return
        }
        let focused = state.focus == .notes
        let indices: [Int]
        let highlighted: Int?
        if focused {
            indices = Array(content.notes.indices)
            highlighted = content.notes.isEmpty ? nil : state.noteCursor
        } else {
            indices = state.notesOnScreen
            highlighted = state.selectedMarker.flatMap(state.noteIndex(for:))
        }
        let right = focused ? "\(content.notes.isEmpty ? 0 : state.noteCursor + 1)/\(content.notes.count)" : (indices.isEmpty ? "" : "\(indices.count) on screen")
        Renderer.title("Notes", right: right, in: rect, focused: focused, on: &screen)
        let width = max(1, rect.width - 1)
        let height = rect.height - 1
        if content.notes.isEmpty {
            screen.put(" This chapter has no notes.", x: rect.x, y: rect.y + 1, limit: rect.maxX, style: Style(.chrome, dim: true))
            return
        }
        if indices.isEmpty {
            screen.put(" No citation on screen.", x: rect.x, y: rect.y + 1, limit: rect.maxX, style: Style(.chrome, dim: true))
            return
        }
        // Lay out the notes, then scroll so the highlighted one is in view (whole, when it fits).
        var blocks: [(note: Int, lines: [[Span]])] = []
        for i in indices {
            let full = i == highlighted
            var rows = noteLines(content.notes[i], content: content, width: width, highlighted: full)
            if !full && rows.count > collapsedLines {
                rows = Array(rows.prefix(collapsedLines))
                rows[collapsedLines - 1] = withEllipsis(rows[collapsedLines - 1], width: width)
            }
            blocks.append((i, rows))
        }
        var all: [[Span]] = []
        var highlightRange = 0..<0
        for (k, block) in blocks.enumerated() {
            if k > 0 { all.append([]) }
            if block.note == highlighted { highlightRange = all.count..<(all.count + block.lines.count) }
            all.append(contentsOf: block.lines)
        }
        var first = 0
        if !highlightRange.isEmpty {
            if highlightRange.upperBound > height { first = highlightRange.upperBound - height }
            if highlightRange.lowerBound < first || highlightRange.count > height { first = highlightRange.lowerBound }
        }
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
        }
    }

    /// Ends a cut note's last line with `…`, making room for it when the line is full.
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

    /// `[17] Author, Title, … https://…` wrapped with a hanging indent; an Ibid note adds `= [16] …`.
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
            let limit = highlighted ? Int.max : 1
            rows.append(contentsOf: s.lines(width: width, first: [hang], rest: [hang, Span("  ")]).prefix(limit))
        }
        if note.possiblyTruncated {
            rows.append([hang, Span("(the dump ends inside this note)", style: Style(.warning))])
        }
        return rows
    }
}
