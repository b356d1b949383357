import Testing
@testable import IbidDocument

/// How entries are made from notes, on small hand-written chapters.
@Suite("Citations: entries")
struct BibliographyTests {
    static func note(_ n: Int, _ text: String, scope: NoteScope = .chapter, ibid: Int? = nil) -> Note {
        Note(number: n, scope: scope, text: [.text(text)], urls: [], ibid: ibid, isIbid: ibid != nil)
    }

    @Test func aBoxsNotesCarryTheBoxInTheirIds() {
        var b = Bibliography()
        b.add(chapter: 7, notes: [
            Self.note(1, "Wudan Yan, Title One, Nature, April 2019, https://a.example/1"),
            Self.note(1, "Ann Lee, Title Two, Outlet, May 2020, https://a.example/2", scope: .box(0)),
            Self.note(2, "Ibid.", scope: .box(0), ibid: 1),
        ])
        #expect(b.entries.map(\.id) == ["7-1-1", "7-b1-1-1"])
        #expect(CSLJSONWriter.citedIn(b.entries[1]) == "Cited in 7: box 1 note 1, box 1 note 2 (Ibid)")
    }

    @Test func theSameWorkByURLIsOneEntryWhateverItsSpelling() {
        var b = Bibliography()
        b.add(chapter: 7, notes: [
            Self.note(1, "Wudan Yan, Title, Nature, April 2019, https://www.a.example/x/"),
            Self.note(2, "W. Yan, Title again, Nature, 2019, http://a.example/x"),
            Self.note(3, "Dark Shadows book: Joanna Lillis, Dark Shadows, IB Taurus, October 2018."),
            Self.note(4, "See Joanna Lillis, Dark Shadows, IB Taurus, October 2018."),
        ])
        #expect(b.entries.count == 2)
        #expect(b.entries[0].citations.map(\.note) == [1, 2])
        #expect(b.entries[0].work.title == "Title", "the first citation's fields")
        #expect(b.entries[1].citations.map(\.note) == [3, 4], "no URL: the same author and title")
    }

    @Test func anIbidWithNothingBeforeItCitesNothing() {
        var b = Bibliography()
        b.add(chapter: 7, notes: [Self.note(1, "Ibid."), Self.note(2, "A remark, with no source at all.")])
        #expect(b.entries.isEmpty)
    }
}
