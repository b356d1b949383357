import IbidDocument

/// Draws a state into a screen. Pure: the same state gives the same screen, in tests and on a terminal.
public enum Renderer {
    public static func render(_ state: ReaderState) -> Screen {
        var screen = Screen(cols: state.cols, rows: state.height)
        let layout = state.layout
        if layout.tooSmall {
            drawTooSmall(&screen)
            return screen
        }
        if let list = layout.list { ListPane.draw(state, in: list, on: &screen) }
        if let reader = layout.reader { ReaderPane.draw(state, in: reader, on: &screen) }
        if let notes = layout.notes { NotesPane.draw(state, in: notes, on: &screen) }
        for sep in layout.separators {
            let glyph = sep.width == 1 ? "│" : "─"
            for y in sep.y..<sep.maxY {
                for x in sep.x..<sep.maxX { screen.put(glyph, x: x, y: y, style: Style(.chrome)) }
            }
        }
        StatusLine.draw(state, in: layout.status, on: &screen)
        if let overlay = state.overlay { OverlayBox.draw(overlay, state: state, on: &screen) }
        return screen
    }

    /// Below 20 × 5 nothing fits; say so honestly in what space there is.
    static func drawTooSmall(_ screen: inout Screen) {
        let words = ["ibid:", "terminal", "too", "small", "(\(screen.cols)x\(screen.rows))"]
        var y = 0, x = 0
        for word in words {
            let w = CharWidth.width(word)
            if x > 0 && x + 1 + w > screen.cols { y += 1; x = 0 }
            if y >= screen.rows { break }
            if x > 0 { x += 1 }
            x = screen.put(word, x: x, y: y, style: Style(.warning))
        }
    }

    /// A pane's title row: reversed when the pane has focus; a title too long ends in `…`.
    static func title(_ text: String, right: String = "", in rect: Rect, focused: Bool, on screen: inout Screen) {
        let style = Style(.chrome, bold: focused, reverse: focused)
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let rw = CharWidth.width(right)
        let limit = rect.maxX - (rw > 0 ? rw + 2 : 0)
        let end = screen.put(" " + fit(text, limit - rect.x - 1), x: rect.x, y: rect.y, limit: limit, style: style)
        if rw > 0, rect.maxX - rw - 1 > end { screen.put(right, x: rect.maxX - rw - 1, y: rect.y, limit: rect.maxX, style: style) }
    }

    /// Text cut to `width` columns with an ellipsis, between the cells `Screen.put` will draw.
    static func fit(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = DisplayText(text)
        if shown.width <= width { return shown.text }
        var out = ""
        var used = 0
        DisplayText.forEachCell(inPrepared: shown.text) { cell in
            if used + cell.width > width - 1 { return false }
            out += cell.glyph
            used += cell.width
            return true
        }
        return out + "…"
    }
}
