import IbidDocument
import IbidDump
import IbidTestSupport
import Testing
@testable import IbidReader

/// Issue 12's HTML constructs on whole screens: nested headings in the contents overlay, a table
/// laid out in the reader (display-cell widths, wrapping, markers in cells), an image placeholder.
@Suite("HTML content on screen")
struct HTMLContentScreenTests {
    typealias F = ReaderFixtures

    static let post = """
        <p>Opening words.</p>
        <!-- wp:heading --><h2 class="wp-block-heading">Context</h2><!-- /wp:heading -->
        <p>Context text.</p>
        <!-- wp:heading {"level":3} --><h3 class="wp-block-heading">Law</h3><!-- /wp:heading -->
        <p>Law text.</p>
        <!-- wp:heading {"level":4} --><h4 class="wp-block-heading">Article 19</h4><!-- /wp:heading -->
        <p>Article text.</p>
        <h3>Practice</h3>
        <p>Practice text.</p>
        <h2>Figures</h2>
        <figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Cases</th><th>Source</th></tr></thead>
        <tbody><tr><td>2019</td><td>12</td><td>Ministry of Internal Affairs annual statistics, as published in the official gazette<a href="#_ftn1" name="_ftnref1">[1]</a></td></tr>
        <tr><td colspan="2">Not reported</td><td>NGO watch</td></tr>
        <tr><td>中文字</td><td>7</td><td>Бишкек</td></tr></tbody></table></figure>
        <figure><img src="a.jpg" alt="A map of Central Asia"><figcaption>Map: OSM</figcaption></figure>
        <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Ministry statistics, <a href="https://example.org/s?a=1&amp;b=2">online</a>.</p></div>
        """

    static let library: Library = {
        let dump = PrintRWriter.write(.array([(key: "0", value: .post([("ID", "7100"), ("post_content", post), ("post_title", "Nested")]))]), layout: .raw)
        let library = Library(dump: try! DumpLoader.load(DumpBytes(dump), path: "nested.txt"))
        library.warmUp()
        return library
    }()

    /// The contents box's inner rows: between its `│` borders, trailing spaces dropped.
    static func contentsRows(_ screen: Screen) -> [String] {
        let rows = F.rows(screen)
        guard let top = rows.firstIndex(where: { $0.contains("┌─ Contents") }),
              let bottom = rows[top...].firstIndex(where: { $0.contains("└──") }) else { return [] }
        return rows[(top + 1)..<bottom].map { row in
            let chars = Array(row)
            let left = chars.firstIndex(of: "│") ?? 0
            let right = chars.lastIndex(of: "│") ?? chars.count
            return String(String(chars[(left + 1)..<right]).reversed().drop { $0 == " " }.reversed())
        }
    }

    @Test func contentsIndentsSubsections() throws {
        let (state, screen) = try F.run("t", size: (100, 30), open: 7100, library: Self.library)
        guard case .contents = state.overlay else { Issue.record("no contents overlay"); return }
        // h2 at the margin, h3 two columns in, h4 four: from the heading levels in the post.
        #expect(Self.contentsRows(screen) == [" (opening)", " Context", "   Law", "     Article 19", "   Practice", " Figures"])
        // The whole screen, read by eye: the box over the chapter, the subsections set in.
        GoldenScreenTests.expectScreen(screen, #"""
 Nested                                                          90% │ Notes            1 on screen |
 Opening words.                                                      │ [1] Ministry statistics,     |
                                                                     │     online.                  |
 Context                                                             │                              |
                                                                     │                              |
 Context text.                                                       │                              |
                                                                     │                              |
 Law                                                                 │                              |
                                                                     │                              |
 Law text.                                                           │                              |
                                                                     │                              |
 Article 19                   ┌─ Contents — Enter jumps, j k move,… ─┐                              |
                              │ (opening)                            │                              |
 Article text.                │ Context                              │                              |
                              │   Law                                │                              |
 Practice                     │     Article 19                       │                              |
                              │   Practice                           │                              |
 Practice text.               │ Figures                              │                              |
                              └──────────────────────────────────────┘                              |
 Figures                                                             │                              |
                                                                     │                              |
 Year         │ Cases │ Source                                       │                              |
 ─────────────┼───────┼───────────────────────────────────────────── │                              |
 2019         │ 12    │ Ministry of Internal Affairs annual          │                              |
              │       │ statistics, as published in the official     │                              |
              │       │ gazette[1]                                   │                              |
 Not reported │       │ NGO watch                                    │                              |
 中文字       │ 7     │ Бишкек                                       │                              |
                                                                     │                              |
 7100 · (opening) · 90%                                                                      ? help |
"""#)
        // The cursor moves over the indented rows as over any: the fourth row is the h4.
        let (moved, _) = try F.run("t<Down><Down><Down>", size: (100, 30), open: 7100, library: Self.library)
        #expect(moved.overlay == .contents(cursor: 3))
        #expect(moved.sectionTitle(3) == "Article 19")
    }

    @Test func textChaptersContentsAreNotIndented() throws {
        // The sample's headings are all level 2: only boxes are set in, as before issue 12.
        let (_, screen) = try F.run("t", size: (120, 60), open: 6003)
        let rows = Self.contentsRows(screen)
        #expect(rows.count > 5)
        for row in rows { #expect(!row.hasPrefix("  ") || row.hasPrefix("   ▪ "), "\(row)") }
    }

    @Test func tableOnTheWholeScreen() throws {
        let (_, screen) = try F.run("G", size: (100, 30), open: 7100, library: Self.library)
        GoldenScreenTests.expectScreen(screen, #"""
 Nested                                                         100% │ Notes            1 on screen |
                                                                     │ [1] Ministry statistics,     |
 Context text.                                                       │     online.                  |
                                                                     │                              |
 Law                                                                 │                              |
                                                                     │                              |
 Law text.                                                           │                              |
                                                                     │                              |
 Article 19                                                          │                              |
                                                                     │                              |
 Article text.                                                       │                              |
                                                                     │                              |
 Practice                                                            │                              |
                                                                     │                              |
 Practice text.                                                      │                              |
                                                                     │                              |
 Figures                                                             │                              |
                                                                     │                              |
 Year         │ Cases │ Source                                       │                              |
 ─────────────┼───────┼───────────────────────────────────────────── │                              |
 2019         │ 12    │ Ministry of Internal Affairs annual          │                              |
              │       │ statistics, as published in the official     │                              |
              │       │ gazette[1]                                   │                              |
 Not reported │       │ NGO watch                                    │                              |
 中文字       │ 7     │ Бишкек                                       │                              |
                                                                     │                              |
 [image: A map of Central Asia]                                      │                              |
                                                                     │                              |
 Map: OSM                                                            │                              |
 7100 · §1/5 Context · 100%                                                                  ? help |
"""#)
    }

    @Test func aMarkerInACellIsAMarker() throws {
        let (state, screen) = try F.run("G", size: (100, 30), open: 7100, library: Self.library)
        let rows = F.rows(screen)
        let y = try #require(rows.firstIndex { $0.contains("gazette[1]") })
        let x = try #require(Array(rows[y]).indices.first { i in rows[y].dropFirst(i).hasPrefix("[1]") })
        #expect(screen[x, y].style.role == .marker)
        // The layout's marker for the cell is where the screen draws it.
        let lines = try #require(state.lines)
        let ref = try #require(lines.markers.first { $0.citation.number == 1 && lines.lines[$0.line].plainText.contains("gazette") })
        let reader = try #require(state.layout.reader)
        #expect(lines.lines[ref.line].plainText.dropFirst(0).contains("[1]"))
        #expect(ref.anchor.block == 0)
        #expect(x - reader.x - 1 == ref.column || x - reader.x == ref.column, "marker column \(ref.column), screen column \(x - reader.x)")
    }
}

@Suite("Tables laid out in text")
struct TableLinesTests {
    static func table(_ rows: [[String]], header: Bool = false) -> ChapterContent {
        let t = Table(rows: rows.map { $0.map { [Inline.text($0)] } }, hasHeader: header)
        return ChapterContent(sections: [Section(blocks: [.table(t)])], notes: [], findings: [])
    }

    /// Where each `│` separator falls in a line, in display cells.
    static func separatorColumns(_ line: DisplayLine) -> [Int] {
        var out: [Int] = []
        var column = 0
        for span in line.spans {
            if span.text == " │ " { out.append(column + 1) }
            column += span.width
        }
        return out
    }

    @Test func columnsAlignInDisplayCells() {
        let lines = ChapterLines(content: Self.table([["中文字", "x"], ["ab", "Бишкек"], ["😀😀", "y"]]), width: 40).lines
        #expect(lines.map(\.plainText) == ["中文字 │ x", "ab     │ Бишкек", "😀😀   │ y"])
        #expect(Set(lines.map(Self.separatorColumns)) == [[7]])
    }

    @Test func wideTablesShareTheWidthAndWrap() {
        let long = String(repeating: "word ", count: 40)
        let lines = ChapterLines(content: Self.table([["Year", long, long], ["2020", "short", long]], header: true), width: 60).lines
        // Every line within the width, the separators in the same two places on every row line.
        #expect(lines.allSatisfy { $0.width <= 60 })
        let separators = Set(lines.filter { !$0.plainText.contains("┼") }.map(Self.separatorColumns))
        #expect(separators.count == 1)
        // The narrow column keeps its width (4), the two long ones share the rest: 60 − 4 − 2×3 = 50.
        #expect(separators.first == [5, 8 + 25])
        #expect(lines.filter { $0.plainText.contains("┼") }.map(\.plainText) == ["─────┼─" + String(repeating: "─", count: 25) + "─┼─" + String(repeating: "─", count: 25)])
        let words = lines.flatMap { $0.plainText.split(whereSeparator: { $0 == " " || $0 == "│" || $0 == "─" || $0 == "┼" }) }
        #expect(words.filter { $0 == "word" }.count == 120)
    }

    @Test func tooNarrowForColumnsStacksTheCells() {
        let lines = ChapterLines(content: Self.table([["a", "b", "c"], ["d", "e", "f"]]), width: 10).lines
        #expect(lines.map(\.plainText) == ["a", "b", "c", "──────────", "d", "e", "f"])
    }

    @Test(.timeLimit(.minutes(1))) func hostileTablesStayBounded() {
        // 20 rows of 32 cells of 200 characters (128,000), at widths from stacked to wide: every line fits.
        let cell = String(repeating: "x", count: 200)
        let rows = (0..<20).map { _ in [String](repeating: cell, count: Table.maxColumns) }
        for width in [8, 80, 400] {
            let lines = ChapterLines(content: Self.table(rows), width: width).lines
            #expect(lines.allSatisfy { $0.width <= width }, "width \(width)")
            let cells = lines.reduce(0) { $0 + $1.plainText.filter { $0 == "x" }.count }
            #expect(cells == 20 * Table.maxColumns * 200, "width \(width): no text lost")
        }
    }
}
