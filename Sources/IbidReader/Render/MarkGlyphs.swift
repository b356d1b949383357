import IbidDocument

/// How marks on citations are drawn: the glyph takes the place of a marker's `[` (`✓12]`), so
/// marking never re-wraps the text; a note in the sidebar carries it after its number, with its
/// comment and a ⚠ line when the text changed since it was marked; the comment prompt sits on the
/// bottom row like the search prompt.
enum MarkGlyphs {
    static func style(_ mark: ShownMark) -> Style {
        if mark.changed { return Style(.warning, bold: true, underline: true) }
        switch mark.state {
        case .checked: return Style(.noteNumber, bold: true)
        case .flagged: return Style(.warning, bold: true)
        case .unchecked: return Style(.marker)
        }
    }

    /// The glyphs of the marks on the markers of reader line `line`.
    static func drawMarkers(_ state: ReaderState, lines: ChapterLines, line: Int, x: Int, y: Int, on screen: inout Screen) {
        guard !state.review.marks.marks.isEmpty else { return }
        for m in lines.markers(onLines: line..<(line + 1)) {
            let marker = lines.markers[m]
            guard let mark = state.shownMark(marker.citation), let glyph = mark.glyph else { continue }
            screen.put(glyph, x: x + marker.column, y: y, limit: x + marker.column + 1, style: style(mark))
        }
    }

    /// Puts the mark's glyph after the note's number, and its comment and a changed warning under it.
    static func markNote(_ state: ReaderState, _ note: Note, rows: inout [[Span]], width: Int) {
        guard !state.review.marks.marks.isEmpty, let mark = state.shownMark(Citation(number: note.number, scope: note.scope)),
              !rows.isEmpty, !rows[0].isEmpty else { return }
        if let glyph = mark.glyph {
            // `[17] ` becomes `[17]✓ `: the label span's trailing space gives way to the glyph.
            var label = rows[0][0]
            if label.text.hasSuffix(" ") {
                label = Span(String(label.text.dropLast()), style: label.style)
                rows[0][0] = label
                rows[0].insert(Span(glyph, style: style(mark)), at: 1)
                rows[0].insert(Span(" "), at: 2)
            }
        }
        if mark.changed {
            var w = Wrapper()
            w.append("⚠ changed since \(mark.state == .unchecked ? "commented" : mark.state.rawValue): x marks it again", style: Style(.warning))
            rows.append(contentsOf: w.lines(width: width, first: [Span("   ")], rest: [Span("     ")]))
        }
        if let comment = mark.comment {
            var w = Wrapper()
            w.append("✎ " + comment, style: Style(.message))
            rows.append(contentsOf: w.lines(width: width, first: [Span("   ")], rest: [Span("     ")]))
        }
    }

    /// `comment on [12]: text█`, the end of a long comment in view.
    static func drawCommentPrompt(_ label: String, input: String, on screen: inout Screen) {
        let y = max(0, screen.rows - 1)
        screen.fill(Rect(x: 0, y: y, width: screen.cols, height: 1), style: Style(.status))
        let head = "comment on \(label): "
        let room = screen.cols - CharWidth.width(head) - 1
        var shown = DisplayText(input).text
        if CharWidth.width(shown) > room {
            // Keep the end, where the typing is.
            var tail: [String] = []
            var used = 1
            var cells: [(String, Int)] = []
            DisplayText.forEachCell(inPrepared: shown) { cells.append(($0.glyph, $0.width)); return true }
            for cell in cells.reversed() {
                if used + cell.1 > room { break }
                tail.append(cell.0)
                used += cell.1
            }
            shown = "…" + tail.reversed().joined()
        }
        let end = screen.put(head + shown, x: 0, y: y, limit: screen.cols, style: Style(.status, bold: true))
        if end < screen.cols { screen.put("█", x: end, y: y, style: Style(.status)) }
    }
}
