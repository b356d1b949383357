import IbidTestSupport
import Testing
@testable import IbidDump
@testable import IbidDocument
@testable import IbidReader

/// The reader over a progressive load: it paints the posts found so far, takes keys meanwhile, and
/// once the scan ends shows exactly what a reader of the whole library would.
@Suite("The reader while the dump is still being read")
struct ProgressiveReaderTests {
    /// The sample's library as a progressive load would publish it once `count` posts are found.
    static func provisional(posts count: Int) throws -> (library: Library, fraction: Double) {
        var found: DumpProgress?
        _ = try DumpLoader.load(DumpSource.read(path: TestPaths.sample), path: TestPaths.sample) { progress in
            if progress.posts.count == count, found == nil { found = progress }
        }
        let progress = try #require(found)
        return (Library(progress: progress, path: TestPaths.sample, bytes: 868_528, cache: ContentCache()), progress.fraction)
    }

    static func apply(_ keys: String, to state: inout ReaderState) throws {
        for event in try KeyNotation.parse(keys) { state.handle(event) }
    }

    @Test func theListTitleShowsTheScanUntilItEnds() throws {
        let (library, fraction) = try Self.provisional(posts: 4)
        var state = ReaderState(library: library, cols: 120, rows: 40)
        state.handle(.scanned(ScanUpdate(library: library, generation: 1, fraction: fraction, done: false)))
        let percent = Int(fraction * 100)
        #expect(percent > 0 && percent < 100)
        // The list's part of the top row (the reader's title beside it has a percentage of its own).
        func listTitle(_ state: ReaderState) -> String { String(Renderer.render(state).lines()[0].prefix { $0 != "│" }) }
        let top = listTitle(state)
        #expect(top.contains("Reports") && top.contains("4… \(percent)%"), "\(top)")
        let final = try Library.load(path: TestPaths.sample)
        state.handle(.scanned(ScanUpdate(library: final, generation: 2, fraction: 1, done: true)))
        let after = listTitle(state)
        #expect(!after.contains("…") && !after.contains("%") && after.contains("12"), "\(after)")
        #expect(state.scanProgress == nil)
    }

    @Test(arguments: [1, 3, 4, 8])
    func keysPressedBeforeTheScanEndsKeepTheirEffect(posts: Int) throws {
        let (library, fraction) = try Self.provisional(posts: posts)
        var state = ReaderState(library: library, cols: 120, rows: 40)
        state.handle(.scanned(ScanUpdate(library: library, generation: 1, fraction: fraction, done: false)))
        // Down the list to its last row, open it, scroll a little, back to the list.
        try Self.apply("G<CR>jjjj<Tab>", to: &state)
        let cursorChapter = state.rows[state.listCursor].chapterID ?? library.reports.last?.chapters.first?.id
        let open = try #require(state.chapterID)
        let top = state.top
        #expect(top == 4)
        let focus = state.focus

        let final = try Library.load(path: TestPaths.sample)
        state.handle(.scanned(ScanUpdate(library: final, generation: 2, fraction: 1, done: true)))
        #expect(state.rows == ListRow.rows(for: final))
        #expect(state.chapterID == open && state.top == top && state.focus == focus)
        if let cursorChapter, let id = state.rows[state.listCursor].chapterID { #expect(id == cursorChapter) }

        // The whole screen is what a reader of the whole library shows in the same place.
        var whole = ReaderState(library: final, cols: 120, rows: 40, open: open)
        whole.focus = focus
        whole.top = top
        whole.listCursor = state.listCursor
        #expect(Renderer.render(state).lines(edge: true) == Renderer.render(whole).lines(edge: true))

        // And keys go on working on the new library: back to the list, its first row, open it.
        try Self.apply("<S-Tab><S-Tab>gg<CR>", to: &state)
        #expect(state.focus == .reader)
        #expect(state.chapterID == final.reports[0].chapters.first?.id)
    }

    /// A provisional library has no editions yet, so 5607 (cut off at note 122) has no notes
    /// 123–185 there; once the whole library arrives they come from the Kyrgyz edition, and the
    /// layout made before (whose markers pointed at no note) must not be shown again.
    @Test func theWholeLibraryReplacesLayoutsMadeBeforeItsEditionsWereKnown() throws {
        let final = try Library.load(path: TestPaths.sample)
        let chapters = final.chapters.count
        // What `Library(progress:)` builds from posts found so far: grouped into reports, no editions.
        // (The scan never reports 5607 itself: it is the cut-off last record, known only at the end.)
        let dump = try DumpLoader.load(path: TestPaths.sample)
        let library = Library(source: final.source, reports: ReportGrouping.group(Library.chapters(of: dump.posts)), warnings: [])
        var state = ReaderState(library: library, cols: 120, rows: 40, open: 5607)
        state.handle(.scanned(ScanUpdate(library: library, generation: 1, fraction: 0.99, done: false)))
        try Self.apply("G", to: &state)
        let before = Renderer.render(state).lines().joined(separator: "\n")
        #expect(before.contains("[183]–[185] no note"), "no editions, so no filled-in notes, before the library is whole")
        state.handle(.scanned(ScanUpdate(library: final, generation: 2, fraction: 1, done: true)))
        #expect(state.library.chapters.count == chapters)
        var whole = ReaderState(library: final, cols: 120, rows: 40, open: 5607)
        whole.focus = state.focus
        whole.top = state.top
        whole.listCursor = state.listCursor
        let after = Renderer.render(state).lines(edge: true)
        #expect(after == Renderer.render(whole).lines(edge: true))
        // Note 183 as 5845 has it (read off `ibid notes 5845`), now in 5607's sidebar.
        #expect(after.joined().contains("[183] Татьяна Кудрявцева"), "the filled-in notes are in the sidebar")
    }

    @Test func aProgressUpdateAloneKeepsTheLibraryAndTheView() throws {
        let (library, _) = try Self.provisional(posts: 3)
        var state = ReaderState(library: library, cols: 100, rows: 30)
        state.handle(.scanned(ScanUpdate(library: library, generation: 1, fraction: 0.2, done: false)))
        try Self.apply("j<CR>jj", to: &state)
        let before = (state.chapterID, state.top, state.listCursor, state.focus)
        state.handle(.scanned(ScanUpdate(library: library, generation: 1, fraction: 0.5, done: false)))
        #expect(state.scanProgress == 0.5)
        #expect(state.chapterID == before.0 && state.top == before.1 && state.listCursor == before.2 && state.focus == before.3)
    }
}

@Suite("The wrap cache's bounds")
struct WrapCacheBoundsTests {
    @Test func itKeepsTheMostRecentLayoutsWithinItsCountAndLines() throws {
        let library = try Library.load(path: TestPaths.sample)
        let cache = WrapCache(maxEntries: 3, maxLines: .max)
        var made = 0
        for chapter in library.chapters {
            _ = cache.lines(chapter: chapter.id, width: 80) { made += 1; return library.content(of: chapter) }
        }
        #expect(made == 12 && cache.held.entries == 3)
        // The last three are kept: asking again lays out nothing.
        for chapter in library.chapters.suffix(3) {
            _ = cache.lines(chapter: chapter.id, width: 80) { made += 1; return library.content(of: chapter) }
        }
        #expect(made == 12)
        // The first was evicted: asking again lays it out again, the same.
        let first = library.chapters[0]
        let again = cache.lines(chapter: first.id, width: 80) { made += 1; return library.content(of: first) }
        #expect(made == 13)
        #expect(again.lines == ChapterLines(content: library.content(of: first), width: 80).lines)

        let byLines = WrapCache(maxEntries: 100, maxLines: 1)
        for chapter in library.chapters.prefix(4) {
            let laid = byLines.lines(chapter: chapter.id, width: 60) { library.content(of: chapter) }
            #expect(byLines.held.entries == 1 && byLines.held.lines == laid.lines.count)
        }
    }
}
