import IbidTestSupport
import Testing
@testable import IbidDocument

private func cite(_ n: Int) -> Inline { .citation(Citation(number: n, scope: .chapter)) }
private func note(_ n: Int, _ text: String) -> RawChapter.RawNote { RawChapter.RawNote(number: n, text: text) }

@Suite("HTML reader")
struct HTMLReaderTests {
    // MARK: Blocks

    @Test func gutenbergBlocks() {
        let raw = HTMLReader.read("""
        <!-- wp:heading -->
        <h2 class="wp-block-heading" id="intro">Introduction</h2>
        <!-- /wp:heading -->

        <!-- wp:paragraph -->
        <p>The first   paragraph,
        over two lines.</p>
        <!-- /wp:paragraph -->

        <!-- wp:heading {"level":3} -->
        <h3 class="wp-block-heading">A <em>closer</em> look</h3>
        <!-- /wp:heading -->

        <!-- wp:list -->
        <ul class="wp-block-list"><!-- wp:list-item -->
        <li>First point</li>
        <!-- /wp:list-item -->

        <!-- wp:list-item -->
        <li>Second <strong>point</strong></li>
        <!-- /wp:list-item --></ul>
        <!-- /wp:list -->

        <ol><li>One</li><li>Two</li></ol>

        <!-- wp:quote -->
        <blockquote class="wp-block-quote"><!-- wp:paragraph -->
        <p>Quoted words.</p>
        <!-- /wp:paragraph --><cite>A. Speaker</cite></blockquote>
        <!-- /wp:quote -->

        <h1>One</h1><h4>Four</h4><h5>Five</h5><h6>Six</h6>
        """)
        #expect(raw.items == [
            .heading("Introduction"),
            .paragraph([.text("The first paragraph, over two lines.")]),
            .heading("A closer look", level: 3),
            .listItem([.text("First point")]),
            .listItem([.text("Second point")]),
            .listItem([.text("One")]),
            .listItem([.text("Two")]),
            .quote([.text("Quoted words.")]),
            .quote([.text("A. Speaker")]),
            .heading("One", level: 1), .heading("Four", level: 4), .heading("Five", level: 5), .heading("Six", level: 6),
        ])
        #expect(raw.notes.isEmpty)
    }

    @Test func nestedListsAndInnermostBlockWins() {
        let raw = HTMLReader.read("""
        <ul><li>Outer<ul><li>Inner one</li><li>Inner two</li></ul></li><li>Last</li></ul>
        <li>Stray item<li>Implicitly closed
        <blockquote><ul><li>Listed quote</li></ul>After list</blockquote>
        <ul><li><blockquote>Quote in item</blockquote></li></ul>
        <blockquote><h2>Heading in quote</h2></blockquote>
        """)
        #expect(raw.items == [
            .listItem([.text("Outer")]),
            .listItem([.text("Inner one")]),
            .listItem([.text("Inner two")]),
            .listItem([.text("Last")]),
            .listItem([.text("Stray item")]),
            .listItem([.text("Implicitly closed")]),
            .listItem([.text("Listed quote")]),
            .quote([.text("After list")]),
            .quote([.text("Quote in item")]),
            .heading("Heading in quote"),
        ])
    }

    /// `<br>` is a line break inside its block, and inline text folds it to one space.
    @Test func lineBreaksAreSpaces() {
        let raw = HTMLReader.read("<p>Line one<br>line two<br/>line three<BR />end</p><h2>Split<br>heading</h2><p>a</br>b</p>")
        #expect(raw.items == [
            .paragraph([.text("Line one line two line three end")]),
            .heading("Split heading"),
            .paragraph([.text("a b")]),
        ])
    }

    @Test func emptyParagraphsAreSkipped() {
        let raw = HTMLReader.read("<p>&nbsp;</p><p> </p><p></p><h2> </h2><ul><li>&#160;</li></ul><p>Kept</p>")
        #expect(raw.items == [.paragraph([.text("Kept")])])
    }

    @Test func classicEditorBlankLinesSplitParagraphs() {
        let raw = HTMLReader.read("First paragraph\nstill first.\n\nSecond with <em>markup</em>.\n \t\nThird.<p>Tagged</p>Tail")
        #expect(raw.items == [
            .paragraph([.text("First paragraph still first.")]),
            .paragraph([.text("Second with markup.")]),
            .paragraph([.text("Third.")]),
            .paragraph([.text("Tagged")]),
            .paragraph([.text("Tail")]),
        ])
        // Inside <p> a blank line is just whitespace.
        #expect(HTMLReader.read("<p>one\n\ntwo</p>").items == [.paragraph([.text("one two")])])
    }

    @Test func tablesAreTables() {
        let raw = HTMLReader.read("""
        <figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Cases</th></tr></thead>
        <tbody><tr><td>2020</td><td>14</td></tr><tr><td>2021</td><td>9</td></tr></tbody></table></figure>
        """)
        #expect(raw.items == [
            .table(Table(rows: [[[.text("Year")], [.text("Cases")]], [[.text("2020")], [.text("14")]], [[.text("2021")], [.text("9")]]], hasHeader: true)),
        ])
    }

    // MARK: Entities

    @Test func entitiesAreDecoded() {
        let raw = HTMLReader.read("""
        <h2>Rights &amp; Wrongs</h2>
        <p>&lt;tag&gt; &quot;q&quot; &apos;a&apos; it&rsquo;s &lsquo;s&rsquo; &ldquo;d&rdquo; &hellip; 1&ndash;2 a&mdash;b</p>
        <p>dec &#8217; hex &#x2019; &#X201C;up&#x201d; cp1252 &#146; &#150; &eacute;t&eacute; &copy; &euro;</p>
        <p>a&nbsp;&nbsp;b&#160;c &amp no-semicolon &#8217no-semicolon</p>
        <p>&unknown; &amp;amp; & alone &#; &#xZZ; &#0; &#99999999999;</p>
        """)
        #expect(raw.items == [
            .heading("Rights & Wrongs"),
            .paragraph([.text("<tag> \"q\" 'a' it’s ‘s’ “d” … 1–2 a—b")]),
            .paragraph([.text("dec ’ hex ’ “up” cp1252 ’ – été © €")]),
            .paragraph([.text("a b c & no-semicolon ’no-semicolon")]),
            .paragraph([.text("&unknown; &amp; & alone &#; &#xZZ; \u{FFFD} \u{FFFD}")]),
        ])
    }

    @Test func entityDecoderDirectly() {
        #expect(HTMLEntityDecoder.decode("&lt;&#60;&#x3C;&#x3c;") == "<<<<")
        #expect(HTMLEntityDecoder.decode("Fish &amp; Chips &amp") == "Fish & Chips &")
        // The standard's longest legacy prefix (Python's html.unescape agrees; see HTMLEntityTests).
        #expect(HTMLEntityDecoder.decode("&ampx; &notanentity; &") == "&x; \u{AC}anentity; &")
        #expect(HTMLEntityDecoder.decode("&#xD800;&#x110000;") == "\u{FFFD}\u{FFFD}")
        #expect(HTMLEntityDecoder.decode("&Eacute;&eacute;&Scaron;") == "ÉéŠ")
    }

    // MARK: Markup that is not content

    @Test func commentsScriptsStylesAndUnknownTags() {
        let raw = HTMLReader.read("""
        <!-- wp:image {"id":5,"sizeSlug":"large"} --><!--
        a comment over
        two lines with <p>markup</p> --><P CLASS=lead>Visible <CUSTOM-TAG data-x=1>custom</CUSTOM-TAG> <span style="color:red">span</span> <mark>text</mark></P>
        <script type="text/javascript">document.write("<p>not text</p>");</script>
        <style>p { color: red } </style><p>After <SCRIPT>var x = "</p>";</SCRIPT>script</p>
        <!DOCTYPE html><?xml version="1.0"?><![CDATA[ cdata ]]><p>End<!-- inline comment -->ing</p>
        """)
        #expect(raw.items == [
            .paragraph([.text("Visible custom span text")]),
            .paragraph([.text("After script")]),
            .paragraph([.text("Ending")]),
        ])
    }

    @Test func attributesInAnyQuoting() {
        let raw = HTMLReader.read("""
        <p id=a class='b c' data-x="y>z" title=unquoted>one</p><p data-a = "1" >two</p><p/>three
        """)
        #expect(raw.items == [.paragraph([.text("one")]), .paragraph([.text("two")]), .paragraph([.text("three")])])
    }

    // MARK: Word footnotes

    @Test func wordFootnotes() {
        let raw = HTMLReader.read("""
        <p>Plain anchor.<a href="#_ftn1" name="_ftnref1">[1]</a> Swapped order<a name="_ftnref2" href="#_ftn2">[2]</a>,
        in sup<sup><a href="#_ftn3" name="_ftnref3" title="">[3]</a></sup>, with id<a id="_ftnref4" href="#_ftn4">[4]</a>
        and span<a href=#_ftn5 name=_ftnref5><span class=MsoFootnoteReference><span style='font-size:10pt'>[5]</span></span></a>.</p>
        <p>Full URL<a href="https://fpc.org.uk/post/#_ftn6" name="_ftnref6">[6]</a> and endnote<a href="#_edn7" name="_ednref7">[7]</a></p>
        <hr align=left size=1 width="33%">
        <div id="ftn1"><p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1">[1]</a> First note, https://example.org/a</p></div>
        <div id=ftn2>
        <p><a name="_ftn2" href="#_ftnref2"><span>[2]</span></a> Second note,</p>
        <p>continued in a second paragraph.</p>
        </div>
        <p><a href="#_ftnref3" name="_ftn3" title="">[3]</a> Third &ndash; no div.</p>
        <p><a id="_ftn4" href="#_ftnref4">[4]</a> Fourth.<br><a href="#_ftnref5" name="_ftn5">[5]</a> Fifth, same paragraph.</p>
        <p><a href="https://fpc.org.uk/post/#_ftnref6" name="_ftn6">[6]</a> Sixth.</p>
        <p><a href="#_ednref7" name="_edn7">[7]</a> Seventh.</p>
        """)
        #expect(raw.items == [
            .paragraph([
                .text("Plain anchor."), cite(1), .text(" Swapped order"), cite(2), .text(", in sup"), cite(3),
                .text(", with id"), cite(4), .text(" and span"), cite(5), .text("."),
            ]),
            .paragraph([.text("Full URL"), cite(6), .text(" and endnote"), cite(7)]),
        ])
        #expect(raw.notes == [
            note(1, "First note, https://example.org/a"),
            note(2, "Second note, continued in a second paragraph."),
            note(3, "Third – no div."),
            note(4, "Fourth."),
            note(5, "Fifth, same paragraph."),
            note(6, "Sixth."),
            note(7, "Seventh."),
        ])
    }

    @Test func wordNoteEndsItsParagraph() {
        // A note without a container ends with its paragraph; what follows is body again.
        let raw = HTMLReader.read("""
        <p>Body.<a href="#_ftn1" name="_ftnref1">[1]</a></p>
        <p><a href="#_ftnref1" name="_ftn1">[1]</a> Note.</p>
        <p>Image by Jane Doe under (CC).</p>
        <div id="ftn2"><p>Container without anchor.</p></div>
        """)
        #expect(raw.items == [.paragraph([.text("Body."), cite(1)]), .credit("Image by Jane Doe under (CC).")])
        #expect(raw.notes == [note(1, "Note."), note(2, "Container without anchor.")])
    }

    @Test func otherEditorsFootnotes() {
        // Google Docs and LibreOffice exports.
        let raw = HTMLReader.read("""
        <p>Docs<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> and Writer<a class="sdfootnoteanc" name="sdfootnote2anc" href="#sdfootnote2sym"><sup>2</sup></a>.</p>
        <div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>&nbsp;Docs note.</p></div>
        <div id="sdfootnote2"><p><a class="sdfootnotesym" name="sdfootnote2sym" href="#sdfootnote2anc">2</a>Writer note.</p></div>
        """)
        #expect(raw.items == [.paragraph([.text("Docs"), cite(1), .text(" and Writer"), cite(2), .text(".")])])
        #expect(raw.notes == [note(1, "Docs note."), note(2, "Writer note.")])
    }

    @Test func anchorNumberFallsBackToItsId() {
        // Roman-numbered endnotes: the number comes from the href / name.
        let raw = HTMLReader.read("""
        <p>Text<a href="#_edn1" name="_ednref1">[i]</a>.</p>
        <p><a href="#_ednref1" name="_edn1">[i]</a> Roman note.</p>
        """)
        #expect(raw.items == [.paragraph([.text("Text"), cite(1), .text(".")])])
        #expect(raw.notes == [note(1, "Roman note.")])
    }

    // MARK: WordPress footnote blocks

    @Test func wordpressFootnoteBlocks() {
        let raw = HTMLReader.read("""
        <!-- wp:paragraph -->
        <p>First claim.<sup data-fn="a1b2-c3" class="fn"><a href="#a1b2-c3" id="a1b2-c3-link">1</a></sup> Second claim<sup class="fn" data-fn="d4e5"><a id="d4e5-link" href="#d4e5">2</a></sup>.</p>
        <!-- /wp:paragraph -->

        <!-- wp:footnotes /-->
        <ol class="wp-block-footnotes"><li id="a1b2-c3">First &amp; note, see https://example.org/x. <a href="#a1b2-c3-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="d4e5"><em>Second</em> note. <a aria-label="Jump to footnote reference 2" href="#d4e5-link">↩︎</a></li></ol>
        """)
        #expect(raw.items == [.paragraph([.text("First claim."), cite(1), .text(" Second claim"), cite(2), .text(".")])])
        #expect(raw.notes == [note(1, "First & note, see https://example.org/x."), note(2, "Second note.")])
    }

    @Test func wordpressNotesTakeTheBodyNumber() {
        // Cited out of list order: each note takes its citation's number; an uncited one its position.
        let raw = HTMLReader.read("""
        <p>A<sup data-fn="u2" class="fn"><a href="#u2" id="u2-link">1</a></sup> B<a href="#u1" id="u1-link">2</a></p>
        <ol class="wp-block-footnotes">
        <li id="u1">One. <a href="#u1-link">↩︎</a></li>
        <li id="u2">Two. <a href="#u2-link">↩︎</a></li>
        <li id="u3">Three, uncited ↩︎</li>
        </ol>
        <p>After the notes.</p>
        """)
        #expect(raw.items == [
            .paragraph([.text("A"), cite(1), .text(" B"), cite(2)]),
            .paragraph([.text("After the notes.")]),
        ])
        #expect(raw.notes == [note(2, "One."), note(1, "Two."), note(3, "Three, uncited")])
    }

    // MARK: Text-form markers, links, credits

    @Test func textMarkersAndLinksInsideHTML() {
        let raw = HTMLReader.read("""
        <p>Typed marker.[3] See <a href="https://example.org/page">https://example.org/page</a>, and www.example.com/x.</p>
        <ul><li>Item with marker[4]</li></ul>
        """)
        #expect(raw.items == [
            .paragraph([.text("Typed marker."), cite(3), .text(" See "), .link("https://example.org/page"), .text(", and "), .link("www.example.com/x"), .text(".")]),
            .listItem([.text("Item with marker"), cite(4)]),
        ])
    }

    @Test func creditsAndFigures() {
        let raw = HTMLReader.read("""
        <!-- wp:image -->
        <figure class="wp-block-image size-large"><img src="a.jpg" alt="Alt text is not content"/><figcaption>Image by Jussi Toivanen under (CC).</figcaption></figure>
        <!-- /wp:image -->
        <figure><img src="b.jpg"><figcaption>A caption that is no credit</figcaption></figure>
        <p>Photo: Jane Doe, Creative Commons</p>
        <p>Image by <a href="https://flickr.com/x">Dan Lundberg</a> under (CC).</p>
        <p>Images by themselves are no credit.</p>
        """)
        // Issue 12: an image is a placeholder with its alt text, and a figure's caption is its credit.
        #expect(raw.items == [
            .image(alt: "Alt text is not content"),
            .credit("Image by Jussi Toivanen under (CC)."),
            .credit("A caption that is no credit"),
            .credit("Photo: Jane Doe, Creative Commons"),
            .credit("Image by Dan Lundberg under (CC)."),
            .paragraph([.text("Images by themselves are no credit.")]),
        ])
    }

    // MARK: Malformed input

    @Test func malformedHTML() {
        #expect(HTMLReader.read("<p>unclosed <b>bold").items == [.paragraph([.text("unclosed bold")])])
        #expect(HTMLReader.read("<p>text <a href=").items == [.paragraph([.text("text")])])
        #expect(HTMLReader.read("<p>text <a href=\"#_ftn1").items == [.paragraph([.text("text")])])
        #expect(HTMLReader.read("<p>one<p>two<div>three</p>four").items == [
            .paragraph([.text("one")]), .paragraph([.text("two")]), .paragraph([.text("three")]), .paragraph([.text("four")]),
        ])
        #expect(HTMLReader.read("</span></div>text</b></li>more").items == [.paragraph([.text("text")]), .paragraph([.text("more")])])
        #expect(HTMLReader.read("<p>a < b and 3<4 <3 <<p>>").items == [.paragraph([.text("a < b and 3<4 <3 <")]), .paragraph([.text(">")])])
        #expect(HTMLReader.read("<p>before<!-- never closed <p>hidden</p>").items == [.paragraph([.text("before")])])
        #expect(HTMLReader.read("<p>x</ >y</3>z</p>").items == [.paragraph([.text("xyz")])])
        #expect(HTMLReader.read("<p>q<script>never closed").items == [.paragraph([.text("q")])])
        #expect(HTMLReader.read("<p>f<iframe src=x>fallback</p>").items == [.paragraph([.text("ffallback")])])
        #expect(HTMLReader.read("<").items == [.paragraph([.text("<")])])
        #expect(HTMLReader.read("").items.isEmpty)
        // An anchor that is never closed ends with its block.
        let raw = HTMLReader.read("<p>Cut<a href=\"#_ftn1\" name=\"_ftnref1\">[1]<p>Next</p><p><a href=\"#_ftnref1\" name=\"_ftn1\">[1] Note cut")
        #expect(raw.items == [.paragraph([.text("Cut"), cite(1)]), .paragraph([.text("Next")])])
        #expect(raw.notes == [note(1, "Note cut")])
        // Text after the number of an anchor that never closes is kept.
        #expect(HTMLReader.read("<p>A<a href=\"#_ftn2\">[2] rest").items == [.paragraph([.text("A"), cite(2), .text(" rest")])])
    }

    @Test func deepNesting() {
        let depth = 20_000
        let html = String(repeating: "<div><blockquote><span>", count: depth) + "deep" + String(repeating: "</span></blockquote></div>", count: depth)
            + String(repeating: "<ul><li>", count: 5_000) + "item" + "<p>after"
        let raw = HTMLReader.read(html)
        // The `<p>` stands inside the last, unclosed `<li>`: the innermost block makes it a list item.
        #expect(raw.items == [.quote([.text("deep")]), .listItem([.text("item")]), .listItem([.text("after")])])
    }

    @Test(.timeLimit(.minutes(1))) func pathologicalInputStaysLinear() {
        let inputs = [
            String(repeating: "<b>", count: 60_000) + String(repeating: "</i></p>", count: 60_000),
            String(repeating: "<iframe>", count: 30_000),
            String(repeating: "<ul>x", count: 30_000),
            String(repeating: "<a href=\"#_ftn1\">[1]", count: 30_000),
            String(repeating: "<p x" + String(repeating: " a", count: 100) + ">", count: 2_000),
            String(repeating: "&#x", count: 50_000) + String(repeating: "&", count: 50_000),
            String(repeating: "<li>", count: 30_000) + String(repeating: "</li>", count: 30_000),
        ]
        for html in inputs {
            let start = ContinuousClock.now
            _ = HTMLReader.read(html)
            #expect(ContinuousClock.now - start < .seconds(10))
        }
    }

    // MARK: Against the text form

    @Test func sameChapterAsTextForm() {
        let text = "IntroThe body text.[1]\u{A0}Second paragraph.[2]\u{A0}[1] First note, https://example.org/a[2] Second note."
        let html = """
        <!-- wp:heading --><h2 class="wp-block-heading">Intro</h2><!-- /wp:heading -->
        <!-- wp:paragraph --><p>The body text.<sup><a href="#_ftn1" name="_ftnref1" title="">[1]</a></sup></p><!-- /wp:paragraph -->
        <!-- wp:paragraph --><p>Second&nbsp;paragraph.<a name="_ftnref2" href="#_ftn2"><span>[2]</span></a></p><!-- /wp:paragraph -->
        <div><br clear="all"><hr align="left" size="1" width="33%">
        <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> First note, https://example.org/a</p></div>
        <div id="ftn2"><p><a href="#_ftnref2" name="_ftn2">[2]</a> Second note.</p></div></div>
        """
        let fromText = TextReader.read(text)
        let fromHTML = HTMLReader.read(html)

        func shape(_ raw: RawChapter) -> [String] {
            raw.items.map { item in
                switch item {
                case .heading(let s, _): "H " + Scalars.normalizedSpace(s.unicodeScalars)
                case .paragraph(let i): "P " + Scalars.normalizedSpace(i.plainText.unicodeScalars) + " " + i.citations.map { "\($0.number)" }.joined(separator: ",")
                case .listItem(let i): "L " + Scalars.normalizedSpace(i.plainText.unicodeScalars)
                case .quote(let i): "Q " + Scalars.normalizedSpace(i.plainText.unicodeScalars)
                case .credit(let s): "C " + s
                case .image(let alt): "I " + alt
                case .table(let t): "T \(t.rows.count)"
                case .boxStart(let title, _): "B " + title
                case .boxEnd: "E"
                }
            }
        }
        func notes(_ raw: RawChapter) -> [String] {
            raw.notes.map { "\($0.number) " + Scalars.normalizedSpace($0.text.unicodeScalars) }
        }
        #expect(shape(fromText) == ["H Intro", "P The body text.[1] 1", "P Second paragraph.[2] 2"])
        #expect(shape(fromHTML) == shape(fromText))
        #expect(notes(fromHTML) == notes(fromText))
        #expect(notes(fromHTML) == ["1 First note, https://example.org/a", "2 Second note."])
        // The inlines themselves agree too: same folding, same citations.
        #expect(fromHTML.items == fromText.items)
    }

    // MARK: Robustness

    @Test func randomMutationsNeverCrash() {
        let post = """
        <!-- wp:heading --><h2>Heading &amp; more</h2><!-- /wp:heading -->
        <p class="x" id='y'>Body text with a link https://example.org/a?b=1&amp;c=2 and a note<sup><a href="#_ftn1" name="_ftnref1" title="">[1]</a></sup>.</p>
        <ul><li>One<ul><li>Two &#8217; &#x2019;</li></ul></li><li>Three</li></ul>
        <blockquote><p>Quote<br>broken</p></blockquote>
        <p>Block<sup data-fn="f-1" class="fn"><a href="#f-1" id="f-1-link">2</a></sup> note.</p>
        <figure><img src="x.jpg"><figcaption>Image by X under (CC).</figcaption></figure>
        <script>var s = "<p>";</script><style>p{}</style>
        <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Word note.</p></div>
        <ol class="wp-block-footnotes"><li id="f-1">Block note <a href="#f-1-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>
        """
        let pieces = ["<", ">", "</", "/>", "\"", "'", "=", "&", "&#", "&#x", ";", "<!--", "-->", "<p>", "</p>", "<li>", "</ul>",
                      "<a href=\"#_ftn9\" name=\"_ftnref9\">", "<a href=\"#_ftnref9\" name=\"_ftn9\">", "</a>", "<sup data-fn=\"z\">",
                      "<ol class=\"wp-block-footnotes\">", "<div id=\"ftn3\">", "</div>", "<script>", "<br>", "[", "]", "[7]",
                      "\u{A0}", "↩︎", "https://", "\n\n", "<h2>", "</blockquote>", "<figcaption>"]
        var rng = SeededGenerator(seed: 0x1B1D)
        let base = Array(post.unicodeScalars)
        for _ in 0..<300 {
            var s = base
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let at = Int.random(in: 0...s.count, using: &rng)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: // delete a run
                    let end = min(s.count, at + Int.random(in: 1...40, using: &rng))
                    s.removeSubrange(at..<end)
                case 1: // insert a piece of markup
                    s.insert(contentsOf: pieces.randomElement(using: &rng)!.unicodeScalars, at: at)
                case 2: // duplicate a run
                    let end = min(s.count, at + Int.random(in: 1...80, using: &rng))
                    s.insert(contentsOf: s[at..<end], at: at)
                case 3: // truncate
                    s.removeSubrange(at...)
                default: // a random scalar
                    s.insert(Unicode.Scalar(UInt32.random(in: 0...0x7F, using: &rng))!, at: at)
                }
            }
            let raw = HTMLReader.read(Scalars.string(s))
            for item in raw.items {
                switch item {
                case .paragraph(let i), .listItem(let i), .quote(let i):
                    #expect(!i.isEmpty)
                    #expect(i.citations.allSatisfy { (1...9999).contains($0.number) })
                case .heading(let h, _), .credit(let h), .image(let h): #expect(!h.isEmpty)
                case .table(let t):
                    #expect(!t.rows.isEmpty)
                    #expect(t.rows.allSatisfy { $0.count == t.columnCount && $0.count <= Table.maxColumns })
                case .boxStart, .boxEnd: break
                }
            }
            #expect(raw.notes.allSatisfy { $0.number >= 0 })
        }
    }
}
