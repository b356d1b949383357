import IbidDocument

/// Help, contents and the search prompt, drawn over the panes in a framed box.
enum OverlayBox {
    static func draw(_ overlay: Overlay, state: ReaderState, on screen: inout Screen) {
        switch overlay {
        case .help(let top):
            let lines = KeyHelp.lines(width: screen.cols)
            box(title: "Keys — q closes", lines: lines.map { ($0, Style.plain) }, top: top, cursor: nil, on: &screen)
        case .contents(let cursor):
            var lines: [(String, Style)] = []
            if let content = state.content, let chapterLines = state.lines {
                for s in chapterLines.sectionStarts.indices {
                    let section = content.sections[s]
                    let prefix = section.kind == .box ? "  ▪ " : ""
                    lines.append((prefix + state.sectionTitle(s), Style(section.heading == nil ? .chrome : .normal, dim: section.heading == nil)))
                }
            }
            box(title: "Contents — Enter jumps, q closes", lines: lines, top: nil, cursor: cursor, on: &screen)
        case .search(let input):
            let y = max(0, screen.rows - 1)
            screen.fill(Rect(x: 0, y: y, width: screen.cols, height: 1), style: Style(.status))
            let end = screen.put("/" + input, x: 0, y: y, limit: screen.cols, style: Style(.status, bold: true))
            if end < screen.cols { screen.put("█", x: end, y: y, style: Style(.status)) }
        }
    }

    /// A centred framed box; with `cursor`, that line is reversed and kept in view.
    static func box(title: String, lines: [(String, Style)], top: Int?, cursor: Int?, on screen: inout Screen) {
        let width = min(screen.cols - 2, max(40, min(90, (lines.map { CharWidth.width($0.0) }.max() ?? 0) + 4)))
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
            screen.put(" " + lines[i].0, x: x0 + 1, y: y, limit: x0 + width - 1, style: style)
        }
    }
}
