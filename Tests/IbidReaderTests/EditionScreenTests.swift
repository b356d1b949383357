import Testing
import IbidDocument
@testable import IbidReader

/// Issue 11, editions in the reader: the list shows a report's editions, `e` goes to the same
/// place in the other edition, and the notes 5607 lost come from the Kyrgyz edition, marked so.
/// Expected texts come from the library's own notes (each chapter recovered on its own), not
/// from what the renderer printed.
@Suite("Edition screens")
struct EditionScreenTests {
    typealias F = ReaderFixtures
    typealias S = IssueNineScreenTests

    @Test func theListShowsTheReportsEditions() throws {
        let (state, screen) = try F.run("", size: (140, 30))
        let list = S.text(of: state.layout.list!, in: screen)
        let report = try #require(list.firstIndex { $0.contains("Kyrgyzstan ·") })
        #expect(list[report].hasSuffix("en ky"))
        #expect(list[report + 1].trimmingCharacters(in: .whitespaces) == "en · English edition")
        #expect(list[report + 2].contains("Executive Summary"))
        #expect(list[report + 3].contains("Introduction:") && list[report + 3].contains("✂"))
        #expect(list[report + 4].trimmingCharacters(in: .whitespaces) == "ky · Kyrgyz edition")
        #expect(list[report + 5].contains("Retreating Rights") && list[report + 5].contains("ky"))
        #expect(list[report + 6].contains("Кыргызстанда"))
        #expect(list[report + 7].contains("Корутунду"))
        // 5607's note count includes the 63 recovered: 185, as 5845's (`ibid notes 5845`).
        #expect(list[report + 3].hasSuffix("185"))
        #expect(list[report + 6].hasSuffix("185"))
    }

    @Test func eGoesToTheSameNoteInTheOtherEditionAndBack() throws {
        // Eight markers on: 5607's [8] (its markers run [1]…[8] in order in the opening).
        let (start, _) = try F.run("]]]]]]]]", size: (140, 30), open: 5607)
        let marker = try #require(start.selectedMarker)
        let number = start.lines!.markers[marker].citation.number
        let (there, screen) = try F.run("]]]]]]]]e", size: (140, 30), open: 5607)
        #expect(there.chapterID == 5845)
        let selected = try #require(there.selectedMarker)
        #expect(there.lines!.markers[selected].citation.number == number)
        #expect(there.breadcrumb == "Kyrgyz edition, 5845 › [\(number)]")
        // The sidebar shows 5845's own note of that number, highlighted.
        let kyrgyz = ChapterRecovery.recover(F.library.chapter(id: 5845)!.post)
        let expected = try #require(kyrgyz.note(number)).plainText
        let sidebar = S.flat(S.text(of: there.layout.notes!, in: screen))
        #expect(S.squeezed(sidebar).contains(S.squeezed("[\(number)] " + expected)))
        #expect(S.text(of: there.layout.reader!, in: screen).contains { $0.contains("[\(number)]") })
        // And back: 5607 at the same note.
        let (back, _) = try F.run("]]]]]]]]ee", size: (140, 30), open: 5607)
        #expect(back.chapterID == 5607)
        #expect(back.lines!.markers[back.selectedMarker!].citation.number == number)
        // Ctrl-O returns to where `e` was pressed.
        let (undone, _) = try F.run("]]]]]]]]e<C-o>", size: (140, 30), open: 5607)
        #expect(undone.chapterID == 5607 && undone.selectedMarker == marker)
    }

    @Test func eFromTheNotesPaneKeepsTheNoteUnderTheCursor() throws {
        // Note 150 is one of the recovered ones: `150<Enter>` in the notes pane, then `e`.
        let (state, _) = try F.run("150<Enter>e", size: (140, 30), open: 5607)
        #expect(state.chapterID == 5845)
        #expect(state.focus == .notes)
        #expect(state.content!.notes[state.noteCursor].number == 150)
    }

    @Test func eSaysWhenThereIsNoOtherEditionOrNoCounterpart() throws {
        let (single, a) = try F.run("e", size: (140, 30), open: 6003)
        #expect(single.chapterID == 6003)
        #expect(F.rows(a).last!.contains("this report has one edition"))
        let (alone, b) = try F.run("e", size: (140, 30), open: 5954)
        #expect(alone.chapterID == 5954)
        #expect(F.rows(b).last!.contains("no counterpart of this chapter in the English edition"))
    }

    @Test func theSummaryPairsWithTheSummary() throws {
        let (state, screen) = try F.run("e", size: (140, 30), open: 5612)
        #expect(state.chapterID == 5930)
        #expect(F.rows(screen)[0].contains("Retreating Rights - Кыскача мазмун"))
    }

    @Test func aRecoveredNoteIsMarkedInTheSidebar() throws {
        // Go to note 150: the sidebar shows 5845's note 150 whole, and where it came from.
        let (state, screen) = try F.run("150<Enter>", size: (140, 30), open: 5607)
        #expect(state.content!.notes[state.noteCursor].number == 150)
        #expect(state.chapterID == 5607)
        let kyrgyz = ChapterRecovery.recover(F.library.chapter(id: 5845)!.post)
        let text = try #require(kyrgyz.note(150)).plainText
        let sidebar = S.flat(S.text(of: state.layout.notes!, in: screen))
        #expect(S.squeezed(sidebar).contains(S.squeezed("[150] " + text)))
        #expect(sidebar.contains("(from the Kyrgyz edition, 5845)"))
        // In the reader, the markers around [150] are not orphans any more: no "no note" line.
        let (reader, frame) = try F.run("150<Enter><Enter>", size: (140, 30), open: 5607)
        #expect(reader.focus == .reader)
        #expect(reader.orphansOnScreen.isEmpty)
        #expect(!S.flat(S.text(of: reader.layout.notes!, in: frame)).contains("no note"))
    }
}
