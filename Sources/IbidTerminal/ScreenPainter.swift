import CNcursesw
import IbidReader

/// Draws a `Screen` cell by cell at the positions the core computed, then one `doupdate`:
/// ncurses diffs against the last frame and sends only what changed.
///
/// A cell's glyph is what ncurses calls a `cchar_t`: one spacing code point and at most four
/// zero-width ones (`DisplayText` guarantees it), advancing by the spacing one's `wcwidth`, the
/// width the core measured. A wide glyph's right half is not drawn: ncurses marks it itself when
/// the glyph lands. A cell ncurses refuses is drawn as U+FFFD over every column it covers, so no
/// column keeps the previous frame's glyph.
struct ScreenPainter {
    let palette: Palette
    private var wide = [wchar_t](repeating: 0, count: TerminalCell.maxMarks + 2)

    init(palette: Palette) {
        self.palette = palette
    }

    mutating func paint(_ screen: Screen) {
        let window = ibid_stdscr()
        let rows = min(screen.rows, Int(ibid_lines()))
        let cols = min(screen.cols, Int(ibid_cols()))
        for y in 0..<rows {
            for x in 0..<cols {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                let (attrs, pair) = palette.attributes(cell.style)
                let status = put(cell.glyph, x: x, y: y, attrs: attrs, pair: pair, on: window)
                let corner = y == Int(ibid_lines()) - 1 && x + Int(max(1, cell.width)) >= Int(ibid_cols())
                if status == 0 || (status == 2 && corner) { continue }
                // Refused (a code point this ncurses cannot set): a visible replacement in each
                // column the core gave the cell.
                for dx in 0..<max(1, Int(cell.width)) where x + dx < cols {
                    _ = put("\u{FFFD}", x: x + dx, y: y, attrs: attrs, pair: pair, on: window)
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// One `cchar_t` at (x, y); the status of `ibid_put_cell_status`.
    private mutating func put(_ glyph: String, x: Int, y: Int, attrs: attr_t, pair: Int16,
                              on window: UnsafeMutablePointer<WINDOW>?) -> Int32 {
        var n = 0
        for scalar in glyph.unicodeScalars where n <= TerminalCell.maxMarks {
            wide[n] = wchar_t(bitPattern: scalar.value)
            n += 1
        }
        wide[n] = 0
        return wide.withUnsafeBufferPointer { buffer in
            ibid_put_cell_status(window, Int32(y), Int32(x), buffer.baseAddress, attrs, pair)
        }
    }
}
