/// Collects the cells of an HTML `<table>` as the reader meets them, tolerating what real tables
/// do: cells before any `<tr>`, unclosed `<td>`s and `<tr>`s, rows of different lengths, `colspan`.
/// Only the outermost table is one: a table inside a cell adds its text to that cell.
struct HTMLTableBuilder {
    private var rows: [[[Unicode.Scalar]]] = []
    private var headerRows: [Bool] = []
    private var row: [[Unicode.Scalar]] = []
    private var rowIsHeader = true
    private var rowOpen = false
    private(set) var cellOpen = false
    /// Rows start inside `<thead>`.
    var inHead = false

    mutating func startRow() {
        endRow()
        rowOpen = true
        rowIsHeader = true
    }

    mutating func startCell(header: Bool, colspan: Int) {
        endCell()
        if !rowOpen { startRow() }
        if !header && !inHead { rowIsHeader = false }
        cellOpen = true
        // Past the column limit a cell's text joins the last column, so a row of a million cells
        // costs what its text costs.
        guard row.count < Table.maxColumns else { current = row.count - 1; return }
        current = row.count
        row.append([])
        // A spanning cell is followed by empty ones, so every column stays a column; the span is
        // capped by the column limit, so `colspan="1000000"` costs no more than a full row.
        let fill = min(max(1, colspan), Table.maxColumns - row.count + 1) - 1
        if fill > 0 { row.append(contentsOf: repeatElement([], count: fill)) }
    }

    /// The cell text goes to (a spanning cell's empty followers come after it).
    private var current = 0

    /// Text of the open cell (a block inside it, or the run up to its end).
    mutating func append(_ text: ArraySlice<Unicode.Scalar>) {
        guard cellOpen, text.contains(where: { !Scalars.isSpace($0) }) else { return }
        if !row[current].isEmpty { row[current].append(" ") }
        row[current].append(contentsOf: text)
    }

    mutating func endCell() {
        cellOpen = false
    }

    mutating func endRow() {
        endCell()
        if rowOpen, row.contains(where: { cell in cell.contains { !Scalars.isSpace($0) } }) {
            rows.append(row)
            headerRows.append(rowIsHeader)
        }
        row = []
        rowOpen = false
    }

    /// The table, cells parsed as inline text; nil when no cell held any text.
    mutating func finish() -> Table? {
        endRow()
        guard !rows.isEmpty else { return nil }
        let cells = rows.map { $0.map { InlineParser.parse($0[...]) } }
        return Table(rows: cells, hasHeader: headerRows[0] && rows.count > 1)
    }
}
