import IbidTestSupport
import Testing
import IbidDocument
@testable import IbidReader

/// A store in memory: what `ReviewSession` hands it, batch by batch, as the database would keep it.
final class MemoryStore: ReviewStore, @unchecked Sendable {
    var saved = SavedReview()
    var library = ""
    var batches: [[ReviewWrite]] = []
    var failing = false

    struct Refused: Error, CustomStringConvertible { var description: String { "disk full" } }

    func load(library: String, posts: Set<PostKey>) throws -> SavedReview {
        var out = saved
        if library != self.library { out.lastChapter = nil; out.placeMarks = [:] }
        out.marks = ReviewMarks(saved.marks.marks.filter { posts.contains($0.key.post) })
        out.places = saved.places.filter { posts.contains($0.key) }
        return out
    }

    func apply(_ writes: [ReviewWrite]) throws {
        if failing { throw Refused() }
        batches.append(writes)
        for w in writes {
            switch w {
            case .mark(let k, let m): saved.marks[k] = m
            case .place(let p, let place): saved.places[p] = place
            case .lastChapter(let l, let p): library = l; saved.lastChapter = p
            case .placeMark(let l, let c, let m): library = l; saved.placeMarks[c] = m
            }
        }
    }
}

/// Issue 10 in the pure core: marks on citations, their glyphs and counts on whole screens, the
/// comment prompt, X and F, marks of place, resuming, and what is handed to the store when.
/// Expectations come from the sample read another way (the chapter's markers as laid out, the
/// notes' own text), not from the renderer.
@Suite("Review marks")
struct ReviewMarksTests {
    typealias F = ReaderFixtures

    /// Runs `keys` the way `ibid screen` does: the session loads before the first frame and
    /// commits after every key; the store is kept for the next run.
    static func run(_ keys: String, store: MemoryStore?, size: (Int, Int) = (120, 40), open: Int? = 6003) throws -> (ReaderState, Screen) {
        var state = ReaderState(library: F.library, cols: size.0, rows: size.1, open: open)
        let session = ReviewSession(store: store)
        session.begin(&state, resume: open == nil)
        state.handle(.warmedUp)
        var screen = Renderer.render(state)
        for event in try KeyNotation.parse(keys) {
            let effect = state.handle(event)
            session.commit(&state)
            if effect == .quit { break }
            screen = Renderer.render(state)
        }
        session.finish(&state)
        return (state, screen)
    }

    static func lines(_ screen: Screen) -> [String] { screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    static var chapter: Chapter { F.library.chapter(id: 6003)! }

    /// The distinct citations of chapter 6003, from its laid-out markers (not from ChapterCitations).
    static var distinctCitations: Int {
        Set(ChapterLines(content: F.library.content(of: chapter), width: 60).markers.map(\.citation)).count
    }

    @Test func checkingShowsOnTheMarkerTheNoteTheListAndTheStatusLine() throws {
        let store = MemoryStore()
        let (state, screen) = try Self.run("]x", store: store)
        let rows = Self.lines(screen)
        let text = rows.joined(separator: "\n")
        // The marker's `[` gives way to the glyph: `pageantry.✓1]` where the text had `pageantry.[1]`.
        #expect(text.contains("✓1]"))
        #expect(!rows.dropLast().joined().contains("[1] "), "no plain [1] left in the panes")
        // The note in the sidebar: `[1]✓ Francisco Olmos…`, its own text after the glyph.
        #expect(text.contains("[1]✓ Francisco Olmos"))
        // The list: one of the chapter's citations checked.
        #expect(text.contains("1/\(Self.distinctCitations) ✓"))
        // The status line: the current section's count.
        #expect(rows.last!.contains("✓"))
        #expect(state.message?.hasPrefix("[1] checked ✓") == true)
        // One batch, holding the mark, before the frame: nothing shown was left uncommitted.
        let key = MarkKey(post: PostKey(Self.chapter), citation: Citation(number: 1, scope: .chapter))
        #expect(store.batches.first == [.mark(key, CitationMark(state: .checked, fingerprint: store.saved.marks[key]!.fingerprint))])
        #expect(store.saved.marks[key]?.state == .checked)
    }

    @Test func xAgainUnchecksAndTheMarkIsRemoved() throws {
        let store = MemoryStore()
        let (_, screen) = try Self.run("]xx", store: store)
        #expect(store.saved.marks.marks.isEmpty)
        #expect(!screen.text.contains("✓"))
        #expect(screen.text.contains("[1]"))
        // Counts follow every change within a run (they are cached per version of the marks).
        let (_, two) = try Self.run("]x]x", store: MemoryStore())
        #expect(two.text.contains("2/\(Self.distinctCitations) ✓"))
        let (_, one) = try Self.run("]x]xx", store: MemoryStore())
        #expect(one.text.contains("1/\(Self.distinctCitations) ✓") && !one.text.contains("2/\(Self.distinctCitations)"))
    }

    @Test func flagThenCheckIsChecked() throws {
        let store = MemoryStore()
        let (_, flagged) = try Self.run("]!", store: store)
        #expect(flagged.text.contains("⚑1]"))
        #expect(flagged.text.contains("0/\(Self.distinctCitations) ✓ 1 ⚑"))
        let (_, checked) = try Self.run("]x", store: store)
        #expect(checked.text.contains("✓1]") && !checked.text.contains("⚑"))
    }

    @Test func commentsTakeWideTextEnterSavesEscCancelsEmptyRemoves() throws {
        let store = MemoryStore()
        let (prompt, typing) = try Self.run("]adéjà 漢字", store: store)
        #expect(Self.lines(typing).last!.hasPrefix("comment on [1]: déjà 漢字█"))
        #expect(prompt.overlay != nil)
        let (_, saved) = try Self.run("]adéjà 漢字<Enter>", store: store)
        #expect(saved.text.contains("✎ déjà 漢字"))
        let key = MarkKey(post: PostKey(Self.chapter), citation: Citation(number: 1, scope: .chapter))
        #expect(store.saved.marks[key]?.comment == "déjà 漢字")
        #expect(store.saved.marks[key]?.state == .unchecked)
        // Esc leaves the comment there was; the prompt starts with it.
        let (_, cancelled) = try Self.run("]axyz<Esc>", store: store)
        #expect(store.saved.marks[key]?.comment == "déjà 漢字")
        #expect(cancelled.text.contains("✎ déjà 漢字"))
        // Emptied and saved: gone, and the mark with it (it said nothing else).
        let (_, removed) = try Self.run("]a" + String(repeating: "<BS>", count: 7) + "<Enter>", store: store)
        #expect(store.saved.marks[key] == nil)
        #expect(!removed.text.contains("✎"))
    }

    @Test func nextUncheckedSkipsCheckedAndNextFlaggedFindsTheFlag() throws {
        let store = MemoryStore()
        // Check [1] and [2], flag [4]; back to the top; X selects [3], F selects [4].
        let (a, _) = try Self.run("]x]x]]!gX", store: store)
        let lines = try #require(a.lines)
        #expect(a.selectedMarker.map { lines.markers[$0].citation.number } == 3)
        let (b, _) = try Self.run("gF", store: store)
        let lb = try #require(b.lines)
        #expect(b.selectedMarker.map { lb.markers[$0].citation.number } == 4)
    }

    @Test func aMarkOnOtherTextShowsChangedAndDoesNotCount() throws {
        let store = MemoryStore()
        let key = MarkKey(post: PostKey(Self.chapter), citation: Citation(number: 1, scope: .chapter))
        store.saved.marks[key] = CitationMark(state: .checked, fingerprint: "0000000000000000")
        let (state, screen) = try Self.run("]", store: store)
        #expect(screen.text.contains("⚠1]"))
        #expect(screen.text.contains("⚠ changed since checked"))
        #expect(screen.text.contains("0/\(Self.distinctCitations) ✓ 1 ⚠"))
        #expect(state.review.marks[key]?.state == .checked, "kept, not applied")
        // Checking it again makes it apply to the text as it is now.
        let (_, again) = try Self.run("]x", store: store)
        #expect(again.text.contains("✓1]"))
        #expect(store.saved.marks[key]?.fingerprint != "0000000000000000")
    }

    @Test func reopeningReturnsToTheLastChapterAndEachChaptersPlace() throws {
        let store = MemoryStore()
        // Read 5987 a little, then 6003 further down; quit.
        _ = try Self.run("jjjjj", store: store, open: 5987)
        let (left, _) = try Self.run(String(repeating: "j", count: 30), store: store, open: 6003)
        #expect(left.top == 30)
        // No --open: back in 6003 at line 30, the reader focused.
        let (resumed, _) = try Self.run("", store: store, open: nil)
        #expect(resumed.chapterID == 6003 && resumed.top == 30 && resumed.focus == .reader)
        // Another width: the same text at the top, found by its section and block.
        let (narrow, _) = try Self.run("", store: store, size: (70, 24), open: nil)
        let wide = try #require(resumed.lines), thin = try #require(narrow.lines)
        #expect(narrow.chapterID == 6003)
        #expect(thin.lines[narrow.top].section == wide.lines[30].section)
        #expect(thin.lines[narrow.top].block == wide.lines[30].block)
        // 5987 remembers its own place.
        let (other, _) = try Self.run("", store: store, open: 5987)
        #expect(other.top == 5)
    }

    @Test func marksOfPlaceAreSetJumpedToAndKept() throws {
        let store = MemoryStore()
        let (a, _) = try Self.run(String(repeating: "j", count: 12) + "ma" + "G", store: store)
        #expect(a.review.placeMarks["a"]?.place.top == 12)
        // A new run: 'a goes back to line 12 of 6003 from another chapter; '' returns.
        let (b, _) = try Self.run("'a", store: store, open: 5987)
        #expect(b.chapterID == 6003 && b.top == 12)
        let (c, _) = try Self.run("'a''", store: store, open: 5987)
        #expect(c.chapterID == 5987 && c.top == 0)
        let (d, _) = try Self.run("'b", store: store, open: 5987)
        #expect(d.message == "mark b not set" && d.chapterID == 5987)
    }

    @Test func aFailingStoreSaysMarksAreNotSavedAndTheReaderGoesOn() throws {
        let store = MemoryStore()
        store.failing = true
        let (state, screen) = try Self.run("]xj", store: store)
        #expect(Self.lines(screen).last!.contains("marks not saved: disk full"))
        #expect(screen.text.contains("✓1]"), "the mark lasts for this run")
        #expect(state.review.saving == .failed("disk full"))
        // A problem known at the start (a corrupt database moved aside) says the same.
        var fresh = ReaderState(library: F.library, cols: 120, rows: 40, open: 6003)
        ReviewSession(store: nil).begin(&fresh, resume: false, problem: "ibid.sqlite could not be opened")
        #expect(Self.lines(Renderer.render(fresh)).last!.contains("marks not saved: ibid.sqlite could not be opened"))
    }

    @Test func withoutAStoreNothingIsWrittenAndPlainReadingShowsNoCounts() throws {
        let (state, screen) = try Self.run("", store: nil)
        #expect(state.review.saving == .off)
        #expect(!screen.text.contains("✓") && !screen.text.contains("/140"))
        // The golden screens' state (no session at all) draws exactly as before.
        let (_, plain) = try F.run("", size: (120, 40), open: 6003)
        #expect(plain.text == screen.text)
    }

    @Test func theContentsShowEachSectionsProgress() throws {
        let store = MemoryStore()
        let (state, screen) = try Self.run("]xt", store: store)
        let first = try #require(state.lines?.markers.first)
        let title = state.sectionTitle(first.anchor.section)
        let cited = state.openCitations!.cited(inSection: first.anchor.section).count
        #expect(screen.text.contains("\(title)  1/\(cited) ✓"))
    }

    /// The terminal loads the opening chapter's marks before its first paint and the rest after:
    /// the first frame already shows the open chapter's, and afterwards the state is as if all had
    /// been loaded at once.
    @Test func deferredLoadingShowsTheOpenChapterFirstAndTheRestAfter() throws {
        let store = MemoryStore()
        _ = try Self.run("Xx", store: store, open: 5987)
        let (left, _) = try Self.run("XxXx" + String(repeating: "j", count: 9), store: store, open: 6003)
        var state = ReaderState(library: F.library, cols: 120, rows: 40, open: nil)
        let session = ReviewSession(store: store)
        session.begin(&state, resume: true, deferRest: true)
        #expect(state.chapterID == 6003 && state.top == left.top)
        let opening = Set(state.review.marks.marks.keys.map(\.post.post))
        #expect(opening == [6003] && state.review.marks.marks.count == 2)
        session.loadRest(&state)
        var all = ReaderState(library: F.library, cols: 120, rows: 40, open: nil)
        ReviewSession(store: store).begin(&all, resume: true)
        #expect(state.review.marks == all.review.marks && state.review.marks.marks.count == 3)
        #expect(state.text.positions == all.text.positions)
    }
}
