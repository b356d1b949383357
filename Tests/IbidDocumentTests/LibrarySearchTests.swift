import IbidTestSupport
import Testing
@testable import IbidDocument

/// The library search engine on the sample: its hits counted by a second method, its slices
/// adding up to the whole, and its cap.
@Suite("Library search")
struct LibrarySearchTests {
    static let library: Library = {
        let library = try! Library.load(path: TestPaths.sample)
        library.warmUp()
        return library
    }()

    /// Non-overlapping occurrences of an ASCII word in lower-cased text, by plain substring search.
    static func naiveCount(_ word: String, in text: String) -> Int {
        let hay = Array(text.lowercased().utf8), needle = Array(word.utf8)
        var n = 0, i = 0
        while i + needle.count <= hay.count {
            if Array(hay[i..<(i + needle.count)]) == needle { n += 1; i += needle.count } else { i += 1 }
        }
        return n
    }

    @Test(arguments: ["nazarbayev", "tokayev", "rights", "ights", "protest"])
    func totalIsEveryOccurrenceInEveryHeadingBlockAndNote(word: String) {
        var expected = 0
        for chapter in Self.library.chapters {
            let content = Self.library.content(of: chapter)
            for section in content.sections {
                if let h = section.heading { expected += Self.naiveCount(word, in: h) }
                for block in section.blocks { expected += Self.naiveCount(word, in: block.plainText) }
            }
            for note in content.notes { expected += Self.naiveCount(word, in: note.plainText) }
        }
        var run = LibrarySearch(query: word.uppercased(), limit: 1_000_000)
        run.finish(in: Self.library, index: nil)
        #expect(expected > 0)
        #expect(run.total == expected)
        #expect(run.hits.count == expected)
        var scanned = 0
        LibrarySearch.scan(word, in: Self.library, countOnly: true) { _, _ in scanned += 1 }
        #expect(scanned == expected)
    }

    @Test func slicesAddUpToTheWholeAndTheCapKeepsTheFirstHits() {
        var whole = LibrarySearch(query: "the", limit: 1_000_000)
        whole.finish(in: Self.library, index: nil)
        var sliced = LibrarySearch(query: "the", limit: 1_000_000)
        var slices = 0
        while !sliced.isDone {
            sliced.advance(in: Self.library, index: nil, budget: 1)
            slices += 1
        }
        // A budget of one byte still does a chapter per slice: one slice per chapter.
        #expect(slices == Self.library.chapters.count)
        #expect(sliced.hits == whole.hits)
        var capped = LibrarySearch(query: "the", limit: 25)
        capped.finish(in: Self.library, index: nil)
        #expect(capped.hits == Array(whole.hits.prefix(25)))
        #expect(capped.total == whole.total)
        #expect(whole.total > 1000)
    }

    @Test func hitsComeInLibraryOrderWithTheirPlaces() {
        var run = LibrarySearch(query: "Nazarbayev’s")
        run.finish(in: Self.library, index: nil)
        let order = Dictionary(uniqueKeysWithValues: Self.library.chapters.enumerated().map { ($1.id, $0) })
        let positions = run.hits.map { order[$0.chapterID]! }
        #expect(positions == positions.sorted())
        // The straight-quote query finds the same (quote styles fold).
        var straight = LibrarySearch(query: "nazarbayev's")
        straight.finish(in: Self.library, index: nil)
        #expect(straight.hits == run.hits)
        #expect(run.total == 13)
        for found in run.hits {
            let content = Self.library.content(of: Self.library.chapter(id: found.chapterID)!)
            let text: String
            switch found.hit.place {
            case .heading(let s): text = content.sections[s].heading!
            case .block(let s, let b): text = content.sections[s].blocks[b].plainText
            case .note(let n, let scope): text = content.notes.first { $0.number == n && $0.scope == scope }!.plainText
            }
            #expect(text.contains("Nazarbayev’s") || text.contains("Nazarbayev's"))
        }
    }
}
