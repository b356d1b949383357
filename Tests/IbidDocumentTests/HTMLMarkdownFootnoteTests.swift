import Foundation
import Testing
@testable import IbidDocument

/// Posts rendered from Markdown by the common renderers, each in the shape its documentation shows
/// (pandoc's manual, markdown-it-footnote's README, kramdown's and Python-Markdown's footnote
/// extensions, MultiMarkdown, cmark-gfm): each must give the chapter the text form gives.
@Suite("Markdown renderers' footnotes")
struct HTMLMarkdownFootnoteTests {
    typealias E = HTMLEquivalenceTests

    static let body = """
        <p>Kazakhstan has changed a great deal since independence, as many observers note.%1</p>
        <h2>Media freedom</h2>
        <p>Unsurprisingly, the press remains under pressure from the state.%2 Journalists face fines.</p>
        <p>Key steps the Government should take:</p>
        <ul><li>End the use of criminal libel;%3</li><li>Protect sources.</li></ul>
        """
    static let notes = ["Jane Roe, A Country Study, Example Press, May 2020, https://example.org/study",
                        "John Doe, Press Freedom Report, June 2021, https://example.org/press; https://example.org/press-2",
                        "Ibid."]

    /// The body with `%n` replaced by `citation(n)`, then the notes block.
    static func post(_ citation: (Int) -> String, notes block: String) -> String {
        var html = body
        for n in 1...3 { html = html.replacingOccurrences(of: "%\(n)", with: citation(n)) }
        return html + "\n" + block
    }

    static let shapes: [(String, String)] = [
        ("pandoc", post({ ##"<a href="#fn\##($0)" class="footnote-ref" id="fnref\##($0)" role="doc-noteref"><sup>\##($0)</sup></a>"## }, notes: """
            <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">
            <hr />
            <ol>
            \((1...3).map { ##"<li id="fn\##($0)"><p>\##(notes[$0 - 1])<a href="#fnref\##($0)" class="footnote-back" role="doc-backlink">↩︎</a></p></li>"## }.joined(separator: "\n"))
            </ol>
            </section>
            """)),
        ("markdown-it", post({ ##"<sup class="footnote-ref"><a href="#fn\##($0)" id="fnref\##($0)">[\##($0)]</a></sup>"## }, notes: """
            <hr class="footnotes-sep">
            <section class="footnotes">
            <ol class="footnotes-list">
            \((1...3).map { ##"<li id="fn\##($0)" class="footnote-item"><p>\##(notes[$0 - 1]) <a href="#fnref\##($0)" class="footnote-backref">↩︎</a></p>"## + "\n</li>" }.joined(separator: "\n"))
            </ol>
            </section>
            """)),
        ("kramdown", post({ ##"<sup id="fnref:\##($0)" role="doc-noteref"><a href="#fn:\##($0)" class="footnote" rel="footnote">\##($0)</a></sup>"## }, notes: """
            <div class="footnotes" role="doc-endnotes">
              <ol>
            \((1...3).map { ##"    <li id="fn:\##($0)" role="doc-endnote"><p>\##(notes[$0 - 1])&nbsp;<a href="#fnref:\##($0)" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>"## }.joined(separator: "\n"))
              </ol>
            </div>
            """)),
        // Named labels (`[^study]`): the body shows numbers, the ids carry the names.
        ("Python-Markdown", post({ ##"<sup id="fnref:n\##($0)x"><a class="footnote-ref" href="#fn:n\##($0)x">\##($0)</a></sup>"## }, notes: """
            <div class="footnote">
            <hr />
            <ol>
            \((1...3).map { ##"<li id="fn:n\##($0)x"><p>\##(notes[$0 - 1])&#160;<a class="footnote-backref" href="#fnref:n\##($0)x" title="Jump back to footnote \##($0) in the text">&#8617;</a></p></li>"## }.joined(separator: "\n"))
            </ol>
            </div>
            """)),
        ("MultiMarkdown", post({ ##"<a href="#fn:\##($0)" id="fnref:\##($0)" title="see footnote" class="footnote"><sup>\##($0)</sup></a>"## }, notes: """
            <div class="footnotes">
            <hr />
            <ol>
            \((1...3).map { ##"<li id="fn:\##($0)"><p>\##(notes[$0 - 1]) <a href="#fnref:\##($0)" title="return to body" class="reversefootnote">&#160;&#8617;&#xfe0e;</a></p></li>"## }.joined(separator: "\n"))
            </ol>
            </div>
            """)),
        ("cmark-gfm", post({ ##"<sup><a href="#user-content-fn-\##($0)" id="user-content-fnref-\##($0)" data-footnote-ref>\##($0)</a></sup>"## }, notes: """
            <section class="footnotes" data-footnotes>
            <ol>
            \((1...3).map { ##"<li id="user-content-fn-\##($0)"><p>\##(notes[$0 - 1]) <a href="#user-content-fnref-\##($0)" class="data-footnote-backref" data-footnote-backref aria-label="Back to reference \##($0)">↩</a></p></li>"## }.joined(separator: "\n"))
            </ol>
            </section>
            """)),
    ]

    @Test(arguments: shapes.map(\.0))
    func eachRendererGivesTheTextFormsModel(renderer: String) throws {
        let html = try #require(Self.shapes.first { $0.0 == renderer }?.1)
        let text = ChapterRecovery.recover(content: E.text)
        #expect(ChapterRecovery.looksLikeHTML(Array(html.unicodeScalars)))
        let content = ChapterRecovery.recover(content: html)
        #expect(E.shape(content) == E.shape(text))
        // And nothing of the notes' apparatus leaks into the body.
        let body = content.sections.flatMap(\.blocks).map(\.plainText).joined(separator: "\n")
        for leak in ["↩", "Jane Roe", "Ibid"] { #expect(!body.contains(leak), "\(leak) in the body") }
    }

    /// markdown-it's second citation of a note shows `[1:1]`; both are citations of note 1.
    @Test func aNoteCitedTwiceByMarkdownIt() {
        let html = """
            <p>First.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> Again.<sup class="footnote-ref"><a href="#fn1" id="fnref1:1">[1:1]</a></sup></p>
            <section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>The source. <a href="#fnref1" class="footnote-backref">↩︎</a> <a href="#fnref1:1" class="footnote-backref">↩︎</a></p></li></ol></section>
            """
        let content = ChapterRecovery.recover(content: html)
        #expect(content.sections.flatMap(\.blocks).map(\.plainText) == ["First.[1] Again.[1]"])
        #expect(content.notes.map(\.plainText) == ["The source."])
        #expect(content.notes.first?.citedBy.count == 2)
        #expect(content.findings.isEmpty)
    }

    @Test func idsThatAreNotFootnotes() {
        #expect(HTMLReader.MarkdownFootnoteIDs.noteLabel("fn1") == "1")
        #expect(HTMLReader.MarkdownFootnoteIDs.noteLabel("fn:note") == "note")
        #expect(HTMLReader.MarkdownFootnoteIDs.noteLabel("user-content-fn-2") == "2")
        for id in ["fname", "fnref1", "fn", "fn:", "footnote", "fn12345678", "x-fn1"] {
            #expect(HTMLReader.MarkdownFootnoteIDs.noteLabel(id) == nil, "\(id)")
        }
        #expect(HTMLReader.MarkdownFootnoteIDs.isBackReference("fnref:1"))
        #expect(HTMLReader.MarkdownFootnoteIDs.isBackReference("user-content-fnref-1"))
        #expect(!HTMLReader.MarkdownFootnoteIDs.isBackReference("fn1"))
        // A list item with an ordinary id stays a list item; a page link to `#fname` is no citation.
        let content = ChapterRecovery.recover(content: ##"<p>See <a href="#fname">the form</a>.</p><ul><li id="first">One</li></ul>"##)
        #expect(content.sections.flatMap(\.blocks).map(\.plainText) == ["See the form.", "One"])
        #expect(content.notes.isEmpty)
    }
}
