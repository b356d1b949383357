import IbidDocument
import IbidReader

/// The fuzzer's oracle beyond "does not crash": a rendered frame must be exactly `cols × rows`
/// cells, hold nothing the `Sanitizer` would replace (every cell goes to a real terminal), and keep
/// the cell model whole: a wide glyph is followed by its continuation cell, and a continuation cell
/// never stands alone, or the terminal and the screen disagree about every column after it.
enum FrameCheck {
    static func check(_ screen: Screen) {
        precondition(screen.cells.count == screen.cols * screen.rows, "frame is \(screen.cells.count) cells, not \(screen.cols)×\(screen.rows)")
        for (i, cell) in screen.cells.enumerated() {
            let x = i % screen.cols, y = i / screen.cols
            for scalar in cell.glyph.unicodeScalars where Sanitizer.replacement(for: scalar) != nil {
                preconditionFailure("raw U+\(String(scalar.value, radix: 16, uppercase: true)) reached cell (\(x), \(y))")
            }
            if cell.width == 2 {
                precondition(x + 1 < screen.cols && screen[x + 1, y].isContinuation, "wide glyph at (\(x), \(y)) without its continuation")
            }
            if cell.isContinuation {
                precondition(x > 0 && screen[x - 1, y].width == 2, "continuation cell at (\(x), \(y)) after no wide glyph")
            }
        }
    }
}
