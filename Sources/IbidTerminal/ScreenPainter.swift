import CNcursesw
import IbidReader

/// Draws a `Screen` cell by cell at the positions the core computed, then one `doupdate`:
/// ncurses diffs against the last frame and sends only what changed.
struct ScreenPainter {
    let palette: Palette
    private var wide = [wchar_t](repeating: 0, count: 8)

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
                // A wide glyph in the last column would wrap; the core never puts one there.
                var n = 0
                for scalar in cell.character.unicodeScalars where n < 5 {
                    wide[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                wide[n] = 0
                let (attrs, pair) = palette.attributes(cell.style)
                wide.withUnsafeBufferPointer { buffer in
                    _ = ibid_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, attrs, pair)
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
    }
}
