import IbidDocument

/// Help, contents and the search prompt, drawn over the panes in a framed box.
enum OverlayBox {
    /// The help box's width for a terminal `cols` wide.
    static func helpWidth(cols: Int) -> Int { max(0, min(cols - 2, 84)) }

    /// The help's lines (wrapped to the box) and the rows the box shows of them: the state scrolls
    /// with these, so `G` stops at the last line.
    static func helpGeometry(cols: Int, rows: Int) -> (count: Int, inner: Int) {
        let lines = KeyHelp.lines(width: helpWidth(cols: cols) - 3)
        return (lines.count, max(1, min(rows - 2, lines.count + 2) - 2))
    }

    static func draw(_ overlay: Overlay, state: ReaderState, on screen: inout Screen) {
        switch overlay {
        case .help(let top):
            let width = helpWidth(cols: screen.cols)
            let lines = KeyHelp.lines(width: width - 3)
            box(title: "Keys — j k scroll, G end, q closes", lines: lines.map { ($0, Style.plain) }, width: width, top: top, cursor: nil, on: &screen)
        case .contents(let cursor):
            var lines: [(String, Style)] = []
            if let content = state.content, let chapterLines = state.lines {
                let indents = ContentsIndent.indents(content.sections)
                for s in chapterLines.sectionStarts.indices {
                    let section = content.sections[s]
                    let prefix = String(repeating: " ", count: indents[s]) + (section.kind == .box ? "  ▪ " : "")
                    let progress = state.chapter.flatMap { state.progress(of: $0, section: s) }.map { "  " + $0.summary } ?? ""
                    lines.append((prefix + state.sectionTitle(s) + progress, Style(section.heading == nil ? .chrome : .normal, dim: section.heading == nil)))
                }
            }
            let width = min(screen.cols - 2, max(40, min(90, (lines.map { CharWidth.width($0.0) }.max() ?? 0) + 4)))
            box(title: "Contents — Enter jumps, j k move, q closes", lines: lines, width: width, top: nil, cursor: cursor, on: &screen)
        case .librarySearch:
            LibrarySearchPane.draw(state, on: &screen)
        case .citation(let note, let top):
            let width = CitationOverlay.width(cols: screen.cols)
            let lines = CitationOverlay.lines(state, note: note, width: width - 3)
            box(title: CitationOverlay.title(state, note: note), lines: lines, width: width, top: top, cursor: nil, on: &screen)
        case .search(let input):
            let y = max(0, screen.rows - 1)
            screen.fill(Rect(x: 0, y: y, width: screen.cols, height: 1), style: Style(.status))
            let end = screen.put("/" + input, x: 0, y: y, limit: screen.cols, style: Style(.status, bold: true))
            if end < screen.cols { screen.put("█", x: end, y: y, style: Style(.status)) }
        case .urls(let picker):
            URLPickerBox.draw(picker, on: &screen)
        case .sources(let view):
            SourcesBox.draw(view, state: state, on: &screen)
        case .comment(let citation, let input):
            MarkGlyphs.drawCommentPrompt(state.label(citation), input: input, on: &screen)
        }
    }

    /// A centred framed box; with `cursor`, that line is reversed and kept in view. A line too long
    /// ends in `…`; the bottom border says `more ↓` while lines remain below.
    static func box(title: String, lines: [(String, Style)], width: Int, top: Int?, cursor: Int?, on screen: inout Screen) {
        let height = min(screen.rows - 2, lines.count + 2)
        guard width >= 6, height >= 3 else { return }
        let x0 = (screen.cols - width) / 2, y0 = (screen.rows - height) / 2
        let frame = Style(.chrome, bold: true)
        screen.fill(Rect(x: x0, y: y0, width: width, height: height))
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x0, y: y0, style: frame)
        screen.put(" " + Renderer.fit(title, width - 6) + " ", x: x0 + 2, y: y0, limit: x0 + width - 2, style: frame)
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x0, y: y0 + height - 1, style: frame)
        let inner = height - 2
        var first = min(top ?? 0, max(0, lines.count - inner))
        if let cursor {
            if cursor >= first + inner { first = cursor - inner + 1 }
            if cursor < first { first = cursor }
        }
        if first + inner < lines.count, width >= 12 {
            screen.put(" more ↓ ", x: x0 + width - 10, y: y0 + height - 1, limit: x0 + width - 1, style: frame)
        }
        for row in 0..<inner {
            let y = y0 + 1 + row
            screen.put("│", x: x0, y: y, style: frame)
            screen.put("│", x: x0 + width - 1, y: y, style: frame)
            let i = first + row
            guard i < lines.count else { continue }
            var style = lines[i].1
            if i == cursor {
                style.reverse = true
                screen.fill(Rect(x: x0 + 1, y: y, width: width - 2, height: 1), style: style)
            }
            screen.put(" " + Renderer.fit(lines[i].0, width - 3), x: x0 + 1, y: y, limit: x0 + width - 1, style: style)
        }
    }
}
