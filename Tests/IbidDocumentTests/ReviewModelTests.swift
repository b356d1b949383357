import IbidTestSupport
import Testing
@testable import IbidDocument

/// The review model of issue 10: citing sentences, a mark's identity (site and post), its
/// fingerprint, and CSV as RFC 4180 writes it.
@Suite("Review model")
struct ReviewModelTests {
    static func sentence(_ parts: [Inline], at i: Int) -> String { CitingSentence.sentence(in: parts, at: i) }
    static func c(_ n: Int) -> Inline { .citation(Citation(number: n, scope: .chapter)) }

    @Test func aMarkerAfterTheFullStopCitesTheSentenceBefore() {
        let p: [Inline] = [.text("First claim here."), Self.c(1), .text(" Second claim, with more."), Self.c(2), .text(" Third.")]
        #expect(Self.sentence(p, at: 1) == "First claim here.")
        #expect(Self.sentence(p, at: 3) == "Second claim, with more.")
    }

    @Test func aMarkerInsideASentenceCitesThatSentenceWhole() {
        let p: [Inline] = [.text("Before. The figure"), Self.c(7), .text(" rose to 68 per cent. After that, nothing.")]
        #expect(Self.sentence(p, at: 1) == "The figure rose to 68 per cent.")
    }

    @Test func aSpaceBeforeTheMarkerDoesNotMoveItIntoTheNextSentence() {
        let p: [Inline] = [.text("One sentence. "), Self.c(3), .text("Another one.")]
        #expect(Self.sentence(p, at: 1) == "One sentence.")
    }

    @Test func initialsAndAbbreviationsDoNotEndASentence() {
        let p: [Inline] = [.text("Named after A.G. Vishnevsk, as Dr. Smith and e.g. others wrote."), Self.c(1), .text(" Next.")]
        #expect(Self.sentence(p, at: 1) == "Named after A.G. Vishnevsk, as Dr. Smith and e.g. others wrote.")
    }

    @Test func quotesAndBracketsCloseASentence() {
        let p: [Inline] = [.text("He said “no.” Then he left (quietly.) The end"), Self.c(4)]
        #expect(Self.sentence(p, at: 1) == "The end")
        let q: [Inline] = [.text("He said “no.”"), Self.c(5), .text(" Then he left.")]
        #expect(Self.sentence(q, at: 1) == "He said “no.”")
    }

    @Test func otherMarkersAreLeftOutAndWhiteSpaceCollapsed() {
        let p: [Inline] = [.text("A\u{A0}claim\n with"), Self.c(1), .text("  two"), Self.c(2), .text(" sources.")]
        #expect(Self.sentence(p, at: 1) == "A claim with two sources.")
        #expect(Self.sentence(p, at: 3) == "A claim with two sources.")
    }

    /// In the sample, chapter 6003's first marker follows `…with conspicuous pageantry.` (the dump
    /// has `conspicuous pageantry.[1] Russian expansion…`), in a paragraph that starts `The history`.
    @Test func theSamplesFirstCitationOf6003() throws {
        let library = try Library.load(path: TestPaths.sample)
        let chapter = try #require(library.chapter(id: 6003))
        let all = ChapterCitations(content: library.content(of: chapter))
        let first = try #require(all.occurrences.first)
        #expect(first.citation.number == 1)
        #expect(first.sentence.hasPrefix("The history of the Kazakh Khanate"))
        #expect(first.sentence.hasSuffix("with conspicuous pageantry."))
        // Every citation of the chapter is listed once, in the order first cited.
        #expect(all.cited.map(\.citation.number) == Array(1...all.cited.count))
    }

    @Test func aRunWithoutFullStopsIsCutAroundEachMarkerInLinearTime() {
        // 20,000 markers in one sentence: each sentence is bounded, so the whole costs linear time.
        var p: [Inline] = []
        for i in 1...20_000 { p.append(.text(" word")); p.append(Self.c(i)) }
        let all = CitingSentence.sentences(in: p)
        #expect(all.count == 20_000)
        #expect(all.values.allSatisfy { $0.count <= CitingSentence.maximumLength + 2 })
        #expect(all[p.count - 1]!.hasPrefix("…"))
    }

    @Test func theSiteComesFromTheGUID() {
        #expect(PostKey.site(ofGUID: "http://fpc.org.uk/?p=6003") == "fpc.org.uk")
        #expect(PostKey.site(ofGUID: " https://WWW.Example.org:8080/x#y ") == "example.org:8080")
        #expect(PostKey.site(ofGUID: "https://user:pw@host.net/") == "host.net")
        #expect(PostKey.site(ofGUID: "not a url") == "")
    }

    @Test func theFingerprintFollowsTheNoteAndTheSentenceNotTheirSpacing() {
        func fp(_ note: String, _ sentence: String) -> String {
            let content = ChapterContent(
                sections: [Section(blocks: [.paragraph([.text(sentence), Self.c(1)])])],
                notes: [Note(number: 1, scope: .chapter, text: [.text(note)], urls: [])], findings: [])
            return ChapterCitations(content: content).cited[0].fingerprint
        }
        let base = fp("Source, 2019.", "A claim.")
        #expect(fp("Source,\n 2019. ", "A  claim.") == base)
        #expect(fp("Source, 2020.", "A claim.") != base)
        #expect(fp("Source, 2019.", "Another claim.") != base)
        // FNV-1a 64 of the empty text is its offset basis.
        #expect(Fingerprint().hex == "cbf29ce484222325")
        #expect(Fingerprint("a").hex == "af63dc4c8601ec8c")
    }

    @Test func csvQuotesWhatRFC4180Requires() {
        #expect(CSV.record(["a", "b c", "1"]) == "a,b c,1\r\n")
        #expect(CSV.record(["x,y", "say \"hi\"", "two\nlines"]) == "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
        // Controls are made visible, as in every human-readable output.
        #expect(CSV.record(["\u{1B}]0;title\u{7}"]) == "^[]0;title^G\r\n")
    }

    @Test func scopesRoundTripThroughTheirStoredNames() {
        for scope in [NoteScope.chapter, .box(0), .box(11)] {
            #expect(NoteScope(storageName: scope.storageName) == scope)
        }
        #expect(NoteScope(storageName: "box 0") == nil)
        #expect(NoteScope(storageName: "chapters") == nil)
    }
}
