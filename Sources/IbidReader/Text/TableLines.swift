import IbidDocument

/// A table laid out in text: columns separated by ` │ `, the header row bold and underlined by a
/// rule, each cell wrapped in its column. Column widths are in display cells (`DisplayText`), so
/// wide scripts line up: a column gets its widest cell when everything fits, else the narrow
/// columns keep their width and the wide ones share what is left (water-filling). A table too
/// wide for even four cells a column is stacked: each cell a line (or more) of its own, rows
/// between rules. Every step is linear in the table's text, whatever widths and spans it claims.
extension ChapterLines.Builder {
    static let separator = " │ "
    static let minimumColumn = 4

    mutating func add(_ table: Table, section s: Int, block b: Int, inlineIndex: inout Int, bar: [Span]) {
        let columns = table.columnCount
        guard columns > 0 else { return }
        let barWidth = bar.reduce(0) { $0 + $1.width }
        let available = max(1, width - barWidth)
        let room = available - Self.separator.count * (columns - 1)
        guard room >= Self.minimumColumn * columns else {
            addStacked(table, section: s, block: b, inlineIndex: &inlineIndex, bar: bar, available: available)
            return
        }
        let widths = Self.columnWidths(table, room: room)
        for (r, row) in table.rows.enumerated() {
            let header = r == 0 && table.hasHeader
            var cells: [[[Span]]] = []
            var pending: [(Int, Citation, Anchor)] = []
            for (c, cell) in row.enumerated() {
                let wrapped = wrap(cell, section: s, block: b, inlineIndex: &inlineIndex, base: pending.count, width: widths[c],
                                   first: [], rest: [], style: header ? Style(.normal, bold: true) : .plain)
                cells.append(cell.isEmpty ? [[]] : wrapped.rows)
                pending.append(contentsOf: wrapped.pending)
            }
            let height = cells.map(\.count).max() ?? 1
            var rowLines: [[Span]] = []
            for k in 0..<height {
                var line = bar
                for c in 0..<columns {
                    let spans = k < cells[c].count ? cells[c][k] : []
                    line.append(contentsOf: spans)
                    guard c < columns - 1 else { break }
                    let used = spans.reduce(0) { $0 + $1.width }
                    if used < widths[c] { line.append(Span(String(repeating: " ", count: widths[c] - used))) }
                    line.append(Span(Self.separator, style: Self.tableRule))
                }
                rowLines.append(line)
            }
            place(rowLines, pending: pending, section: s, block: b)
            if header {
                let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
                lines.append(DisplayLine(spans: bar + [Span(rule, style: Self.tableRule)], section: s, block: b))
            }
        }
    }

    /// Each column's width: its widest cell when all fit in `room`; else water-filling, so a
    /// column narrower than its share keeps its width and the others split the rest equally.
    static func columnWidths(_ table: Table, room: Int) -> [Int] {
        let columns = table.columnCount
        var natural = [Int](repeating: 1, count: columns)
        for row in table.rows {
            for (c, cell) in row.enumerated() {
                // A cell's width counted up to the room only: a megabyte cell costs one pass, not a huge number.
                var w = 0
                for inline in cell where w < room {
                    switch inline {
                    case .citation(let n): w += "[\(n.number)]".count
                    case .text(let t), .link(let t): w += DisplayText(t).width
                    }
                }
                natural[c] = max(natural[c], min(w, room))
            }
        }
        guard natural.reduce(0, +) > room else { return natural }
        var widths = natural
        var left = room
        var open = Array(0..<columns).sorted { natural[$0] < natural[$1] }[...]
        while let c = open.first {
            let share = left / open.count
            guard natural[c] <= share else { break }
            widths[c] = natural[c]
            left -= natural[c]
            open = open.dropFirst()
        }
        // The wide columns split what is left; the first few take the remainder.
        let count = open.count
        for (i, c) in open.sorted().enumerated() {
            widths[c] = left / count + (i < left % count ? 1 : 0)
        }
        return widths
    }

    /// A table too wide to lay out in columns: each cell on lines of its own, rows between rules.
    mutating func addStacked(_ table: Table, section s: Int, block b: Int, inlineIndex: inout Int, bar: [Span], available: Int) {
        let rule = DisplayLine(spans: bar + [Span(String(repeating: "─", count: min(available, 40)), style: Self.tableRule)], section: s, block: b)
        for (r, row) in table.rows.enumerated() {
            if r > 0 { lines.append(rule) }
            let header = r == 0 && table.hasHeader
            for cell in row where !cell.isEmpty {
                add(cell, section: s, block: b, inlineIndex: &inlineIndex, first: bar, rest: bar,
                    style: header ? Style(.normal, bold: true) : .plain)
            }
        }
    }

    /// Appends a table row's lines and registers its markers, renumbered in reading order (line,
    /// then column): cells are wrapped one after another, but a marker on a cell's second line
    /// comes after one on the next cell's first.
    mutating func place(_ rowLines: [[Span]], pending: [(Int, Citation, Anchor)], section s: Int, block b: Int) {
        let base = markers.count
        var found: [MarkerRef] = []
        var renumbered: [Int: Int] = [:]
        var rowLines = rowLines
        for k in rowLines.indices {
            var column = 0
            for i in rowLines[k].indices {
                let span = rowLines[k][i]
                if let m = span.marker {
                    // A marker cut across lines (a very narrow column) is one marker, placed where it starts.
                    if let n = renumbered[m] {
                        rowLines[k][i].marker = n
                    } else {
                        let p = pending[m - base]
                        renumbered[m] = base + found.count
                        rowLines[k][i].marker = base + found.count
                        found.append(MarkerRef(citation: p.1, anchor: p.2, note: notes[p.1], line: lines.count + k, column: column, width: span.width))
                    }
                }
                column += span.width
            }
        }
        for row in rowLines { lines.append(DisplayLine(spans: row, section: s, block: b)) }
        markers.append(contentsOf: found)
    }
}
