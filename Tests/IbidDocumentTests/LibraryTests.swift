import IbidTestSupport
import Testing
import IbidDump
@testable import IbidDocument

@Suite("Library from the sample")
struct LibraryTests {
    static let samplePath = TestPaths.sample

    @Test func chaptersCarryPostMetadata() throws {
        let library = try Library.load(path: Self.samplePath)
        let chapters = library.chapters
        #expect(chapters.count == 12)
        let first = try #require(library.chapter(id: 6005))
        #expect(first.title == "Retreating Rights - Kazakhstan: Executive Summary")
        #expect(first.slug == "retreating-rights-kazakhstan-executive-summary")
        #expect(first.url == "https://fpc.org.uk/?p=6005")
        #expect(first.date == "2021-07-22 11:10:45")
        #expect(!first.truncated)
        // A title with a trailing no-break space is shown trimmed but exported as written.
        let kyrgyz = try #require(library.chapter(id: 5845))
        #expect(kyrgyz.title == "Кыргызстанда адам укуктарына жасалган басымды изилдөө")
        #expect(kyrgyz.postTitle.hasSuffix("\u{A0}"))
        let last = try #require(library.chapter(id: 5607))
        #expect(last.truncated)
        #expect(last.postTitle == "")
        #expect(last.title == "Introduction: Examining the pressure on human rights in Kyrgyzstan")
        #expect(library.source.page.name == "Adam Hug")
        #expect(library.source.bytes == 868_528)
    }

    @Test func languagePerChapter() throws {
        let library = try Library.load(path: Self.samplePath)
        let languages = Dictionary(uniqueKeysWithValues: library.chapters.map { ($0.id, $0.language?.rawValue ?? "-") })
        #expect(languages == [6005: "en", 6003: "en", 5987: "en", 5930: "ky", 5845: "ky", 5954: "ky",
                              5811: "en", 5806: "en", 5763: "en", 5636: "en", 5612: "en", 5607: "en"])
    }

    @Test(arguments: [
        ("The vast expanse of territory that makes up modern Kazakhstan was home to tribes.", "en"),
        ("Кыргызстанда адам укуктарына жасалган басымды изилдөө", "ky"),
        ("Правозащитники сообщили о давлении на журналистов в стране.", "ru"),
        ("Қазақстан Республикасы әлемдегі ең ұлы мемлекеттердің бірі болып табылады.", "kk"),
        ("Ҷумҳурии Тоҷикистон давлати соҳибихтиёр ва демократӣ мебошад.", "tg"),
        ("12345 67890", "-"),
    ])
    func detectsLanguage(text: String, expected: String) {
        #expect((Language.detect(text)?.rawValue ?? "-") == expected)
    }

    /// Keys in an order other than the alphabet's, to show the writer keeps the order given.
    enum Keys: String, SchemaKey { case b, a, n }

    @Test func jsonExportEscapesAndKeepsKeyOrder() {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field(Keys.b, "quote \" backslash \\ newline \n tab \t bell \u{7} esc \u{1B}")
        w.field(Keys.a, nil as String?)
        w.numberArray(Keys.n, [1, 2])
        w.endObject()
        #expect(w.string == #"{"b":"quote \" backslash \\ newline \n tab \t bell \u0007 esc \u001b","a":null,"n":[1,2]}"#)
    }
}

@Suite("Chapters of posts without a numeric ID")
struct SyntheticIDTests {
    /// Four posts whose `[ID]` is text, empty or not a whole number, and one numeric: each must stay its own
    /// chapter, with its own text, however the document layer looks it up.
    static let dump = """
        Array ( [0] => stdClass Object ( [ID] => draft [post_content] => First text. [post_title] => One ) \
        [1] => stdClass Object ( [ID] => draft [post_content] => Second text. [post_title] => Two ) \
        [2] => stdClass Object ( [ID] => [post_content] => Third text. [post_title] => Three ) \
        [3] => stdClass Object ( [ID] => 12a [post_content] => Fourth text. [post_title] => Four ) \
        [4] => stdClass Object ( [ID] => 5 [post_content] => Fifth text. [post_title] => Five ) )

        """

    @Test func everyPostKeepsItsOwnChapter() throws {
        let library = Library(dump: try DumpLoader.load(DumpBytes(Self.dump), path: "rows.txt"))
        let titles = library.chapters.map(\.title).sorted()
        #expect(titles == ["Five", "Four", "One", "Three", "Two"])
        #expect(Set(library.chapters.map(\.id)).count == 5)
        #expect(library.chapter(id: 5)?.title == "Five")
        // Each chapter's recovered text is its own post's, looked up by its ID.
        for (title, text) in [("One", "First text."), ("Two", "Second text."), ("Three", "Third text."), ("Four", "Fourth text."), ("Five", "Fifth text.")] {
            let chapter = try #require(library.chapters.first { $0.title == title })
            #expect(library.chapter(id: chapter.id)?.title == title)
            let paragraphs = library.content(of: chapter).sections.flatMap(\.blocks).map { "\($0)" }.joined()
            #expect(paragraphs.contains(text), "\(title): \(paragraphs)")
        }
        // The synthetic IDs are negative, so none can pass for a real post's.
        #expect(library.chapters.filter { $0.id < 0 }.count == 4)
    }
}
