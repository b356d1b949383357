import Testing
@testable import IbidDump

@Suite("The bundled sample")
struct SampleTests {
    let dump: LoadedDump

    init() throws {
        dump = try DumpLoader.load(path: Fixtures.samplePath)
    }

    @Test func findsTwelveRecordsInDumpOrder() {
        #expect(dump.posts.map(\.id) == [6005, 6003, 5987, 5930, 5845, 5954, 5811, 5806, 5763, 5636, 5612, 5607])
        #expect(dump.layout == .collapsed)
    }

    @Test func readsTitlesAndDates() {
        #expect(dump.posts[0].title == "Retreating Rights - Kazakhstan: Executive Summary")
        #expect(dump.posts[3].title == "Retreating Rights - Кыскача мазмун")
        #expect(dump.posts[4].title == "Кыргызстанда адам укуктарына жасалган басымды изилдөө\u{A0}")
        #expect(dump.posts[6].title == "Retreating Rights – Tajikistan: Executive Summary")
        #expect(dump.posts[9].title == "Building on the Integrated Review")
        #expect(dump.posts[0].date == "2021-07-22 11:10:45")
        #expect(dump.posts[11].date == "2021-03-01 00:13:21")
        #expect(dump.posts[1].slug == "retreating-rights-kazakhstan-introduction")
        #expect(dump.posts[1].guid == "https://fpc.org.uk/?p=6003")
        #expect(dump.posts[0].string("filter") == "raw")
        #expect(dump.posts[0].string("post_excerpt") == "")
    }

    @Test func contentRunsFromItsKeyToTheNextField() throws {
        let first = try #require(dump.posts[0].content).string
        #expect(first.hasPrefix("As we approach the 30th anniversary of Kazakhstan’s independence"))
        #expect(first.hasSuffix("\u{A0}Image by Jussi Toivanen under (CC)."))
        #expect(first.contains("\n  • Stop targeting NGOs with punitive tax inspections"))
        let intro = try #require(dump.posts[1].content).string
        #expect(intro.contains("Tokayev.\u{A0}A very brief history of KazakhstanThe vast expanse"))
        #expect(!intro.contains("[post_title] =>"))
    }

    @Test func twelfthRecordIsTruncatedWithAWarning() throws {
        let last = dump.posts[11]
        #expect(last.truncated)
        #expect(last.truncatedField == "post_content")
        #expect(last.title == "")
        #expect(dump.posts[0..<11].allSatisfy { !$0.truncated })
        let content = try #require(last.content).string
        #expect(content.hasSuffix("interethnic-violence-southern-kyrgyzstan-and-its-aftermath"))
        let warning = try #require(dump.warnings.first { $0.code == .truncated })
        #expect(warning.postID == 5607)
        #expect(warning.position?.line == 167)
        #expect(warning.message.contains("ID 5607"))
    }

    @Test func pageMetadataBeforeTheDump() {
        #expect(dump.page.name == "Adam Hug")
        #expect(dump.page.role == "Director")
        #expect(dump.page.bio?.hasPrefix("Adam Hug became the Director of the Foreign Policy Centre") == true)
        #expect(dump.page.bio?.hasSuffix("as a post-grad.") == true)
        #expect(dump.page.lines.first == "Skip to content")
    }

    @Test func recordPositionsPointAtTheirKeys() {
        #expect(dump.position(of: dump.posts[0].offset) == SourcePosition(line: 9, column: 9))
        #expect(dump.position(of: dump.posts[11].offset).line == 159)
    }
}
