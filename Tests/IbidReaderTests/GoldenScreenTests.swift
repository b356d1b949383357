import Testing
import IbidDocument
@testable import IbidReader

/// Whole screens, row by row with `|` at the right edge, as ratatui's TestBackend compares them.
/// Each was read and checked by eye before it was pinned here.
@Suite("Whole screens")
struct GoldenScreenTests {
    static func expectScreen(_ screen: Screen, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = screen.lines(edge: true)
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(actual.count == wanted.count, sourceLocation: sourceLocation)
        for (i, (a, w)) in zip(actual, wanted).enumerated() where a != w {
            Issue.record("row \(i):\n  got  \(a)\n  want \(w)", sourceLocation: sourceLocation)
        }
    }

    @Test func firstScreen() throws {
        let (_, screen) = try ReaderFixtures.run("")
        Self.expectScreen(screen, #"""
 Reports               12 │ Retreating Rights - Kazakhstan: Executive Summary  40% │ Notes                              |
 ▾ Kazakhstan · Retreati… │ As we approach the 30th anniversary of Kazakhstan’s    │ This chapter has no notes.         |
   ▸Executive Summa… en · │ independence this publication finds the country in a   │                                    |
    Introduction   en 140 │ period of change. The gradual passing of the torch     │                                    |
    Conclusions an… en 12 │ from First President Nazarbayev to President Tokayev,  │                                    |
 ▾ Kyrgyzstan · Re… en ky │ growing social protests as living standards have been  │                                    |
  en · English edition    │ squeezed for many, and an uncertain future that lies   │                                    |
    Executive Summa… en · │ ahead given the global move away from fossil fuels,    │                                    |
    Introductio… ✂ en 185 │ make it an important time to take stock of the current │                                    |
  ky · Kyrgyz edition     │ state of human rights and governance in Kazakhstan.    │                                    |
    Retreating Righ… ky · │                                                        │                                    |
    Кыргызстанда … ky 185 │ Over the last 30 years Kazakhstan’s ruling elite has   │                                    |
    Корутунду жана… ky 24 │ delivered substantial economic growth - albeit         │                                    |
 ▾ Tajikistan · Retreati… │ particularly benefiting itself - and has mostly        │                                    |
    Executive Summa… en · │ maintained stability between the country’s different   │                                    |
    Introduction   en 167 │ ethnic groups. This has come at the cost of almost all │                                    |
    Conclusions an… en 15 │ political freedoms and many civil liberties. The       │                                    |
  Building on the I… en 5 │ Government and its supporters still argue that gradual │                                    |
                          │ steps will enable Kazakhstan to transition to          │                                    |
                          │ democracy and help ‘evolve’ the political culture in   │                                    |
                          │ Kazakhstan. Their critics point to the lack of change  │                                    |
                          │ at the heart of the country’s political system over    │                                    |
                          │ the last 30 years, where reforms have helped deliver   │                                    |
                          │ improvements in the standards of living and the        │                                    |
                          │ delivery of public services but have not lead to a     │                                    |
                          │ meaningful transfer in political power from the elite  │                                    |
                          │ to the citizen. The only political choice in           │                                    |
                          │ Kazakhstan, such Tokayev assuming the Presidency, is   │                                    |
                          │ exercised by those already in power.                   │                                    |
                          │                                                        │                                    |
                          │ President Tokayev has promised a ‘listening state’ and │                                    |
                          │ committed to delivering reforms that would improve     │                                    |
                          │ freedoms and make the Government more responsive but   │                                    |
                          │ change so far has been limited. His approach seems to  │                                    |
                          │ be continuing the path of ‘modernisation without       │                                    |
                          │ democratisation’ or ‘reform within the system’ that    │                                    |
                          │ improves state efficiency and outcomes while mostly    │                                    |
                          │ retaining existing authoritarian power structures. The │                                    |
                          │ widespread use of ‘freedom restrictions’ that prevent  │                                    |
 6005 · (opening) · 40%                                                                                          ? help |
"""#)
    }

    @Test func kyrgyzChapterAt80x24() throws {
        let (_, screen) = try ReaderFixtures.run("", size: (80, 24), open: 5845)
        Self.expectScreen(screen, #"""
 Кыргызстанда адам укуктарына жасалган басымды и… 0% │ Notes        1 on screen |
 Бул “Күчү жоголуп бараткан укуктар” аттуу басылманы │ [1] Кыргызстан,          |
 Кыргызстандагы тез жана башаламан болуп жаткан      │     Таджикистан жана     |
 өзгөрүүлөрдүн убагын жыйынтыктоо аракети десе       │     Казакстанды камтыган |
 болот. Кыргызстан учурдагы абалга кандайча келип    │     эмгектердин          |
 калганы, ага жараша келечекте жасалчу иш аракеттер  │     сериясынын биринчи   |
 тууралуу сөз болмокчу.[1]                           │     жыйыны.              |
                                                     │                          |
 Учурда мамлекеттин болгон акыбалынын түпкү          │                          |
 себептери көп жылдар мурун пайда болуп, жадагалса   │                          |
 Кыргызстанда ошол убакыттын ичинде пайда болгон     │                          |
 көптөгөн инститтуттар андан кийин түптөлгөн. Ушул   │                          |
 сыяктуу структуралык маселелердин деталдуу анализи  │                          |
 киришүүнүн экинчи бөлүгүндө жана бул жыйынга кирген │                          |
 макалаларда камтылган.                              │                          |
                                                     │                          |
 Бул долбоорду биринчи жолу 2019-жылдын күз айында   │                          |
 кабыл алган маалда, бир канча убакыттан бери        │                          |
 бүтүндөй өлкөнү улутчулдук менен коррупция кара     │                          |
 булуттай каптап калган эле (буга чейин деле алар ар │                          |
 башка тармактарда болуп келген). Бирок, COVID-19    │                          |
 пандемиясына көрүлгөн начар даярдык менен саткынчы  │                          |
 өкмөткө болгон элдин нааразычылыгы акыркы 15 жылдын │                          |
 5845 · (opening) · 0%                                                   ? help |
"""#)
    }

    @Test func tinyTerminals() throws {
        let (_, small) = try ReaderFixtures.run("", size: (20, 6), open: 6003)
        Self.expectScreen(small, #"""
 Retreating Rig… 0% |
 Kazakhstan is a    |
 country that has   |
 worked hard to     |
 position itself to |
 6003 · (op… ? help |
"""#)
        let (_, one) = try ReaderFixtures.run("jjj<Enter>]<Enter>q", size: (1, 1))
        Self.expectScreen(one, "i|")
        let (_, flat) = try ReaderFixtures.run("", size: (300, 3))
        Self.expectScreen(flat, #"""
ibid: terminal too small (300x3)                                                                                                                                                                                                                                                                            |
                                                                                                                                                                                                                                                                                                            |
                                                                                                                                                                                                                                                                                                            |
"""#)
    }
}
