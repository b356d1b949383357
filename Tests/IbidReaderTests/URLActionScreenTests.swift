import Foundation
import IbidTestSupport
import Testing
import IbidDocument
@testable import IbidReader

/// Issue 10's URL keys on whole screens: `y` copies the selected note's URL (a picker when it has
/// several), `Y` the note, `o` opens the URL — as effects the terminal carries out, with the status
/// line saying what was done. Expected URLs are read from the notes' text with a regular expression,
/// not from the model's URL list.
@Suite("URL actions")
struct URLActionScreenTests {
    typealias F = ReaderFixtures

    /// Applies `keys` as `ReaderFixtures.run` does, keeping every effect the keys produced.
    static func run(_ keys: String, size: (Int, Int) = (100, 30), open: Int? = nil, library: Library = F.library) throws -> (ReaderState, Screen, [Effect]) {
        var state = ReaderState(library: library, cols: size.0, rows: size.1, open: open)
        state.handle(.warmedUp)
        var screen = Renderer.render(state)
        var effects: [Effect] = []
        for event in try KeyNotation.parse(keys) {
            if let effect = state.handle(event) {
                if effect == .quit { break }
                effects.append(effect)
            }
            screen = Renderer.render(state)
        }
        return (state, screen, effects)
    }

    static let urlPattern = try! NSRegularExpression(pattern: "https?://[^\\s\\[\\]]+")

    /// The URLs in a note's text, trailing punctuation dropped.
    static func content(_ chapter: Int) throws -> ChapterContent {
        F.library.content(of: try #require(F.library.chapter(id: chapter)))
    }

    static func urls(inNote number: Int, of chapter: Int) throws -> [String] {
        let text = try #require(try content(chapter).note(number)).plainText
        let ns = text as NSString
        return urlPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            var url = ns.substring(with: $0.range)
            while let last = url.last, ".,;:".contains(last) { url.removeLast() }
            return url
        }
    }

    static func status(_ screen: Screen) -> String { F.rows(screen).last! }

    @Test func yCopiesTheURLOfANoteWithOne() throws {
        let url = try #require(try Self.urls(inNote: 5, of: 6003).first)
        #expect(try Self.urls(inNote: 5, of: 6003).count == 1)
        let (state, screen, effects) = try Self.run("5<Enter>y", open: 6003)
        #expect(effects == [.copy(url)])
        #expect(state.message == "copied \(url)")
        #expect(state.overlay == nil)
        let status = Self.status(screen)
        #expect(status.contains("copied " + url.prefix(30)), "the status line says what was copied: \(status)")
        // The reader's own pane: the selected citation's note, as in the notes.
        let (_, _, fromText) = try Self.run("]]]]]y", open: 6003)
        #expect(fromText.count == 1)
    }

    /// A note with two URLs opens the picker: both URLs, in the note's order, the first highlighted;
    /// `j` then Enter copies the second; Esc copies nothing.
    @Test func theURLPickerListsTheNotesURLs() throws {
        let urls = try Self.urls(inNote: 4, of: 6003)
        #expect(urls.count == 2)
        let (state, screen, effects) = try Self.run("4<Enter>y", open: 6003)
        #expect(effects.isEmpty)
        let rows = F.rows(screen)
        let top = try #require(rows.firstIndex { $0.contains("┌─ Copy a URL of note 4 — Enter copies, o opens, q closes ─") })
        let x = try #require(rows[top].firstIndex(of: "┌")).utf16Offset(in: rows[top])
        #expect(rows[top + 1].contains("│ \(urls[0]) "))
        #expect(rows[top + 2].contains("│ \(urls[1]) "))
        #expect(rows[top + 3].contains("└───"))
        // The cursor is the reversed row.
        let xs = rows[top + 1].distance(from: rows[top + 1].startIndex, to: rows[top + 1].firstIndex(of: "│")!)
        #expect(screen[xs + 2, top + 1].style.reverse)
        #expect(!screen[xs + 2, top + 2].style.reverse)
        #expect(x >= 0)
        guard case .urls(let picker) = state.overlay else { Issue.record("no picker"); return }
        #expect(picker.urls == urls)

        let (moved, movedScreen, _) = try Self.run("4<Enter>yj", open: 6003)
        #expect(movedScreen[xs + 2, top + 2].style.reverse)
        #expect(moved.message == nil)
        let (after, _, chosen) = try Self.run("4<Enter>yj<Enter>", open: 6003)
        #expect(chosen == [.copy(urls[1])])
        #expect(after.overlay == nil)
        #expect(after.message == "copied \(urls[1])")
        let (_, _, cancelled) = try Self.run("4<Enter>y<Esc>", open: 6003)
        #expect(cancelled.isEmpty)
        // `o` asks the same, and Enter then opens; `y` inside the picker copies whatever it was opened for.
        let (_, openScreen, opened) = try Self.run("4<Enter>o<Enter>", open: 6003)
        #expect(opened == [.open(urls[0])])
        #expect(Self.status(openScreen).contains("opening \(urls[0].prefix(30))"))
        let (_, _, copiedInstead) = try Self.run("4<Enter>ojy", open: 6003)
        #expect(copiedInstead == [.copy(urls[1])])
    }

    @Test func yCopiesTheWholeNote() throws {
        let note = try #require(try Self.content(6003).note(31))
        let (state, _, effects) = try Self.run("31<Enter>Y", open: 6003)
        #expect(effects == [.copy(note.plainText)])
        #expect(note.plainText.hasPrefix("OSCE Office for Democratic Institutions and Human Rights"))
        #expect(state.message?.hasPrefix("copied note 31: OSCE Office") == true)
    }

    @Test func withoutASelectedNoteNothingIsCopiedAndTheStatusLineSaysWhy() throws {
        let (reader, readerScreen, a) = try Self.run("y", open: 6003)
        #expect(a.isEmpty)
        #expect(reader.message == "no citation selected: ] selects the next one")
        #expect(Self.status(readerScreen).hasSuffix("no citation selected: ] selects the next one |"))
        let (list, _, b) = try Self.run("o")
        #expect(b.isEmpty)
        #expect(list.focus == .list)
        #expect(list.message == "no note selected: open a chapter, then ] selects a citation")
        // Note 1 of 6003 has no URL (`ibid notes 6003`: a plain reference).
        let plain = try #require(try Self.content(6003).notes.first { $0.urls.isEmpty })
        #expect(try Self.urls(inNote: plain.number, of: 6003).isEmpty)
        let (none, _, c) = try Self.run("\(plain.number)<Enter>o", open: 6003)
        #expect(c.isEmpty)
        #expect(none.message == "note \(plain.number) has no URL")
    }

    // MARK: Hostile URLs

    /// Note 1 names a `javascript:` URL (which no rule takes for a link), note 2 a URL with ESC in
    /// it, note 3 a plain one, note 4 a scheme-less `www.` one.
    static func hostileLibrary() throws -> Library {
        let content = "<p>One.[1] Two.[2] Three.[3] Four.[4]</p>"
            + "<p>[1] Click javascript:alert(document.cookie) now.</p>"
            + "<p>[2] Evil, https://evil.example/a\u{1B}]52;c;ZXZpbA==\u{07}b end.</p>"
            + "<p>[3] Fine, https://ok.example/x.</p>"
            + "<p>[4] Bare, www.ok.example/y.</p>"
        let text = "Array\n(\n    [0] => WP_Post Object\n        (\n            [ID] => 7\n"
            + "            [post_content] => \(content)\n            [post_title] => Hostile URLs\n        )\n\n)\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-urls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("hostile.txt")
        try Data(text.utf8).write(to: file)
        return try Library.load(path: file.path)
    }

    @Test func hostileURLsAreNeverHandedOn() throws {
        let library = try Self.hostileLibrary()
        let (js, _, a) = try Self.run("1<Enter>o", open: 7, library: library)
        #expect(a.isEmpty)
        #expect(js.message == "note 1 has no URL")
        let (esc, escScreen, b) = try Self.run("2<Enter>o", open: 7, library: library)
        #expect(b.isEmpty, "a URL with ESC is not opened")
        #expect(esc.message?.hasPrefix("not opened (control characters): https://evil.example/a^[") == true, "\(esc.message ?? "")")
        #expect(!escScreen.cells.contains { $0.glyph.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) } })
        // Copying it copies the sanitised text: no ESC reaches the clipboard sequence either.
        let (_, _, c) = try Self.run("2<Enter>y", open: 7, library: library)
        guard case .copy(let copied)? = c.first else { Issue.record("nothing copied"); return }
        #expect(!copied.unicodeScalars.contains { $0.value == 0x1B })
        #expect(copied.hasPrefix("https://evil.example/a^["))
        let (_, _, d) = try Self.run("3<Enter>o", open: 7, library: library)
        #expect(d == [.open("https://ok.example/x")])
        let (_, _, e) = try Self.run("4<Enter>o", open: 7, library: library)
        #expect(e == [.open("http://www.ok.example/y")])
    }
}
