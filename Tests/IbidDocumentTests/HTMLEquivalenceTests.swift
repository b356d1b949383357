import Testing
@testable import IbidDocument

/// A post written as HTML, in either footnote style, must give the same chapter as its text form.
@Suite("HTML and text forms give one model")
struct HTMLEquivalenceTests {
    static let text = "Kazakhstan has changed a great deal since independence, as many observers note.[1]\u{A0}Media freedom"
        + "Unsurprisingly, the press remains under pressure from the state.[2] Journalists face fines.\u{A0}"
        + "Key steps the Government should take:\n  • End the use of criminal libel;[3]\n  • Protect sources.\n\u{A0}"
        + "[1] Jane Roe, A Country Study, Example Press, May 2020, https://example.org/study"
        + "[2] John Doe, Press Freedom Report, June 2021, https://example.org/press; https://example.org/press-2"
        + "[3] Ibid."

    static let word = """
        <!-- wp:paragraph --><p>Kazakhstan has changed a great deal since independence, as many observers note.<a href="#_ftn1" name="_ftnref1">[1]</a></p><!-- /wp:paragraph -->
        <h2>Media freedom</h2>
        <p>Unsurprisingly, the press remains under pressure from the state.<a name="_ftnref2" href="#_ftn2">[2]</a> Journalists face fines.</p>
        <p>Key steps the Government should take:</p>
        <ul><li>End the use of criminal libel;<a href="#_ftn3" name="_ftnref3">[3]</a></li><li>Protect sources.</li></ul>
        <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Jane Roe, A Country Study, Example Press, May&nbsp;2020, https://example.org/study</p></div>
        <div id="ftn2"><p><a href="#_ftnref2" name="_ftn2">[2]</a> John Doe, Press Freedom Report, June 2021, https://example.org/press; https://example.org/press-2</p></div>
        <div id="ftn3"><p><a name="_ftn3" href="#_ftnref3">[3]</a> Ibid.</p></div>
        """

    static let wordpress = """
        <p>Kazakhstan has changed a great deal since independence, as many observers note.<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup></p>
        <h3>Media freedom</h3>
        <p>Unsurprisingly, the press remains under pressure from the state.<sup class="fn" data-fn="b2"><a id="b2-link" href="#b2">2</a></sup> Journalists face fines.</p>
        <p>Key steps the Government should take:</p>
        <ul><li>End the use of criminal libel;<sup data-fn="c3" class="fn"><a href="#c3" id="c3-link">3</a></sup></li><li>Protect sources.</li></ul>
        <ol class="wp-block-footnotes"><li id="a1">Jane Roe, A Country Study, Example Press, May 2020, https://example.org/study <a href="#a1-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="b2">John Doe, Press Freedom Report, June 2021, https://example.org/press; https://example.org/press-2 <a href="#b2-link">↩︎</a></li><li id="c3">Ibid. <a href="#c3-link">↩︎</a></li></ol>
        """

    /// The model with nothing but what a reader sees: headings, block texts and citations, notes.
    static func shape(_ c: ChapterContent) -> [String] {
        var out: [String] = []
        for s in c.sections {
            out.append("# \(s.heading ?? "-") (\(s.kind))")
            for b in s.blocks { out.append("\(b.typeName): \(b.plainText) \(b.citations.map(\.number))") }
        }
        for n in c.notes { out.append("[\(n.number)] \(n.plainText) urls=\(n.urls) ibid=\(n.ibid.map(String.init) ?? "-") cited=\(n.citedBy.count)") }
        out.append("findings: \(c.findings.map(\.code.rawValue))")
        return out
    }

    @Test func bothFootnoteStylesMatchTheTextForm() {
        let text = ChapterRecovery.recover(content: Self.text)
        #expect(text.sections.map(\.heading) == [nil, "Media freedom"])
        #expect(text.notes.count == 3)
        #expect(text.note(3)?.ibid == 2)
        #expect(text.note(2)?.urls == ["https://example.org/press", "https://example.org/press-2"])
        #expect(text.findings.isEmpty)
        #expect(ChapterRecovery.looksLikeHTML(Array(Self.word.unicodeScalars)))
        #expect(!ChapterRecovery.looksLikeHTML(Array(Self.text.unicodeScalars)))
        #expect(Self.shape(ChapterRecovery.recover(content: Self.word)) == Self.shape(text))
        #expect(Self.shape(ChapterRecovery.recover(content: Self.wordpress)) == Self.shape(text))
    }

    @Test func notesWrittenAsParagraphsAreNotes() {
        let html = "<p>A claim.[1] Another.[2]</p><p>[1] First source, https://example.org/1</p><p>[2] Second source.</p>"
        let content = ChapterRecovery.recover(content: html)
        #expect(content.notes.map(\.plainText) == ["First source, https://example.org/1", "Second source."])
        #expect(content.sections.flatMap(\.blocks).count == 1)
        #expect(content.findings.isEmpty)
    }
}
