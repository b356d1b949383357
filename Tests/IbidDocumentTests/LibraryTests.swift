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
        let languages = library.chapters.map { $0.language?.rawValue ?? "-" }
        #expect(languages == ["en", "en", "en", "ky", "ky", "ky", "en", "en", "en", "en", "en", "en"])
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

    @Test func jsonExportEscapesAndKeepsKeyOrder() {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("b", "quote \" backslash \\ newline \n tab \t bell \u{7} esc \u{1B}")
        w.field("a", nil as String?)
        w.numberArray("n", [1, 2])
        w.endObject()
        #expect(w.string == #"{"b":"quote \" backslash \\ newline \n tab \t bell \u0007 esc \u001b","a":null,"n":[1,2]}"#)
    }
}
