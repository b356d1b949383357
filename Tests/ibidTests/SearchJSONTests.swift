import Foundation
import IbidDocument
import Testing

/// `search --json` names where a hit is with bounded fields (issue 8 §2): it once repeated the whole
/// section heading in every hit, 81 MB of JSON from a 28 KB post.
@Suite("search --json stays linear in the hits")
struct SearchJSONTests {
    @Test func hitsReferToTheirSectionAndCarryABoundedHeading() throws {
        let heading = "Heading " + String(repeating: "a", count: 5_000)
        let post = "<h2>\(heading)</h2><p>\(String(repeating: "a b ", count: 20))</p>"
        let dump = "Array ( [0] => WP_Post Object ( [ID] => 9 [post_content] => \(post) [post_title] => Shape ) )"
        let file = try Binary.temporaryFile(Data(dump.utf8))
        let result = try Binary.run(["search", "a", file.path, "--json", "--quiet-warnings"])
        #expect(result.status == 0)
        let hits = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // "Heading" itself holds one a, then 5,000 in a row, then 20 in the paragraph.
        #expect(hits.count == 1 + 5_000 + 20)
        for hit in hits {
            #expect(hit["section"] as? Int == 0)
            let shown = try #require(hit["heading"] as? String)
            #expect(shown.count == 81 && shown.hasPrefix("Heading a") && shown.hasSuffix("…"))
        }
        // Every hit is bounded, so the whole output is: a few hundred bytes a hit, not 5 KB.
        #expect(result.stdout.utf8.count < hits.count * 400)
    }

    @Test func sectionIndexIsTheSectionOfTheSample() throws {
        let result = try Binary.run(["search", "kettling", Binary.samplePath, "--json", "--quiet-warnings"])
        let hits = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let hit = try #require(hits.first { $0["chapter"] as? Int == 6005 && $0["note"] is NSNull })
        let library = try Library.load(path: Binary.samplePath)
        let sections = library.content(of: try #require(library.chapter(id: 6005))).sections
        let index = try #require(sections.firstIndex { $0.heading == "Key recommendations" })
        #expect(hit["heading"] as? String == "Key recommendations")
        #expect(hit["section"] as? Int == index)
        #expect((hit["snippet"] as? String)?.lowercased().contains("kettling") == true)
    }
}
