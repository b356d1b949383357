import Testing
@testable import IbidDocument

/// Hostile HTML for the issue 12 constructs: deep nesting, unclosed tables and shortcodes, spans and
/// rows wider than any screen. Each runs under a one-minute hang guard at a size (10⁵ elements) a
/// quadratic step could not finish in it, and its output is checked to be what the rules say.
@Suite("Hostile HTML content")
struct HTMLHostileContentTests {
    static let n = 100_000

    @Test(.timeLimit(.minutes(1))) func deeplyNestedBlockquotes() {
        let html = String(repeating: "<blockquote>", count: Self.n) + "<p>Deep words.</p>" + String(repeating: "</blockquote>", count: Self.n / 2)
        let content = ChapterRecovery.recover(content: html)
        #expect(content.sections.flatMap(\.blocks) == [.quote([.text("Deep words.")])])
    }

    @Test(.timeLimit(.minutes(1))) func deeplyNestedTables() {
        // Every table inside the first's one cell: one table, one cell, the innermost text in it.
        let html = String(repeating: "<table><tr><td>", count: Self.n) + "inside" + String(repeating: "</td></tr></table>", count: Self.n)
            + "<p>after</p>"
        let blocks = ChapterRecovery.recover(content: html).sections.flatMap(\.blocks)
        #expect(blocks == [.table(Table(rows: [[[.text("inside")]]], hasHeader: false)), .paragraph([.text("after")])])
        // Unclosed: the same, ended by the end of the content.
        let open = ChapterRecovery.recover(content: String(repeating: "<table><tr><td>x", count: Self.n)).sections.flatMap(\.blocks)
        guard case .table(let t) = open.first else { Issue.record("no table"); return }
        #expect(open.count == 1 && t.rows.count == 1 && t.columnCount == 1)
        #expect(t.rows[0][0].plainText.split(separator: " ").count == Self.n)
    }

    @Test(.timeLimit(.minutes(1))) func hugeSpansAndRows() {
        // A million-column span in every cell, and a row of 10⁵ cells: the column limit holds and no text is lost.
        let spans = "<table><tr>" + String(repeating: "<td colspan=\"999999999999\">s</td>", count: 10_000) + "</tr><tr><td>a</td></tr></table>"
        let blocks = ChapterRecovery.recover(content: spans).sections.flatMap(\.blocks)
        guard case .table(let t) = blocks.first else { Issue.record("no table"); return }
        #expect(t.columnCount == Table.maxColumns)
        #expect(t.rows.map { $0.count } == [Table.maxColumns, Table.maxColumns])
        #expect(t.rows[0].map(\.plainText).joined(separator: " ").split(separator: " ").count == 10_000)
        let wide = "<table><tr>" + (0..<Self.n).map { "<td>c\($0)</td>" }.joined() + "</tr></table>"
        guard case .table(let w) = ChapterRecovery.recover(content: wide).sections.flatMap(\.blocks).first else { Issue.record("no table"); return }
        #expect(w.columnCount == Table.maxColumns)
        #expect(w.rows[0].first?.plainText == "c0")
        let last = w.rows[0].last?.plainText.split(separator: " ") ?? []
        #expect(last.count == Self.n - Table.maxColumns + 1)
        #expect(last.last == "c\(Self.n - 1)")
    }

    @Test(.timeLimit(.minutes(1))) func unclosedShortcodesAndBrackets() {
        // Brackets that never close, shortcodes that never close: read past, text kept.
        for opener in ["[vc_row ", "[caption id=\"1\"]", "[embed]", "[", "[et_pb_section ", "[contact-form-7 a=\"", "[/"] {
            let html = "<p>" + String(repeating: opener + "word ", count: Self.n / 10) + "</p><p>tail</p>"
            let blocks = ChapterRecovery.recover(content: html).sections.flatMap(\.blocks)
            #expect(blocks.last == .paragraph([.text("tail")]), "\(opener)")
            #expect(blocks.count == 2, "\(opener): \(blocks.count) blocks")
            #expect(blocks.first?.plainText.components(separatedBy: "word").count == Self.n / 10 + 1, "\(opener)")
        }
        // Many openers before one `]`: only the last is a shortcode (none holds a `[`), found in one pass.
        let many = "<p>" + String(repeating: "[vc_row a ", count: Self.n) + "]</p>"
        let text = ChapterRecovery.recover(content: many).sections.flatMap(\.blocks).map(\.plainText)
        #expect(text.count == 1 && text[0].components(separatedBy: "[vc_row a").count == Self.n)
        // A closed embed drops only its own content.
        let embeds = String(repeating: "[embed]https://v.example/x[/embed]<p>kept</p>", count: Self.n / 10)
        #expect(ChapterRecovery.recover(content: embeds).sections.flatMap(\.blocks).count == Self.n / 10)
    }

    @Test(.timeLimit(.minutes(1))) func unclosedTagsAndManyLinks() {
        // A note of 10⁵ links: every target once, in order.
        let links = (0..<Self.n).map { "<a href=\"https://example.org/\($0)?a=1&amp;b=2\">t</a>" }.joined(separator: ", ")
        let html = "<p>Claim.<a href=\"#_ftn1\" name=\"_ftnref1\">[1]</a></p><div id=\"ftn1\"><p><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> " + links + "</p></div>"
        let note = ChapterRecovery.recover(content: html).note(1)
        #expect(note?.urls.count == Self.n)
        #expect(note?.urls.first == "https://example.org/0?a=1&b=2")
        #expect(note?.urls.last == "https://example.org/\(Self.n - 1)?a=1&b=2")
        // Images and links never closed, an attribute cut off.
        let cut = String(repeating: "<p><a href=\"https://x.example/\"><img alt=\"pic\"><table><tr><td>", count: Self.n / 10) + "<img alt=\"end"
        let blocks = ChapterRecovery.recover(content: cut).sections.flatMap(\.blocks)
        #expect(blocks.count == 2, "one image, then one table holding the rest")
        #expect(blocks.first == .image(alt: "pic"))
    }
}
