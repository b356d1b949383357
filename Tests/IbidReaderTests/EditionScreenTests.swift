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

    /// `e` at 5607's [8], the whole screen at 100×24 (read and checked by eye before it was pinned):
    /// 5845 at its own [8] a third of the way down, the sidebar on 5845's note 8, the jump in the
    /// status line.
    @Test func eWholeScreen() throws {
        let (_, screen) = try F.run("]]]]]]]]e", size: (100, 24), open: 5607)
        GoldenScreenTests.expectScreen(screen, #"""
 Кыргызстанда адам укуктарына жасалган басымды изилдөө            9% │ Notes            3 on screen |
 Жээнбековдун жактоочулары “Биримдик” партиясына биригишкен.         │ [8] Эл аралык каатчылык тобу,|
                                                                     │     Он жылга толгон          |
 Кыргызстан “Демократиянын аралчасы” деген репутациясы коңшу         │     Кыргызстан:              |
 мамлекеттердеги демократиянын дэңгээлин салыштыруу максатында       │     “Демократиянын           |
 колдонулуп, бул фактка Кыргызстандын постсоветтик жылдардын ичинде  │     аралчасындагы” маселе,   |
 бир нече жолу басым жасалган. Бирок, ошол жылдардын ичинде          │     август 2001,             |
 Кыргызстандагы демократиянын “саясий ден-соолугу” тууралуу көптөгөн │     https://www.crisisgroup. |
 олуттуу кооптор жашап келген,[8] себеби ар бир шайланган президент  │     org/europe-central-asia/ |
 эл нааразылыгынан улам кызматынан кеткен же аткарган милдеттеринин  │     central-asia/kyrgyzstan/ |
 мөөнөтү аягына чыкканда түрмөгө отуруп калган.[9] Калктын жан       │     kyrgyzstan-ten-trouble-  |
 башына 1 309$ түшкөн ички дүң продукциясынын көрсөткүчү менен       │     island-democracy         |
 постсоветтик аймагында Кыргызстан эң кедей өлкөлөрдүн тизмесинде    │                              |
 жана массалык миграция боюнча экинчи сапта турат. Кыргыз            │ [9] Кызматка Отунбаева       |
 мигранттарынын көбүнчөсү Орусияга кетип, ал жактан Кыргызстанга     │     дайындалган.             |
 которулган акчанын саны Кыргызстандын ички дүң продукциясынын 28,5% │                              |
 түзөт.[10] Transparency International (“Трэнспэрэнси интернэшнал” – │ [10] Дүйнөлүк Банк, калктын  |
 “эл-аралык ачык-айкын”) Коррупцияны кабылдоо Индекси уюмунун        │      жан башына эсептелген   |
 маалыматына караганда, дүйнө жүзү боюнча коррупциясы төмөнкү        │      ИДП (учурдагы АКШ долла…|
 дэңгээлде болгон өлкөлөрдүн тизмесинде Кыргызстан 124-орунду        │                              |
 ээлеген. Ал эми Кыргызстан көптөн бери чыныгы демократиялык өлкө    │                              |
 катары эсептелгенине карабастан, Freedom House (“Фридом хаус” –     │                              |
 “Эркиндиктин үйү”) бей-өкмөт уюмунун Nations in Transit долбоорунун │                              |
 5845 · §2/13 2005 – 2020-жылдардагы кырдаал · 9%                        Kyrgyz edition, 5845 › [8] |
"""#)
    }
}
