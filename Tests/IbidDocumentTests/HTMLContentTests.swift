import Foundation
import IbidDump
import IbidTestSupport
import Testing
@testable import IbidDocument

/// HTML content read fully (issue 12): heading levels, note links' targets, shortcodes, images,
/// tables, quotes, and the language of an HTML post. Fixtures are hand-written in the shapes
/// WordPress emits (Gutenberg block comments, classic-editor shortcodes, page builders).
@Suite("HTML content read fully")
struct HTMLContentTests {
    static func recover(_ html: String) -> ChapterContent { ChapterRecovery.recover(content: html) }

    static func library(_ posts: [(id: Int, title: String, content: String)]) throws -> Library {
        let entries = posts.enumerated().map { i, p in
            (key: "\(i)", value: PrintRValue.post([("ID", "\(p.id)"), ("post_date", "2024-05-0\(i + 1)10:00:00"), ("post_content", p.content),
                                                   ("post_title", p.title), ("post_name", "post-\(p.id)"), ("guid", "https://example.org/?p=\(p.id)")]))
        }
        return Library(dump: try DumpLoader.load(DumpBytes(PrintRWriter.write(.array(entries), layout: .raw)), path: "posts.txt"))
    }

    // MARK: Heading levels

    static let nested = """
        <!-- wp:paragraph --><p>Opening words.</p><!-- /wp:paragraph -->
        <!-- wp:heading --><h2 class="wp-block-heading" id="context">Context</h2><!-- /wp:heading -->
        <!-- wp:paragraph --><p>Context text.</p><!-- /wp:paragraph -->
        <!-- wp:heading {"level":3} --><h3 class="wp-block-heading">Law</h3><!-- /wp:heading -->
        <!-- wp:paragraph --><p>Law text.</p><!-- /wp:paragraph -->
        <!-- wp:heading {"level":4} --><h4 class="wp-block-heading">Article 19</h4><!-- /wp:heading -->
        <!-- wp:paragraph --><p>Article text.</p><!-- /wp:paragraph -->
        <!-- wp:heading {"level":3} --><h3 class="wp-block-heading">Practice</h3><!-- /wp:heading -->
        <h5>Detail</h5><h6>Finer detail</h6>
        <!-- wp:heading --><h2 class="wp-block-heading">Recommendations</h2><!-- /wp:heading -->
        <p>Do better.</p>
        """

    @Test func headingLevelsAreKept() {
        let content = Self.recover(Self.nested)
        #expect(content.sections.map(\.heading) == [nil, "Context", "Law", "Article 19", "Practice", "Detail", "Finer detail", "Recommendations"])
        #expect(content.sections.dropFirst().map(\.level) == [2, 3, 4, 3, 5, 6, 2])
        // A heading inside a list or quote still has its own level; text headings are level 2.
        #expect(Self.recover("<blockquote><h4>Quoted heading</h4><p>x</p></blockquote>").sections.first?.level == 4)
        let text = ChapterRecovery.recover(content: HTMLEquivalenceTests.text)
        #expect(text.sections.map(\.level) == [2, 2])
    }

    @Test func theSamplesHeadingsAreAllLevelTwo() throws {
        let library = try Library.load(path: TestPaths.sample)
        var headed = 0
        for chapter in library.chapters {
            for section in library.content(of: chapter).sections where section.heading != nil {
                #expect(section.level == 2)
                headed += 1
            }
        }
        #expect(headed > 50)
    }

    @Test func jsonCarriesLevelsAndMarkdownNestsHeadings() throws {
        let library = try Self.library([(7001, "Nested", Self.nested)])
        let json = JSONExport.string(library, pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let reports = try #require(object["reports"] as? [[String: Any]])
        let chapter = try #require((reports.first?["chapters"] as? [[String: Any]])?.first)
        let sections = try #require(chapter["sections"] as? [[String: Any]])
        #expect(sections.map { $0["heading"] as? String ?? "-" } == ["-", "Context", "Law", "Article 19", "Practice", "Detail", "Finer detail", "Recommendations"])
        #expect(sections.map { ($0["level"] as? Int) ?? 0 } == [0, 2, 3, 4, 3, 5, 6, 2])
        #expect(sections[0]["level"] is NSNull, "no heading, no level: null, as the schema says")
        let md = MarkdownExport.string(library)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == ["# Nested", "## Nested", "### Context", "#### Law", "##### Article 19", "#### Practice", "###### Detail",
                             "###### Finer detail", "### Recommendations"])
    }

    // MARK: Note links

    @Test func aNotesLinkTargetsAreItsURLs() {
        let html = """
            <p>Claim.<a href="#_ftn1" name="_ftnref1">[1]</a> Other.<a href="#_ftn2" name="_ftnref2">[2]</a> Third.<a href="#_ftn3" name="_ftnref3">[3]</a></p>
            <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Jane Roe, <a href="https://example.org/report?id=7&amp;lang=en">A Country Study</a>, 2020; see also https://example.org/annex.</p></div>
            <div id="ftn2"><p><a href="#_ftnref2" name="_ftn2">[2]</a> <a href="https://example.org/a/very/long/path/to/the/document.pdf?x=1&#038;y=2">https://example.org/a/very/long/…</a></p></div>
            <div id="ftn3"><p><a href="#_ftnref3" name="_ftn3">[3]</a> Interview, <a href="#section-2">see above</a>, <a href="mailto:a@example.org">by email</a>, <a href="https://example.org/annex">the annex</a>.</p></div>
            """
        let content = Self.recover(html)
        #expect(content.findings.isEmpty)
        // The link's target, `&amp;` decoded, before the URL written after it.
        #expect(content.note(1)?.urls == ["https://example.org/report?id=7&lang=en", "https://example.org/annex"])
        #expect(content.note(1)?.plainText == "Jane Roe, A Country Study, 2020; see also https://example.org/annex.")
        // A shortened URL shown as the link's text is replaced by the whole target.
        #expect(content.note(2)?.urls == ["https://example.org/a/very/long/path/to/the/document.pdf?x=1&y=2"])
        #expect(content.note(2)?.plainText == "https://example.org/a/very/long/path/to/the/document.pdf?x=1&y=2")
        // Fragments and mail links are no URLs to open.
        #expect(content.note(3)?.urls == ["https://example.org/annex"])
        #expect(content.note(3)?.plainText == "Interview, see above, by email, the annex.")
    }

    @Test func wordPressFootnoteBlockLinks() throws {
        let html = """
            <p>Claim.<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup></p>
            <ol class="wp-block-footnotes"><li id="a1">Report, <a href="https://example.org/r?a=1&amp;b=2" target="_blank" rel="noreferrer noopener">online</a>. <a href="#a1-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>
            """
        let content = Self.recover(html)
        #expect(content.note(1)?.plainText == "Report, online.")
        #expect(content.note(1)?.urls == ["https://example.org/r?a=1&b=2"])
        // Markdown keeps the target the text does not show.
        let md = MarkdownExport.chapterText(try #require(try Self.library([(11, "L", html)]).chapters.first), content: content)
        #expect(md.contains("[^c11-1]: Report, online. <https://example.org/r?a=1&b=2>\n"))
    }

    @Test func markdownRenderedNotesKeepTheirLinks() {
        let html = """
            <p>Claim.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
            <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>
            <li id="fn1"><p>See <a href="https://example.org/a">the study</a> and https://example.org/b.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            </ol></section>
            """
        let note = Self.recover(html).note(1)
        #expect(note?.plainText == "See the study and https://example.org/b.")
        #expect(note?.urls == ["https://example.org/a", "https://example.org/b"])
    }

    // MARK: Shortcodes

    @Test func shortcodesAreRemoved() {
        let html = """
            [vc_row full_width="stretch_row"][vc_column width="2/3"][vc_column_text css=".vc_custom_1{margin:0}"]
            <p>Page builder text.</p>
            [/vc_column_text][/vc_column][/vc_row]
            [gallery ids="101,102,103" columns="3"]
            <p>An embedded video:</p>
            [embed width="640"]https://www.youtube.com/watch?v=abc[/embed]
            <p>The minister said it was "fine [sic]" and "[the law] works" [emphasis added].[1]</p>
            [contact-form-7 id="5" title="Contact"]
            [et_pb_section][et_pb_text]<p>Divi text.</p>[/et_pb_text][/et_pb_section]
            <p>[1] A note.</p>
            """
        let content = Self.recover(html)
        #expect(content.sections.flatMap(\.blocks).map(\.plainText) == [
            "Page builder text.", "An embedded video:", "The minister said it was \"fine [sic]\" and \"[the law] works\" [emphasis added].[1]", "Divi text.",
        ])
        #expect(content.notes.map(\.plainText) == ["A note."])
        #expect(content.findings.isEmpty)
    }

    @Test func captionTextIsACredit() {
        let html = """
            <p>Before.</p>
            [caption id="attachment_5" align="aligncenter" width="800"]<img class="size-large wp-image-5" src="https://example.org/p.jpg" alt="Protesters in Bishkek" width="800" height="533" /> Protesters gather in Bishkek. Photo: A. Author[/caption]
            [caption id="attachment_6" align="alignnone" width="300" caption="Old-style caption text"]<img src="q.jpg" alt="" />[/caption]
            <p>After.</p>
            [caption]An unclosed caption
            <p>Later text stays text.</p>
            """
        let blocks = Self.recover(html).sections.flatMap(\.blocks)
        #expect(blocks == [
            .paragraph([.text("Before.")]),
            .image(alt: "Protesters in Bishkek"),
            .credit("Protesters gather in Bishkek. Photo: A. Author"),
            .credit("Old-style caption text"),
            .paragraph([.text("After.")]),
            .paragraph([.text("An unclosed caption")]),
            .paragraph([.text("Later text stays text.")]),
        ])
    }

    // MARK: Images and quotes

    @Test func imagesBecomePlaceholdersWithTheirAltText() throws {
        let html = """
            <!-- wp:image {"id":12} -->
            <figure class="wp-block-image size-large"><img src="a.jpg" alt="A map of &quot;Central Asia&quot;" class="wp-image-12"/><figcaption class="wp-element-caption">Map: OpenStreetMap contributors</figcaption></figure>
            <!-- /wp:image -->
            <p>Decorative <img src="spacer.gif" alt=""> image, and a smile <img draggable="false" role="img" class="emoji" alt="🙂" src="s.svg"> inline.</p>
            <p><img src="x.jpg"></p>
            """
        let blocks = Self.recover(html).sections.flatMap(\.blocks)
        #expect(blocks == [
            .image(alt: "A map of \"Central Asia\""),
            .credit("Map: OpenStreetMap contributors"),
            .paragraph([.text("Decorative image, and a smile 🙂 inline.")]),
        ])
        // Markdown shows the placeholder as text (no URL is kept to link); JSON gives the alt text.
        let library = try Self.library([(12, "Img", html)])
        let md = MarkdownExport.string(library)
        #expect(md.contains("\n*\\[image: A map of \"Central Asia\"\\]*\n\n*Map: OpenStreetMap contributors*\n"))
        let json = JSONExport.string(library, pretty: false)
        #expect(json.contains(#"{"type":"image","text":"A map of \"Central Asia\"","items":null,"rows":null,"citations":[]}"#))
    }

    @Test func blockquotesStayQuotes() throws {
        let html = """
            <p>He wrote:</p>
            <!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>Freedom of the press is not optional.[1]</p><!-- /wp:paragraph --></blockquote><!-- /wp:quote -->
            <p>[1] A. Speaker, 2021.</p>
            """
        let content = Self.recover(html)
        #expect(content.sections.flatMap(\.blocks).map(\.typeName) == ["paragraph", "quote"])
        #expect(content.note(1)?.citedBy == [Anchor(section: 0, block: 1, inline: 1)])
        let md = MarkdownExport.chapterText(try #require(try Self.library([(9, "Q", html)]).chapters.first), content: content)
        #expect(md.contains("\n> Freedom of the press is not optional.[^c9-1]\n"))
    }

    // MARK: Tables

    static let table = """
        <!-- wp:table -->
        <figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Year</th><th>Cases</th><th>Source</th></tr></thead>
        <tbody><tr><td>2019</td><td>12</td><td>Ministry<a href="#_ftn1" name="_ftnref1">[1]</a></td></tr>
        <tr><td colspan="2">Not reported</td><td>NGO | watch</td></tr>
        <tr><td>2021</td></tr></tbody></table><figcaption class="wp-element-caption">Cases by year</figcaption></figure>
        <!-- /wp:table -->
        <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Ministry statistics.</p></div>
        """

    @Test func tablesKeepTheirCells() throws {
        let content = Self.recover(Self.table)
        let blocks = content.sections.flatMap(\.blocks)
        #expect(blocks.map(\.typeName) == ["table", "credit"])
        guard case .table(let t) = blocks.first else { Issue.record("no table"); return }
        #expect(t.hasHeader)
        #expect(t.rows.map { $0.map(\.plainText) } == [
            ["Year", "Cases", "Source"], ["2019", "12", "Ministry[1]"], ["Not reported", "", "NGO | watch"], ["2021", "", ""],
        ])
        // The citation in a cell is a citation: note 1 is cited from the table.
        #expect(content.note(1)?.citedBy.count == 1)
        #expect(content.findings.isEmpty)
    }

    @Test func tablesInMarkdownAndJSON() throws {
        let library = try Self.library([(7002, "Table", Self.table)])
        let md = MarkdownExport.string(library)
        #expect(md.contains("""
            | Year | Cases | Source |
            | --- | --- | --- |
            | 2019 | 12 | Ministry[^c7002-1] |
            | Not reported |   | NGO \\| watch |
            | 2021 |   |   |

            """))
        // A table without a header row gets an empty one, so no data row is promoted.
        let plain = MarkdownExport.pipeTable(Table(rows: [[[.text("a")], [.text("b")]], [[.text("c")], [.text("d")]]], hasHeader: false), prefix: "") { $0.plainText }
        #expect(plain == "|   |   |\n| --- | --- |\n| a | b |\n| c | d |\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONExport.string(library).utf8)) as? [String: Any])
        let chapter = try #require(((object["reports"] as? [[String: Any]])?.first?["chapters"] as? [[String: Any]])?.first)
        let block = try #require(((chapter["sections"] as? [[String: Any]])?.first?["blocks"] as? [[String: Any]])?.first)
        #expect(block["type"] as? String == "table")
        #expect(block["rows"] as? [[String]] == [["Year", "Cases", "Source"], ["2019", "12", "Ministry[1]"], ["Not reported", "", "NGO | watch"], ["2021", "", ""]])
        #expect(block["text"] is NSNull && block["items"] is NSNull)
        #expect(block["citations"] as? [Int] == [1])
    }

    @Test func tablesNestedAndMalformed() {
        // A table in a cell is that cell's text; cells before any row, and unclosed cells, still count.
        let html = "<table><td>a<td>b<table><tr><td>inner 1</td><td>inner 2</td></tr></table></td><tr><th>c<p>d</p></table><p>after</p>"
        let blocks = Self.recover(html).sections.flatMap(\.blocks)
        guard case .table(let t) = blocks.first else { Issue.record("no table: \(blocks)"); return }
        #expect(t.rows.map { $0.map(\.plainText) } == [["a", "b inner 1 inner 2"], ["c d", ""]])
        #expect(!t.hasHeader)
        #expect(blocks.dropFirst() == [.paragraph([.text("after")])])
        // An empty table is nothing.
        #expect(Self.recover("<table><tr><td> </td></tr></table><p>x</p>").sections.flatMap(\.blocks) == [.paragraph([.text("x")])])
    }

    // MARK: Language

    @Test func htmlPostsGetTheirLanguage() throws {
        // A Gutenberg post that opens with a wide image (its srcset alone is over 1 KB of Latin letters).
        let srcset = (1...12).map { "https://fpc.org.uk/wp-content/uploads/2021/05/bishkek-protest-\($0 * 100)x\($0 * 67).jpg \($0 * 100)w" }.joined(separator: ", ")
        let kyrgyz = """
            <!-- wp:image {"id":5850,"sizeSlug":"large","linkDestination":"none"} -->
            <figure class="wp-block-image size-large"><img src="https://fpc.org.uk/wp-content/uploads/2021/05/bishkek.jpg" alt="" class="wp-image-5850" srcset="\(srcset)" sizes="(max-width: 1024px) 100vw, 1024px" /></figure>
            <!-- /wp:image -->
            <!-- wp:paragraph --><p>Кыргызстанда адам укуктарына жасалган басымды изилдөө. Бул баяндама өлкөдөгү жарандык коомдун абалын карайт.</p><!-- /wp:paragraph -->
            """
        let english = "<!-- wp:paragraph --><p>The state of civil society in the country is the subject of this report.</p><!-- /wp:paragraph -->"
        let library = try Self.library([(8001, "", kyrgyz), (8002, "", english)])
        #expect(library.chapter(id: 8001)?.language == .kyrgyz)
        #expect(library.chapter(id: 8002)?.language == .english)
        // Tags, references and shortcodes are no text.
        let markup = Array("<p class=\"wp-block\">Текст&nbsp;[vc_row]бул</p>".utf8)
        #expect(String(decoding: markup.withUnsafeBytes { Language.markupText($0) }, as: UTF8.self) == " Текст  бул ")
    }
}
