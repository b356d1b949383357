import Foundation
import IbidTestSupport
import Testing
import IbidDocument
@testable import IbidReader

/// Issue 11's sources view (`U`) on whole screens: domains with counts and bars, a domain's URLs,
/// a URL's citing notes with identical notes as one source, Enter to a note and Ctrl-O back.
/// Counts are computed here from the notes' text with a regular expression.
@Suite("Sources view")
struct SourcesViewScreenTests {
    typealias F = ReaderFixtures
    typealias U = URLActionScreenTests

    /// Distinct notes citing each domain, from the notes' text.
    static func counts(_ chapters: [Chapter]) -> [String: Int] {
        NoteDomains.distinctNotesCiting(chapters.flatMap { F.library.content(of: $0).notes.map(\.plainText) })
    }

    /// The box's rows between its borders, without the borders.
    static func boxRows(_ screen: Screen) -> (title: String, rows: [String]) {
        let rows = F.rows(screen)
        guard let top = rows.firstIndex(where: { $0.contains("┌─") }) else { return ("", []) }
        let bottom = rows[(top + 1)...].firstIndex { $0.contains("└─") } ?? rows.count
        let inner = rows[(top + 1)..<bottom].map { row -> String in
            guard let l = row.firstIndex(of: "│") else { return row }
            let rest = row[row.index(after: l)...]
            let r = rest.lastIndex(of: "│") ?? rest.endIndex
            return String(rest[..<r]).trimmingCharacters(in: .whitespaces)
        }
        return (rows[top], inner)
    }

    @Test func uShowsTheOpenReportsDomainsMostCitedFirst() throws {
        let chapter = try #require(F.library.chapter(id: 6003))
        let report = F.library.reports[F.library.reportIndex(of: chapter)]
        let expected = Self.counts(report.chapters)
        let (state, screen, _) = try U.run("U", size: (100, 30), open: 6003)
        let (title, rows) = Self.boxRows(screen)
        #expect(title.contains("Sources · \(report.title) · \(expected.count) domains"), "\(title)")
        #expect(title.contains("Tab: library"))
        #expect(rows.count == 26, "a 30-row terminal shows 26 domains")
        var bars: [Int] = []
        for row in rows {
            let parts = row.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(parts[0]), count = Int(parts[1]) ?? -1
            #expect(expected[name] == count, "\(name): \(count) on screen, \(expected[name] ?? 0) in the notes")
            bars.append(parts.count > 2 ? parts[2].count : 0)
        }
        let top = try #require(expected.values.max())
        #expect(Int(rows[0].split(separator: " ")[1]) == top)
        #expect(bars == bars.sorted(by: >), "bars shrink with the counts")
        #expect(bars[0] > 3 * bars[bars.count - 1], "a bar is scaled to its count")
        guard case .sources(let view) = state.overlay else { Issue.record("no sources overlay"); return }
        #expect(view.scope == .report)
    }

    @Test func tabSwitchesToTheWholeLibrary() throws {
        let expected = Self.counts(F.library.chapters)
        let (_, screen, _) = try U.run("U<Tab>", size: (100, 30), open: 6003)
        let (title, rows) = Self.boxRows(screen)
        #expect(title.contains("Sources · the library · \(expected.count) domains"), "\(title)")
        #expect(title.contains("Tab: report"))
        for row in rows {
            let parts = row.split(separator: " ")
            #expect(expected[String(parts[0])] == Int(parts[1]), "\(row)")
        }
        let (_, back, _) = try U.run("U<Tab><Tab>", size: (100, 30), open: 6003)
        #expect(Self.boxRows(back).title.contains("Tab: library"))
    }

    /// Keys from the domains down to the OSCE election report's citing notes, in the whole library.
    static func keysToOSCE(state: ReaderState) throws -> (String, Int) {
        guard case .sources(let view) = state.overlay else { throw CancellationError() }
        let d = try #require(view.index.domains.firstIndex { $0.name == "osce.org" })
        let u = try #require(view.index.domains[d].urls.firstIndex { $0.url == "https://www.osce.org/odihr/elections/kazakhstan/470850" })
        return ("U<Tab>" + String(repeating: "j", count: d) + "<Enter>" + String(repeating: "j", count: u), u)
    }

    @Test func enterGoesFromADomainToItsURLsToTheNotesCitingOne() throws {
        let (start, _, _) = try U.run("U<Tab>", size: (110, 40), open: 5607)
        let (keys, _) = try Self.keysToOSCE(state: start)
        let (_, urlScreen, _) = try U.run(keys, size: (110, 40), open: 5607)
        let urls = Self.boxRows(urlScreen)
        #expect(urls.title.contains("osce.org — "), "\(urls.title)")
        #expect(urls.rows.contains("3  https://www.osce.org/odihr/elections/kazakhstan/470850"), "cited by notes 31, 32 and 130 of 6003")

        let (state, screen, _) = try U.run(keys + "<Enter>", size: (110, 40), open: 5607)
        let cited = Self.boxRows(screen)
        #expect(cited.title.contains("Cited by 3 notes: https://www.osce.org/odihr/elections/kazakhstan/470850"), "\(cited.title)")
        // The two identical notes are one source: its text once, then both notes under it.
        let pair = try #require(cited.rows.firstIndex { $0.hasPrefix("one source, cited 2×: OSCE Office for Democratic Institutions and Human Rights, Parliamentary Elections") })
        #expect(cited.rows[pair + 1].hasPrefix("6003 · note 31 · "))
        #expect(cited.rows[pair + 2].hasPrefix("6003 · note 32 · "))
        #expect(cited.rows.filter { $0.hasPrefix("6003 · note") }.count == 3)
        #expect(cited.rows.contains { $0.hasPrefix("6003 · note 130 · ") })
        guard case .sources(let view) = state.overlay else { Issue.record("no overlay"); return }
        #expect(view.level == .citedBy(domain: view.path[0], url: view.path[1]))
    }

    @Test func enterOnANoteGoesThereAndCtrlOComesBack() throws {
        let (start, _, _) = try U.run("U<Tab>", size: (110, 40), open: 5607)
        let (keys, _) = try Self.keysToOSCE(state: start)
        let (before, _, _) = try U.run("", size: (110, 40), open: 5607)
        let (state, screen, _) = try U.run(keys + "<Enter>j<Enter>", size: (110, 40), open: 5607)
        #expect(state.overlay == nil)
        #expect(state.chapterID == 6003)
        #expect(state.focus == .notes)
        let note = try #require(state.content?.notes[state.noteCursor])
        #expect(note.number == 32)
        #expect(F.rows(screen).last!.contains("sources → 6003 note 32"))
        let (back, _, _) = try U.run(keys + "<Enter>j<Enter><C-o>", size: (110, 40), open: 5607)
        #expect(back.chapterID == 5607)
        #expect(back.top == before.top)
        #expect(back.focus == before.focus)
    }

    @Test func escapeGoesBackUpALevelAtATime() throws {
        let (start, _, _) = try U.run("U<Tab>", size: (110, 40), open: 5607)
        let (keys, u) = try Self.keysToOSCE(state: start)
        let (up, _, _) = try U.run(keys + "<Enter><Esc>", size: (110, 40), open: 5607)
        guard case .sources(let a) = up.overlay else { Issue.record("closed too early"); return }
        #expect(a.path.count == 2 && a.cursor == u, "back on the URL that was entered")
        let (top, _, _) = try U.run(keys + "<Enter><Esc><BS>", size: (110, 40), open: 5607)
        guard case .sources(let b) = top.overlay else { Issue.record("closed too early"); return }
        #expect(b.level == .domains)
        #expect(b.domain?.name == "osce.org")
        let (closed, _, _) = try U.run(keys + "<Enter><Esc><BS><Esc>", size: (110, 40), open: 5607)
        #expect(closed.overlay == nil)
        let (quit, _, _) = try U.run(keys + "<Enter>q", size: (110, 40), open: 5607)
        #expect(quit.overlay == nil, "q closes from any level")
    }

    /// `y` and `o` work on the URL entered, from its cited-by list too.
    @Test func yAndOInTheSourcesViewActOnTheURL() throws {
        let (start, _, _) = try U.run("U<Tab>", size: (110, 40), open: 5607)
        let (keys, _) = try Self.keysToOSCE(state: start)
        let (_, _, copied) = try U.run(keys + "y", size: (110, 40), open: 5607)
        #expect(copied == [.copy("https://www.osce.org/odihr/elections/kazakhstan/470850")])
        let (_, _, opened) = try U.run(keys + "<Enter>o", size: (110, 40), open: 5607)
        #expect(opened == [.open("https://www.osce.org/odihr/elections/kazakhstan/470850")])
        let (domains, _, none) = try U.run("Uy", size: (110, 40), open: 5607)
        #expect(none.isEmpty)
        #expect(domains.message == "choose a URL first (Enter on a domain lists them)")
    }
}
