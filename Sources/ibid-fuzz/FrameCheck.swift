import IbidReader

/// The fuzzer's oracle beyond "does not crash": a rendered frame must be exactly `cols × rows`
/// cells and hold nothing the `Sanitizer` would replace, since every cell goes to a real terminal.
enum FrameCheck {
    static func check(_ screen: Screen) {
        precondition(screen.cells.count == screen.cols * screen.rows, "frame is \(screen.cells.count) cells, not \(screen.cols)×\(screen.rows)")
        for (i, cell) in screen.cells.enumerated() {
            for scalar in cell.character.unicodeScalars where Sanitizer.replacement(for: scalar) != nil {
                preconditionFailure("raw U+\(String(scalar.value, radix: 16, uppercase: true)) reached cell (\(i % screen.cols), \(i / screen.cols))")
            }
        }
    }
}
