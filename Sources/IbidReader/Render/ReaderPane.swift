import IbidDocument

/// The section reader: the chapter wrapped to a comfortable measure, markers visible, the selected
/// one reversed, search matches highlighted.
enum ReaderPane {
    static func draw(_ state: ReaderState, in rect: Rect, on screen: inout Screen) {
        guard let chapter = state.chapter, let lines = state.lines else {
            Renderer.title("Reader", in: rect, focused: state.focus == .reader, on: &screen)
            screen.put(" Choose a chapter in the list and press Enter.", x: rect.x, y: rect.y + 2, limit: rect.maxX, style: Style(.chrome, dim: true))
            return
        }
        let total = lines.lines.count
        let percent = total == 0 ? 100 : min(100, (state.top + state.viewportHeight) * 100 / max(1, total))
        // The ✂ goes with the percentage, which is never cut, so it shows at every width.
        Renderer.title(chapter.title, right: (chapter.truncated ? "✂ " : "") + "\(percent)%", in: rect, focused: state.focus == .reader, on: &screen)
        let column = Layout.textColumn(of: rect)
        let height = rect.height - 1
        let selected = state.selectedMarker.flatMap { lines.markers.indices.contains($0) ? lines.markers[$0] : nil }
        let current = state.search?.current.flatMap { state.search?.matches.indices.contains($0) == true ? state.search?.matches[$0] : nil }
        var matchIndex = state.search?.matches.firstIndex { $0.line >= state.top } ?? Int.max
        for row in 0..<height {
            let index = state.top + row
            guard index < total else { break }
            let y = rect.y + 1 + row
            var x = column.x
            for span in lines.lines[index].spans {
                x = screen.put(span.text, x: x, y: y, limit: column.x + column.width, style: span.style)
            }
            MarkGlyphs.drawMarkers(state, lines: lines, line: index, x: column.x, y: y, on: &screen)
            if let sel = selected, sel.line == index {
                screen.restyle(y: y, from: column.x + sel.column, to: column.x + sel.column + sel.width) { $0.reverse = true; $0.bold = true }
            }
            if let matches = state.search?.matches {
                while matchIndex < matches.count, matches[matchIndex].line == index {
                    let m = matches[matchIndex]
                    let isCurrent = current == m
                    screen.restyle(y: y, from: column.x + m.column, to: column.x + m.column + m.width) {
                        $0.role = .match
                        $0.reverse = isCurrent
                    }
                    matchIndex += 1
                }
            }
        }
        if total == 0 {
            screen.put("(this chapter has no text)", x: column.x, y: rect.y + 2, limit: rect.maxX, style: Style(.chrome, dim: true))
        }
    }
}
