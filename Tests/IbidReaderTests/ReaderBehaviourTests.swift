import Testing
import IbidDocument
import IbidDump
import IbidTestSupport
@testable import IbidReader

@Suite("Reader behaviour")
struct ReaderBehaviourTests {
    typealias F = ReaderFixtures

    /// The reader pane's rectangle in a state.
    static func readerRect(_ s: ReaderState) -> Rect { s.layout.reader! }

    @Test func openingAChapterFromTheList() throws {
        let (state, screen) = try F.run("j<Enter>")
        #expect(state.chapterID == 6003)
        #expect(state.focus == .reader)
        let rows = F.rows(screen)
        #expect(rows[0].contains("Retreating Rights - Kazakhstan: Introduction"))
        #expect(rows[3].contains("▸Introduction"))
        #expect(rows[1].contains("Kazakhstan is a country that has worked hard"))
        #expect(rows[39].hasPrefix(" 6003 · (opening) · "))
    }

    @Test func nextMarkerShowsItsNoteBesideTheText() throws {
        let (state, screen) = try F.run("]", open: 6003)
        let lines = try #require(state.lines)
        #expect(state.selectedMarker == 0)
        #expect(lines.markers[0].citation == Citation(number: 1, scope: .chapter))
        let reader = Self.readerRect(state), notes = try #require(state.layout.notes)
        let row = 1 + lines.markers[0].line - state.top
        let x = Layout.textColumn(of: reader).x + lines.markers[0].column
        #expect((x..<(x + 3)).allSatisfy { screen[$0, row].style.reverse })
        #expect(screen[x, row].glyph == "[")
        let text = F.rows(screen).map { String($0.dropFirst(notes.x)) }
        #expect(text[1].hasPrefix(" [1] Francisco Olmos, State-building"))
        #expect(screen[notes.x + 1, 1].style.reverse, "the selected marker's note is highlighted")
        // Scrolling on updates the sidebar to the markers now on screen.
        var s = state
        s.handle(.key(.char("}")))
        s.handle(.key(.char("}")))
        #expect(s.selectedMarker == nil)
        let onScreen = s.notesOnScreen.map { s.content!.notes[$0].number }
        #expect(onScreen == s.visibleMarkers.map { lines.markers[$0].citation.number }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        #expect(!onScreen.isEmpty && onScreen.first! > 1)
        let later = F.rows(Renderer.render(s)).map { String($0.dropFirst(notes.x)) }
        #expect(later[1].hasPrefix(" [\(onScreen[0])] "))
    }

    @Test func followBackAndForwardRestoreTheExactView() throws {
        var (state, _) = try F.run("}}]]", open: 6003)
        let before = state.view
        #expect(before.focus == .reader)
        let marker = try #require(state.selectedMarker)
        let number = state.lines!.markers[marker].citation.number
        state.handle(.key(.enter))
        #expect(state.focus == .notes)
        #expect(state.content!.notes[state.noteCursor].number == number)
        #expect(state.breadcrumb == "Independent Kazakhstan › [\(number)] → note \(number)")
        let followed = state.view
        state.handle(.key(.ctrl("o")))
        #expect(state.view == before)
        state.handle(.key(.ctrl("]")))
        #expect(state.view == followed)
        state.handle(.key(.backspace))
        #expect(state.view == before)
        state.handle(.key(.char("L")))
        // Enter on the note goes back to where it is cited: the same marker, the same scroll.
        state.handle(.key(.enter))
        #expect(state.view == before)
        // Ctrl-O with no history says so instead of doing something surprising.
        var fresh = try F.run("", open: 6003).0
        fresh.handle(.key(.ctrl("o")))
        #expect(fresh.message == "already at the oldest position")
    }

    @Test func noteEnterWalksItsCitations() throws {
        // Note 4 of 5987 is cited; from the notes pane Enter goes to its marker in the text.
        var (state, _) = try F.run("4<Enter>", open: 5987)
        #expect(state.focus == .notes)
        #expect(state.content!.notes[state.noteCursor].number == 4)
        state.handle(.key(.enter))
        #expect(state.focus == .reader)
        let m = try #require(state.selectedMarker)
        #expect(state.lines!.markers[m].citation.number == 4)
        #expect(state.visibleMarkers.contains(m))
    }

    @Test func contentsOverlayJumpsToASection() throws {
        let (state, screen) = try F.run("t", open: 6003)
        #expect(state.overlay == .contents(cursor: 0))
        let text = F.rows(screen).joined(separator: "\n")
        #expect(text.contains("Contents — Enter jumps, j k move, q closes"))
        #expect(text.contains("│ A very brief history of Kazakhstan"))
        #expect(text.contains("▪ Monitoring the security situation of human rights defenders"))
        var (jumped, _) = try F.run("tjjj<Enter>", open: 6003)
        #expect(jumped.overlay == nil)
        #expect(jumped.currentSection == 3)
        #expect(jumped.top == jumped.lines!.sectionStarts[3])
        #expect(jumped.breadcrumb == "contents → COVID-19")
        jumped.handle(.key(.ctrl("o")))
        #expect(jumped.top == 0)
        let (closed, _) = try F.run("tq", open: 6003)
        #expect(closed.overlay == nil)
    }

    @Test func searchWithNextPreviousAndWrap() throws {
        var (state, screen) = try F.run("/tokayev<Enter>", open: 6003)
        let search = try #require(state.search)
        #expect(search.matches.count >= 5)
        #expect(search.current == 0)
        let first = search.matches[0]
        // The text's matches and then the notes that match (one note of 6003 names Tokayev).
        #expect(search.notes.count == 1)
        #expect(state.message == "\(search.total) matches for tokayev (1 in notes)")
        let x = Layout.textColumn(of: Self.readerRect(state)).x + first.column
        let y = 1 + first.line - state.top
        #expect(screen[x, y].style.role == .match)
        #expect(screen[x, y].style.reverse, "the current match stands out")
        state.handle(.key(.char("n")))
        #expect(state.search?.current == 1)
        #expect(state.message == "match 2 of \(search.total)")
        state.handle(.key(.char("N")))
        state.handle(.key(.char("N")))
        #expect(state.search?.current == search.total - 1)
        #expect(state.focus == .notes && state.noteCursor == search.notes[0], "the last match is the note")
        #expect(state.message == "search hit TOP, continuing at BOTTOM")
        screen = Renderer.render(state)
        #expect(F.rows(screen)[39].contains("search hit TOP, continuing at BOTTOM"))
        let (missing, _) = try F.run("/zzzxq<Enter>", open: 6003)
        #expect(missing.message == "pattern not found: zzzxq")
    }

    @Test func goToNote140InTheKazakhstanIntroduction() throws {
        let (state, screen) = try F.run("140<Enter>", open: 6003)
        #expect(state.focus == .notes)
        #expect(state.content!.notes[state.noteCursor].number == 140)
        let notes = try #require(state.layout.notes)
        let rows = F.rows(screen).map { String($0.dropFirst(notes.x)) }
        let row = try #require(rows.firstIndex { $0.hasPrefix(" [140] OSCE, Summits,") })
        #expect(screen[notes.x + 2, row].style.reverse)
        #expect(rows[0].contains("140/140"))
        #expect(F.rows(screen)[39].contains("go to note 140"))
        let (typing, typed) = try F.run("14", open: 6003)
        #expect(typing.pendingDigits == "14")
        #expect(F.rows(typed)[39].contains("go to note 14… (Enter)"))
        let (cancelled, _) = try F.run("14<Esc>", open: 6003)
        #expect(cancelled.pendingDigits == "" && cancelled.focus == .reader)
        let (absent, _) = try F.run("999<Enter>", open: 6003)
        #expect(absent.message == "no note 999 in this chapter")
    }

    @Test func resizeKeepsTheSelectedMarkerAndComesBack() throws {
        var (state, _) = try F.run("}}]]", open: 6003)
        let marker = try #require(state.selectedMarker)
        let anchor = state.lines!.markers[marker].anchor
        state.handle(.resize(cols: 60, rows: 20))
        #expect(state.layout.list == nil)
        #expect(state.layout.notes != nil && state.layout.notes!.y > state.layout.reader!.y, "notes under the text")
        let narrow = try #require(state.selectedMarker)
        #expect(state.lines!.markers[narrow].anchor == anchor)
        #expect(state.visibleMarkers.contains(narrow))
        let screen = Renderer.render(state)
        #expect(screen.cols == 60 && screen.rows == 20)
        #expect(F.rows(screen).allSatisfy { CharWidth.width($0) == 61 })
        state.handle(.resize(cols: 120, rows: 40))
        let wide = try #require(state.selectedMarker)
        #expect(state.lines!.markers[wide].anchor == anchor)
        #expect(state.visibleMarkers.contains(wide))
        #expect(state.layout.list != nil)
    }

    @Test func keysOnState() throws {
        var (state, _) = try F.run("")
        #expect(state.focus == .list)
        state.handle(.key(.tab))
        #expect(state.focus == .reader)
        state.handle(.key(.tab))
        #expect(state.focus == .notes)
        state.handle(.key(.shiftTab))
        #expect(state.focus == .reader)
        state.handle(.key(.char("?")))
        #expect(state.overlay == .help(top: 0))
        #expect(state.handle(.key(.char("q"))) == nil, "q closes the overlay first")
        #expect(state.overlay == nil)
        var (reader, _) = try F.run("G", open: 6003)
        #expect(reader.top == reader.maxTop && reader.top > 0)
        reader.handle(.key(.char("g")))
        #expect(reader.top == 0)
        reader.handle(.key(.char(" ")))
        #expect(reader.top == reader.viewportHeight - 2)
        reader.handle(.key(.char("b")))
        #expect(reader.top == 0)
        reader.handle(.key(.ctrl("d")))
        #expect(reader.top == reader.viewportHeight / 2)
        reader.handle(.key(.char("g")))
        reader.handle(.key(.char("}")))
        #expect(reader.currentSection == 1)
        #expect(reader.top == reader.lines!.sectionStarts[1])
        reader.handle(.key(.char("{")))
        #expect(reader.currentSection == 0)
        reader.handle(.key(.char("]")))
        #expect(reader.selectedMarker == 0)
        reader.handle(.key(.char("[")))
        #expect(reader.message == "no more citations above")
        #expect(reader.handle(.key(.char("q"))) == .quit)
    }

    @Test func listNavigation() throws {
        let (state, _) = try F.run("GggG")
        #expect(state.listCursor == state.rows.count - 1)
        // The last row: Building on the Integrated Review, since the Kyrgyzstan report is listed where
        // its first edition's chapter (the Kyrgyz summary, 5930) stands in the dump.
        let (opened, _) = try F.run("G<Enter>")
        #expect(opened.chapterID == 5636)
        let (report, _) = try F.run("k<Enter>")
        #expect(report.chapterID == 6005, "a report row opens its first chapter")
    }

    @Test func mouseClicksAndWheel() throws {
        var (state, _) = try F.run("", open: 6003)
        let reader = Self.readerRect(state)
        state.handle(.key(.char("]")))
        let m = state.lines!.markers[state.selectedMarker!]
        state.selectedMarker = nil
        state.handle(.mouse(MouseEvent(kind: .click, x: Layout.textColumn(of: reader).x + m.column + 1, y: reader.y + 1 + m.line - state.top)))
        #expect(state.focus == .notes)
        #expect(state.content!.notes[state.noteCursor].number == m.citation.number)
        var wheel = try F.run("", open: 6003).0
        wheel.handle(.mouse(MouseEvent(kind: .wheelDown, x: reader.x + 2, y: reader.y + 3)))
        #expect(wheel.top == 3)
        let list = try #require(wheel.layout.list)
        wheel.handle(.mouse(MouseEvent(kind: .click, x: list.x + 3, y: list.y + 1 + 3)))
        #expect(wheel.rows[3].chapterID == 5987)
        #expect(wheel.chapterID == wheel.rows[3].chapterID)
    }

    @Test func helpOverlayListsEveryKey() throws {
        let (_, screen) = try F.run("?", open: 6003)
        let text = F.rows(screen).joined(separator: "\n")
        #expect(text.contains("Keys — j k scroll, G end, q closes"))
        for entry in KeyHelp.sections[0].entries { #expect(text.contains(entry.keys), "\(entry.keys)") }
    }
}

@Suite("Untrusted text on screen")
struct HostileTextTests {
    static let hostile: Library = {
        let content = "Intro \u{1B}]0;pwned\u{07} text \u{1B}]52;c;aGk=\u{07} more \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ "
            + "clear\u{1B}[2J dcs\u{1B}Pq#0\u{1B}\\ c1\u{9B}31m red \u{202E}evil\u{202C} wide 中文字 emoji 😀 end.[1]\u{A0}[1] Note \u{1B}[31mred\u{1B}"
        let dump = PrintRWriter.write(.array([(key: "0", value: .post([("ID", "7"), ("post_content", content), ("post_title", "Title \u{1B}]2;owned\u{07}\u{1B}")]))]), layout: .collapsed)
        return Library(dump: try! DumpLoader.load(DumpBytes(dump), path: "hostile.txt"))
    }()

    static func forbidden(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
            || (0x2066...0x2069).contains(s.value) || s.value == 0x200E || s.value == 0x200F
    }

    @Test(arguments: [(120, 40), (80, 24), (33, 12), (61, 20)])
    func noControlReachesAScreen(cols: Int, rows: Int) throws {
        for keys in ["", "]", "]<Enter>", "<Tab>", "/red<Enter>"] {
            let (_, screen) = try ReaderFixtures.run(keys, size: (cols, rows), open: 7, library: Self.hostile)
            for cell in screen.cells {
                #expect(!cell.glyph.unicodeScalars.contains(where: Self.forbidden), "\(keys) at \(cols)x\(rows)")
            }
            #expect(screen.lines().allSatisfy { CharWidth.width($0) == cols })
        }
        let (_, screen) = try ReaderFixtures.run("", size: (cols, rows), open: 7, library: Self.hostile)
        let text = screen.lines().joined()
        #expect(text.contains("^["))
    }

    @Test func visibleReplacementsInTheText() throws {
        let (_, screen) = try ReaderFixtures.run("", size: (160, 30), open: 7, library: Self.hostile)
        let text = screen.lines().joined(separator: "\n")
        #expect(text.contains("<U+202E>evil"))
        #expect(text.contains("<U+009B>31m"))
        #expect(text.contains("Title ^[]2;owned^G^["))
    }

    @Test func wideGlyphsNeverStraddleAPaneBorder() throws {
        for cols in 60...75 {
            let (state, screen) = try ReaderFixtures.run("", size: (cols, 20), open: 7, library: Self.hostile)
            for rect in [state.layout.reader, state.layout.notes].compactMap({ $0 }) {
                for y in rect.y..<rect.maxY where rect.maxX - 1 < cols {
                    #expect(screen[rect.maxX - 1, y].width != 2, "a wide glyph at the last column of a pane at \(cols)")
                }
            }
            for y in 0..<screen.rows {
                for x in 0..<cols where screen[x, y].width == 2 {
                    #expect(x + 1 < cols && screen[x + 1, y].isContinuation)
                }
            }
        }
    }
}
