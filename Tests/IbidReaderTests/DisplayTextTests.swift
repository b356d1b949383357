import Testing
import IbidDocument
import IbidDump
import IbidTestSupport
@testable import IbidReader

/// The display-text boundary: what is measured is what is drawn, in the cells a terminal draws.
@Suite("Display text")
struct DisplayTextTests {
    /// Raw text, the prepared text, and its cells' widths. The widths are glibc's `wcwidth` of each
    /// spacing code point; that tmux 3.3a advances the same was measured with `printf` in a pane
    /// and `#{cursor_x}`: `❤️` 1 column, `🇰🇿` 2, `👍🏽` 4, `e` + U+0301 1, and a ZWJ family 2
    /// (tmux joins it, ncurses does not: so the ZWJ is dropped and the family is three 2-column cells).
    @Test(arguments: [
        ("\u{2764}\u{FE0F}", "\u{2764}", [1]),                                  // ❤️ → ❤
        ("\u{231A}\u{FE0E}", "\u{231A}", [2]),                                  // text selector dropped, glibc's 2 stays
        ("\u{1F1F0}\u{1F1FF}", "\u{1F1F0}\u{1F1FF}", [1, 1]),                   // 🇰🇿: two regional indicators
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{1F468}\u{1F469}\u{1F467}", [2, 2, 2]),
        ("\u{1F44D}\u{1F3FD}", "\u{1F44D}\u{1F3FD}", [2, 2]),                   // skin tone: its own wide cell
        ("e\u{301}", "e\u{301}", [1]),
        ("\u{438}\u{301}", "\u{438}\u{301}", [1]),                              // Cyrillic и with acute
        ("\u{301}x", "\u{25CC}\u{301}x", [1, 1]),                               // a mark with no base gets ◌
        ("a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}", "a\u{300}\u{301}\u{302}\u{303}", [1]),  // at most 4 marks
        ("中文", "中文", [2, 2]),
        ("x\u{200B}y\u{2060}z\u{FEFF}", "xyz", [1, 1, 1]),                      // zero-width format characters
        ("\u{1B}[2J", "^[[2J", [1, 1, 1, 1, 1]),
        ("\u{202E}", "<U+202E>", [1, 1, 1, 1, 1, 1, 1, 1]),
        ("a\u{1B}\u{301}", "a^[\u{301}", [1, 1, 1]),                            // the mark now sits on `[`
    ] as [(String, String, [Int])])
    func preparedCells(raw: String, prepared: String, widths: [Int]) {
        let shown = DisplayText(raw)
        #expect(Array(shown.text.unicodeScalars) == Array(prepared.unicodeScalars))
        #expect(shown.cells.map(\.width) == widths)
        #expect(shown.width == widths.reduce(0, +))
        #expect(DisplayText(shown.text) == shown, "preparing twice changes nothing")
        #expect(CharWidth.width(raw) == shown.width)
        #expect(shown.cells.allSatisfy { $0.glyph.unicodeScalars.count <= 1 + TerminalCell.maxMarks })
    }

    /// `Screen.put` draws the cells measured: columns used equal the measured width, and the row
    /// reads back as the prepared text.
    @Test(arguments: ["a\u{1B}b\u{1B}[2Jc", "\u{301}e\u{301}🇰🇿\u{2764}\u{FE0F}中", "👨‍👩‍👧 end", "\u{9B}\u{202E}x"])
    func drawingMatchesMeasuring(raw: String) {
        var screen = Screen(cols: 40, rows: 1)
        let end = screen.put(raw, x: 0, y: 0)
        #expect(end == CharWidth.width(raw))
        #expect(screen.lines()[0].hasPrefix(DisplayText(raw).text))
    }

    static func word(_ n: Int) -> String { (n < 10 ? "w0" : "w") + String(n) }

    /// A chapter whose paragraph has ESCs before a marker and on every word.
    static func library(_ paragraph: String) -> Library {
        let content = "<p>\(paragraph)</p><p>[1] The note.</p>"
        let dump = PrintRWriter.write(.array([(key: "0", value: .post([("ID", "9"), ("post_content", content), ("post_title", "Escapes")]))]),
                                      layout: .collapsed)
        return Library(dump: try! DumpLoader.load(DumpBytes(dump), path: "escapes.txt"))
    }

    /// Measured raw, an ESC was 0 columns but drawn as `^[` (2): the selected marker's highlight
    /// fell on the text before it, and each line's end was clipped.
    @Test func escapesShiftNeitherTheMarkerHighlightNorTheLineEnd() throws {
        let words = (1...60).map { Self.word($0) + "\u{1B}" }
        let library = Self.library("a\u{1B}\u{1B}\u{1B} b[1] " + words.joined(separator: " "))
        let (state, screen) = try ReaderFixtures.run("]", size: (80, 40), open: 9, library: library)
        let lines = try #require(state.lines)
        let marker = try #require(lines.markers.first)
        let reader = try #require(state.layout.reader)
        let x = Layout.textColumn(of: reader).x + marker.column
        let y = reader.y + 1 + marker.line - state.top
        let column = Layout.textColumn(of: reader)
        let highlighted = (column.x..<(column.x + column.width)).filter { screen[$0, y].style.reverse && screen[$0, y].style.bold }
        #expect(highlighted == Array(x..<(x + 3)))
        #expect(highlighted.map { screen[$0, y].glyph }.joined() == "[1]")
        let text = screen.lines().joined(separator: "\n")
        for n in 1...60 { #expect(text.contains(Self.word(n) + "^["), "word \(n) is not clipped") }
        // Every drawn line of the reader fits its column: nothing was measured short.
        for line in lines.lines { #expect(line.width <= column.width) }
    }

    /// The mouse finds a marker where it is drawn, after ESCs on the line.
    @Test func clickHitsTheMarkerWhereItIsDrawn() throws {
        let library = Self.library("a\u{1B}\u{1B}\u{1B} b[1] tail")
        var (state, screen) = try ReaderFixtures.run("", size: (80, 40), open: 9, library: library)
        let row = try #require(screen.lines().firstIndex { $0.contains("b[1]") })
        let column = try #require(screen.lines()[row].range(of: "[1]")).lowerBound
        let x = screen.lines()[row].distance(from: screen.lines()[row].startIndex, to: column)
        state.handle(.mouse(MouseEvent(kind: .click, x: x + 1, y: row)))
        #expect(state.selectedMarker == 0)
        screen = Renderer.render(state)
        #expect(screen[x, row].style.reverse)
    }

    /// `x[1] y[2] ` 40,000 times and `[1] x [50] ` 80,000 times: one paragraph of 80,000 and
    /// 160,000 markers laid out; placing them searched the paragraph's markers per span (quadratic).
    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func layoutIsLinearInAParagraphsMarkers(leading: Bool) {
        var inlines: [Inline] = []
        let count = leading ? 80_000 : 40_000
        for i in 0..<count {
            if leading {
                inlines.append(.citation(Citation(number: 1, scope: .chapter)))
                inlines.append(.text(" x "))
                inlines.append(.citation(Citation(number: 50, scope: .chapter)))
                inlines.append(.text(" "))
            } else {
                inlines.append(.text("x"))
                inlines.append(.citation(Citation(number: 2 * i + 1, scope: .chapter)))
                inlines.append(.text(" y"))
                inlines.append(.citation(Citation(number: 2 * i + 2, scope: .chapter)))
                inlines.append(.text(" "))
            }
        }
        let content = ChapterContent(sections: [Section(blocks: [.paragraph(inlines)])], notes: [], findings: [])
        let laid = ChapterLines(content: content, width: 80)
        #expect(laid.markers.count == 2 * count)
        #expect(laid.markers.last?.citation.number == (leading ? 50 : 2 * count))
        // Markers are in reading order and each lies on its line where it was drawn.
        let last = laid.markers[laid.markers.count - 1]
        let spans = laid.lines[last.line].spans
        var column = 0
        for span in spans where span.marker != laid.markers.count - 1 { column += span.width }
        #expect(spans.last?.marker == laid.markers.count - 1)
        #expect(last.column == column)
    }
}
