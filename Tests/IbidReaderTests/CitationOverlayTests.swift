import Testing
import IbidDocument
@testable import IbidReader

/// The `c` overlay on whole screens: the note's works field by field, read off the sample's notes
/// by hand (`ibid notes 6003`), and `y` copying them as BibTeX.
@Suite("Citation overlay (c)")
struct CitationOverlayTests {
    typealias F = ReaderFixtures

    static func text(of rect: Rect, in screen: Screen) -> [String] { IssueNineScreenTests.text(of: rect, in: screen) }

    /// The box's rows, frame included, for a box of `lines` at the centre of a `cols`×`rows` screen.
    static func box(_ screen: Screen, cols: Int, rows: Int, lines: Int) -> [String] {
        let width = min(cols - 2, 90), height = min(rows - 2, lines + 2)
        return text(of: Rect(x: (cols - width) / 2, y: (rows - height) / 2, width: width, height: height), in: screen)
    }

    /// A framed row: `│ text…padding│`.
    static func row(_ text: String, width: Int = 90) -> String {
        "│ " + text + String(repeating: " ", count: width - 3 - text.count) + "│"
    }

    @Test func theSelectedCitationsWorkField() throws {
        // `]]` selects marker [2]: Wudan Yan, The nuclear sins of the Soviet Union live on in
        // Kazakhstan, Nature, April 2019, https://www.nature.com/articles/d41586-019-01034-8
        let (state, screen) = try F.run("]]c", size: (100, 30), open: 6003)
        #expect(state.overlay == .citation(note: 1, top: 0))
        let title = " Note 2 — 1 work — y copies BibTeX, q closes "
        let top = "┌─" + title + String(repeating: "─", count: 90 - 3 - title.count) + "┐"
        #expect(Self.box(screen, cols: 100, rows: 30, lines: 8) == [
            top,
            Self.row("1. article-journal"),
            Self.row("Author    Yan, Wudan"),
            Self.row("Title     The nuclear sins of the Soviet Union live on in Kazakhstan"),
            Self.row("In        Nature"),
            Self.row("Date      2019-04"),
            Self.row("URL       https://www.nature.com/articles/d41586-019-01034-8"),
            Self.row("Id        6003-2-1"),
            Self.row("Cited     6003: note 2"),
            "└" + String(repeating: "─", count: 88) + "┘",
        ])
        // The text around the box is the reader's, and q gives it back whole.
        let (closed, after) = try F.run("]]cq", size: (100, 30), open: 6003)
        let (_, before) = try F.run("]]", size: (100, 30), open: 6003)
        #expect(closed.overlay == nil)
        #expect(F.rows(after) == F.rows(before))
    }

    @Test func anIbidShowsTheWorkItRepeatsAndYCopiesItAsBibTeX() throws {
        // Note 39 is `Ibid.` after note 38: Joanna Lillis, Dark Shadows: Inside the Secret World
        // of Kazakhstan, IB Taurus, October 2018. — also cited by notes 102, 110 and 115.
        let (state, screen) = try F.run("39<Enter>c", size: (100, 30), open: 6003)
        #expect(state.focus == .notes)
        let rows = Self.box(screen, cols: 100, rows: 30, lines: 7)
        #expect(rows.dropFirst().dropLast() == [
            Self.row("1. book — repeated by Ibid"),
            Self.row("Author    Lillis, Joanna"),
            Self.row("Title     Dark Shadows: Inside the Secret World of Kazakhstan"),
            Self.row("In        IB Taurus"),
            Self.row("Date      2018-10"),
            Self.row("Id        6003-38-1"),
            Self.row("Cited     6003: notes 38, 39 (Ibid), 102, 110, 115"),
        ])
        var s = state
        let effect = s.handle(.key(.char("y")))
        #expect(effect == .copy("""
            @book{lillis2018,
              author = {Lillis, Joanna},
              title = {Dark Shadows: Inside the Secret World of Kazakhstan},
              publisher = {IB Taurus},
              year = {2018},
              month = {10},
              date = {2018-10},
              note = {Cited in 6003: notes 38, 39 (Ibid), 102, 110, 115},
            }

            """))
        #expect(s.message == "copied BibTeX entry of note 39")
        #expect(s.overlay != nil, "the overlay stays open after copying")
    }

    @Test func aNoteOfSeveralWorksListsEach() throws {
        // Note 4: Alimana Zhanmukanova, …, The Diplomat, April 2021, …; RFE/RL, A Tale Of Russian
        // Separatism In Kazakhstan, August 2014, …
        let (_, screen) = try F.run("4<Enter>c", size: (100, 30), open: 6003)
        let rows = Self.box(screen, cols: 100, rows: 30, lines: 17)
        #expect(rows[0].contains(" Note 4 — 2 works — "))
        #expect(rows[1] == Self.row("1. article-newspaper"))
        #expect(rows[2] == Self.row("Author    Zhanmukanova, Alimana"))
        // Header, author, title, outlet, date, URL, id, cited: eight lines, then a blank one.
        #expect(rows[8] == Self.row("Cited     6003: notes 4, 6"))
        #expect(rows[9] == Self.row(""))
        #expect(rows[10] == Self.row("2. article-newspaper"))
        #expect(rows[11] == Self.row("Author    RFE/RL (organisation)"))
        #expect(rows[12] == Self.row("Title     A Tale Of Russian Separatism In Kazakhstan"))
        #expect(rows[13] == Self.row("Date      2014-08"))
        // The URL is 82 columns, the value column 77: it goes on under itself, not cut.
        #expect(rows[14] == Self.row("URL       https://www.rferl.org/a/qishloq-ovozi-kazakhstan-russian-separatism/25479571."))
        #expect(rows[15] == Self.row("          html"))
    }

    @Test func commentaryCitesNothingAndYSaysSo() throws {
        // Note 16: "The move also came 30 years after his elevation to become First Secretary…"
        let (state, screen) = try F.run("16<Enter>c", size: (100, 30), open: 6003)
        let rows = Self.box(screen, cols: 100, rows: 30, lines: 2)
        #expect(rows[0].contains(" Note 16 — 0 works — "))
        #expect(rows[1] == Self.row("Note 16 cites no work ibid can read: commentary, or a"))
        var s = state
        #expect(s.handle(.key(.char("y"))) == nil)
        #expect(s.message == "nothing to copy: the note cites no work")
    }

    @Test func withNothingSelectedCSaysWhatToDo() throws {
        let (state, _) = try F.run("c", size: (100, 30), open: 6003)
        #expect(state.overlay == nil)
        #expect(state.message == "no citation selected: ] selects the next one")
    }

    @Test func aLongEntryScrollsAndWrapsItsURL() throws {
        // 5806 note 24's second work: Akbar Borisov, …, Yahoo News, August 2015, and a 300-character URL.
        let url = "https://news.yahoo.com/tajikistans-islamic-opposition-party-faces-ban-amid-crackdown-183932617.html?guccounter=1&guce_referrer=aHR0cHM6Ly9lbi53aWtpcGVkaWEub3JnLw&guce_referrer_sig=AQAAAMMaYF4kth41fEZu5EyiP57kLAnm0WWSURoBe0X2MKE0V0e9zXRmGrUrwk_vpYYYErFF8A6K5TfjltMlQ359PJddE1qhSkD6U54Bg1E9YHfNjzU8HlPwYYwsfXk564iMdueORTKHoMkeyyVLm-FAmJ2Iv9fTcaeS7HtDsm_DE30A"
        let (state, screen) = try F.run("24<Enter>cG", size: (60, 16), open: 5806)
        guard case .citation(_, let top)? = state.overlay else {
            Issue.record("no overlay")
            return
        }
        #expect(top > 0, "G scrolled")
        let rows = Self.box(screen, cols: 60, rows: 16, lines: 100)
        #expect(rows.count == 14)
        #expect(rows[rows.count - 2].contains("Cited     5806: note 24"), "the last line is in view: \(rows)")
        // Every line of the box, unframed, ends up holding the URL in pieces, none cut.
        let (_, whole) = try F.run("24<Enter>c", size: (60, 200), open: 5806)
        let inner = Self.box(whole, cols: 60, rows: 200, lines: 100).dropFirst().dropLast().map {
            String($0.dropFirst(2).dropLast()).trimmingCharacters(in: .whitespaces)
        }
        let urlStart = try #require(inner.lastIndex { $0.hasPrefix("URL       https://news.yahoo.com/") })
        var joined = String(inner[urlStart].dropFirst(10))
        var i = urlStart + 1
        while i < inner.count, !inner[i].hasPrefix("Id ") { joined += inner[i]; i += 1 }
        #expect(joined == url)
    }
}
