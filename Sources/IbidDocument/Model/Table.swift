/// A table read from HTML: every row has the same number of cells (short rows are padded with
/// empty cells, a `colspan` adds empty cells after its own), so a text layout and a Markdown pipe
/// table can both be made from it without further checks.
public struct Table: Sendable, Equatable {
    /// Rows of cells; a cell is inline text (citations in cells are markers like any other).
    public var rows: [[[Inline]]]
    /// The first row is a header (`<th>` cells or `<thead>`).
    public var hasHeader: Bool

    /// Columns a table keeps: cells past this join the last column, so a hostile row of a
    /// million cells (or a `colspan` of a million) costs what its text costs, no more.
    public static let maxColumns = 32

    public init(rows: [[[Inline]]], hasHeader: Bool) {
        let columns = min(Self.maxColumns, rows.map(\.count).max() ?? 0)
        self.rows = rows.map { row in
            var cells = Array(row.prefix(columns))
            if row.count > columns, columns > 0 {
                for extra in row[columns...] where !extra.isEmpty {
                    if !cells[columns - 1].isEmpty { cells[columns - 1].append(.text(" ")) }
                    cells[columns - 1].append(contentsOf: extra)
                }
            }
            while cells.count < columns { cells.append([]) }
            return cells
        }
        self.hasHeader = hasHeader
    }

    public var columnCount: Int { rows.first?.count ?? 0 }
}
