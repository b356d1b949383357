import IbidDocument
import IbidDump
import IbidTestSupport
import Testing
@testable import IbidReader

/// The search pane (`s`, issue 11) on whole screens, as `ibid screen` and the terminal draw them.
/// Expected hits are counted from the library's own texts by plain substring search, never taken
/// from the engine under test.
@Suite("Search pane screens")
struct LibrarySearchScreenTests {
    typealias F = ReaderFixtures

    /// Applies `keys`, giving the state the idle turns the terminal would between keys (the
    /// library search runs in slices) before each frame.
    static func run(_ keys: String, size: (Int, Int) = (110, 30), open: Int? = nil, library: Library = F.library,
                    index: (any SearchIndexing)? = nil) throws -> (ReaderState, Screen) {
        var state = ReaderState(library: library, cols: size.0, rows: size.1, open: open, index: index)
        state.handle(.warmedUp)
        var screen = Renderer.render(state)
        for event in try KeyNotation.parse(keys) {
            if state.handle(event) == .quit { break }
            while state.hasBackgroundWork { state.handle(.idle) }
            screen = Renderer.render(state)
        }
        return (state, screen)
    }

    /// Every text the search looks in, read from the content directly: (chapter, place, text).
    static func texts(_ library: Library = F.library) -> [(chapter: Int, place: SearchHit.Place, text: String)] {
        var out: [(Int, SearchHit.Place, String)] = []
        for chapter in library.chapters {
            let content = library.content(of: chapter)
            for (s, section) in content.sections.enumerated() {
                if let h = section.heading { out.append((chapter.id, .heading(section: s), h)) }
                for (b, block) in section.blocks.enumerated() { out.append((chapter.id, .block(section: s, block: b), block.plainText)) }
            }
            for note in content.notes { out.append((chapter.id, .note(number: note.number, scope: note.scope), note.plainText)) }
        }
        return out
    }

    /// Non-overlapping occurrences of an ASCII word, case ignored.
    static func count(_ word: String, in text: String) -> Int {
        let hay = Array(text.lowercased().utf8), needle = Array(word.lowercased().utf8)
        var n = 0, i = 0
        while i + needle.count <= hay.count {
            if Array(hay[i..<(i + needle.count)]) == needle { n += 1; i += needle.count } else { i += 1 }
        }
        return n
    }

    static func total(_ word: String) -> Int { texts().reduce(0) { $0 + count(word, in: $1.text) } }

    @Test func resultsFollowTheTyping() throws {
        var typed = ""
        for c in "Nazarb" {
            typed.append(c)
            let (state, screen) = try Self.run("s" + typed)
            let rows = F.rows(screen)
            let expected = Self.total(typed)
            #expect(state.overlay == .librarySearch)
            #expect(rows[2].contains("s/" + typed + "█"), "row 2: \(rows[2])")
            #expect(rows[2].contains(expected == 1 ? "1 hit" : "\(expected) hits"), "\(typed): \(expected) expected; \(rows[2])")
        }
        // The first hit: the first text in library order holding the word, named as the list names it.
        let (_, screen) = try Self.run("sNazarbayev")
        let rows = F.rows(screen)
        let first = Self.texts().first { Self.count("Nazarbayev", in: $0.text) > 0 }!
        let chapter = F.library.chapter(id: first.chapter)!
        let report = F.library.reports[F.library.reportIndex(of: chapter)]
        #expect(rows[4].contains("\(report.subject ?? report.title) › \(report.partTitle(of: chapter)) (\(chapter.id))"), "\(rows[4])")
        #expect(rows[5].contains("Nazarbayev"))
        // The match is drawn in the match style, the text around it is not.
        let y = 5
        let x = rows[y].range(of: "Nazarbayev").map { rows[y].distance(from: rows[y].startIndex, to: $0.lowerBound) }!
        #expect(screen[x, y].style.role == .match)
        #expect(screen[x - 2, y].style.role != .match)
    }

    @Test func enterGoesToTheHitInTheTextAndCtrlOComesBackExactly() throws {
        // Start somewhere particular: another chapter, scrolled, a marker selected.
        let start = "jjjjjjjjjjjj]"
        let (before, screenBefore) = try Self.run(start, open: 6003)
        #expect(before.selectedMarker != nil)
        let (after, screen) = try Self.run(start + "sNazarbayev<Down><Down><Enter>", open: 6003)
        // The third hit, by the plain count: the third occurrence in library order.
        var seen = 0
        var target: (chapter: Int, place: SearchHit.Place)?
        for t in Self.texts() {
            let n = Self.count("Nazarbayev", in: t.text)
            if seen + n >= 3 { target = (t.chapter, t.place); break }
            seen += n
        }
        #expect(after.overlay == nil)
        #expect(after.focus == .reader)
        #expect(after.chapterID == target?.chapter)
        guard case .block(let s, let b)? = target?.place, let lines = after.lines, let search = after.search, let current = search.current else {
            Issue.record("no text hit or no current match"); return
        }
        let line = search.matches[current].line
        #expect(lines.lines[line].section == s && lines.lines[line].block == b, "the current match is in the hit's block")
        #expect(line >= after.top && line < after.top + after.viewportHeight, "and on screen")
        #expect(F.rows(screen).joined().contains("Nazarbayev"))
        #expect(F.rows(screen).last!.contains("search “Nazarbayev” → \(target!.chapter)"))
        // Ctrl-O: exactly the view the search began from, every row but the status line's message.
        let (back, screenBack) = try Self.run(start + "sNazarbayev<Down><Down><Enter><C-o>", open: 6003)
        #expect(back.chapterID == before.chapterID)
        #expect(back.top == before.top)
        #expect(back.selectedMarker == before.selectedMarker)
        #expect(back.focus == before.focus)
        #expect(Array(F.rows(screenBack).dropLast()) == Array(F.rows(screenBefore).dropLast()))
    }

    /// A block with the word twice: the second hit goes to the second match in that block.
    @Test func enterGoesToTheHitsOwnOccurrenceInItsBlock() throws {
        var before = 0
        var target: (chapter: Int, section: Int, block: Int)?
        for t in Self.texts() {
            let n = Self.count("Kazakhstan", in: t.text)
            if n >= 2, case .block(let s, let b) = t.place { target = (t.chapter, s, b); break }
            before += n
        }
        guard let target else { Issue.record("no block with the word twice"); return }
        // Hit number before + 1 (0-based) is the block's second occurrence.
        let (state, _) = try Self.run("sKazakhstan" + String(repeating: "<Down>", count: before + 1) + "<Enter>", size: (110, 30), open: 6005)
        #expect(state.chapterID == target.chapter)
        guard let lines = state.lines, let search = state.search, let current = search.current else { Issue.record("no match"); return }
        let inBlock = search.matches.indices.filter { lines.lines[search.matches[$0].line].section == target.section && lines.lines[search.matches[$0].line].block == target.block }
        #expect(inBlock.count >= 2)
        #expect(inBlock.firstIndex(of: current) == 1)
    }

    @Test func enterOnANoteHitShowsTheNoteInTheSidebar() throws {
        // A word that occurs once in the whole library, in a note.
        var chosen: (word: String, chapter: Int, number: Int)?
        outer: for t in Self.texts() {
            guard case .note(let number, .chapter) = t.place else { continue }
            for word in t.text.split(whereSeparator: { !$0.isLetter }) where word.count >= 9 && word.allSatisfy(\.isASCII) {
                if Self.total(String(word)) == 1 { chosen = (String(word), t.chapter, number); break outer }
            }
        }
        guard let chosen else { Issue.record("no note-only word in the sample"); return }
        let (state, screen) = try Self.run("s\(chosen.word)<Enter>", open: 6005)
        #expect(state.chapterID == chosen.chapter)
        #expect(state.focus == .notes)
        let content = F.library.content(of: F.library.chapter(id: chosen.chapter)!)
        #expect(content.notes[state.noteCursor].number == chosen.number)
        #expect(F.rows(screen).last!.contains("note \(chosen.number)"))
        let back = try Self.run("s\(chosen.word)<Enter><C-o>", open: 6005).0
        #expect(back.chapterID == 6005)
        #expect(back.focus == .reader)
    }

    @Test func escapeLeavesTheScreenAsItWas() throws {
        let (_, before) = try Self.run("jjj", open: 6003)
        let (state, after) = try Self.run("jjjsKunaev<Esc>", open: 6003)
        #expect(state.overlay == nil)
        #expect(F.rows(after) == F.rows(before))
        // Backspace on an empty query closes too.
        let (closed, _) = try Self.run("jjjsab<BS><BS><BS>", open: 6003)
        #expect(closed.overlay == nil)
    }

    @Test func theCursorMovesAndStaysInView() throws {
        let total = Self.total("the")
        #expect(total > 100)
        let (state, screen) = try Self.run("sthe" + String(repeating: "<Down>", count: 30), size: (100, 24))
        #expect(state.librarySearch?.cursor == 30)
        // The selected hit is drawn reversed, and it is on screen.
        let rows = F.rows(screen)
        // (Inside the box: rows 3 to 21; the status line under it is reversed anyway.)
        // The selection fills its rows from the box's left edge; a match elsewhere is reversed only where it is.
        let reversed = (3..<22).filter { y in screen[3, y].style.reverse }
        #expect(reversed.count == 2, "one hit, two rows, selected: \(reversed)")
        #expect(reversed.allSatisfy { rows[$0].count > 4 })
        #expect(rows[2].contains("\(total) hits") || rows[2].contains("hits,"))
    }

    /// Text from a dump reaches the pane sanitised: an escape sequence in a paragraph shows as
    /// `^[`, never as a raw ESC.
    @Test func snippetsAreSanitised() throws {
        let date = "2021-01-02 03:04:05"
        let post = PrintRValue.post([
            ("ID", "7"), ("post_author", "3"), ("post_date", date), ("post_date_gmt", date),
            ("post_content", "<p>Before \u{1B}[31mevilword\u{1B}[0m after and \u{202E}reversed</p>"), ("post_title", "Evil"),
            ("post_excerpt", ""), ("post_status", "publish"), ("comment_status", "open"), ("ping_status", "open"),
            ("post_password", ""), ("post_name", "evil"), ("to_ping", ""), ("pinged", ""), ("post_modified", date),
            ("post_modified_gmt", date), ("post_content_filtered", ""), ("post_parent", "0"),
            ("guid", "https://example.org/?p=7"), ("menu_order", "0"), ("post_type", "post"),
            ("post_mime_type", ""), ("comment_count", "0"), ("filter", "raw"),
        ])
        let text = PrintRWriter.write(.array([(key: "0", value: post)]), layout: .raw)
        let library = Library(dump: try DumpLoader.load(DumpBytes(text), path: "evil.txt"))
        let (_, screen) = try Self.run("sevilword", library: library)
        let all = F.rows(screen).joined(separator: "\n")
        #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(all.contains("^[[31mevilword"))
    }

    /// The pane asks the index when there is one, and shows the same hits as the scan.
    @Test func anIndexGivesThePaneTheScansHits() throws {
        let index = RowsIndex(library: F.library)
        let (withIndex, screenIndexed) = try Self.run("sKunaev", index: index)
        let (scanned, screenScanned) = try Self.run("sKunaev")
        #expect(withIndex.librarySearch?.run.indexed == true)
        #expect(withIndex.librarySearch?.run.hits == scanned.librarySearch?.run.hits)
        #expect(index.asked.withLock { $0 } > 0)
        #expect(F.rows(screenIndexed)[2].contains("· index"))
        #expect(Array(F.rows(screenIndexed).dropFirst(3)) == Array(F.rows(screenScanned).dropFirst(3)))
    }
}

import Synchronization

/// A stand-in index: every row of the library is a candidate (a superset, as an index's must be),
/// served in batches; it counts how often it is asked.
final class RowsIndex: SearchIndexing, Sendable {
    let rows: [SearchRow]
    let asked = Mutex(0)

    init(library: Library) {
        var rows: [SearchRow] = []
        for chapter in library.chapters {
            SearchRow.forEachRow(of: library.content(of: chapter), chapterID: chapter.id) { rows.append($0) }
        }
        self.rows = rows
    }

    func candidates(for query: String, after position: Int64, limit: Int) -> SearchCandidates? {
        asked.withLock { $0 += 1 }
        let start = Int(position)
        let end = min(rows.count, start + limit)
        return SearchCandidates(rows: Array(rows[start..<end]), position: Int64(end), isLast: end == rows.count)
    }

    /// Counts nothing itself: the pane matches the candidates.
    func count(of query: String) -> Int? { nil }
    func chapterTitle(_ id: Int) -> String? { nil }
}
