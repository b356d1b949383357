/// A frame: a grid of cells the size of the terminal. The core renders into it; the backend draws it;
/// tests read it as text.
public struct Screen: Equatable, Sendable {
    public let cols: Int
    public let rows: Int
    public private(set) var cells: [Cell]

    public init(cols: Int, rows: Int) {
        self.cols = max(0, cols)
        self.rows = max(0, rows)
        cells = Array(repeating: .blank, count: self.cols * self.rows)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * cols + x] }
        set { cells[y * cols + x] = newValue }
    }

    /// Writes `text` from (x, y), never past `limit` (exclusive column, default the screen's edge).
    /// Text is prepared here (`DisplayText`: sanitised, cut into terminal cells) exactly as it is
    /// for measuring, so nothing reaches a cell that the terminal would interpret and every glyph
    /// lands where it was measured to. A wide glyph that would straddle `limit` becomes a space.
    /// Returns the next column.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < rows else { return x }
        let edge = min(limit ?? cols, cols)
        var column = x
        DisplayText.forEachCell(inPrepared: DisplayText.prepare(text)) { cell in
            if column >= edge { return false }
            let w = cell.width
            if column < 0 { column += w; return true }
            if column + w > edge {
                clearWide(at: column, y: y)
                self[column, y] = Cell(" ", width: 1, style: style)
                column += 1
                return false
            }
            clearWide(at: column, y: y)
            self[column, y] = Cell(cell.glyph, width: UInt8(w), style: style)
            if w == 2 {
                clearWide(at: column + 1, y: y)
                self[column + 1, y] = Cell(" ", width: 0, style: style)
            }
            column += w
            return true
        }
        return column
    }

    /// Overwriting half of a wide glyph blanks its other half, so no cell is left pointing at nothing.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.width == 0, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
        if cell.width == 2, x + 1 < cols { self[x + 1, y] = Cell(" ", style: cell.style) }
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(rows, rect.maxY) {
            for x in max(0, rect.x)..<min(cols, rect.maxX) {
                if x == rect.x { clearWide(at: x, y: y) }
                self[x, y] = Cell(" ", style: style)
            }
            if rect.maxX < cols { clearWide(at: rect.maxX, y: y) }
        }
    }

    /// Applies `change` to the style of every cell in a row segment.
    public mutating func restyle(y: Int, from: Int, to: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < rows else { return }
        for x in max(0, from)..<min(cols, to) { change(&cells[y * cols + x].style) }
    }

    /// The rows as text (continuation cells skipped). With `edge`, each row ends with `|` so a test
    /// sees trailing spaces and a row's true width.
    public func lines(edge: Bool = false) -> [String] {
        (0..<rows).map { y in
            var line = ""
            for x in 0..<cols where !self[x, y].isContinuation { line += self[x, y].glyph }
            return edge ? line + "|" : line
        }
    }

    /// The rows with trailing spaces removed: what `ibid screen` prints.
    public var text: String {
        lines().map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}

/// A rectangle of cells.
public struct Rect: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

}
