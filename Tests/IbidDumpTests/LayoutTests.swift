import Foundation
import Testing
import IbidTestSupport
@testable import IbidDump

/// The raw layout of the same records must give the same posts as the collapsed one.
@Suite("Raw and collapsed layouts")
struct LayoutTests {
    /// Rebuilds the sample's records as `PrintRValue`s from the parsed tree.
    static func sampleRecords() throws -> [PrintRValue] {
        let dump = try DumpLoader.load(path: Fixtures.samplePath)
        return dump.posts.map { post in
            let keys = PostFields.order.filter { post.fields[$0] != nil }
            return .post(keys.map { ($0, post.fields[$0]!.string) })
        }
    }

    static func fields(_ dump: LoadedDump) -> [[String: String]] {
        dump.posts.map { $0.fields.mapValues(\.string) }
    }

    /// `post ID.field` for every field that differs, so a failure names the field instead of printing megabytes.
    static func differences(_ a: [[String: String]], _ b: [[String: String]]) -> [String] {
        guard a.count == b.count else { return ["record count \(a.count) vs \(b.count)"] }
        var out: [String] = []
        for (x, y) in zip(a, b) {
            for key in Set(x.keys).union(y.keys).sorted() where x[key] != y[key] {
                out.append("\(x["ID"] ?? "?").\(key): \(String(describing: x[key]?.suffix(60))) vs \(String(describing: y[key]?.suffix(60)))")
            }
        }
        return out
    }

    @Test func rawLayoutOfTheSampleGivesTheSamePosts() throws {
        let collapsed = try DumpLoader.load(path: Fixtures.samplePath)
        let records = try Self.sampleRecords()
        // The last record holds fields up to its content only; dropping the closing `)` lines
        // leaves it cut off mid-content, as in the sample.
        var raw = PrintRWriter.write(Fixtures.array(records), layout: .raw)
        let closing = "\n        )\n\n)\n"
        try #require(raw.hasSuffix(closing))
        raw.removeLast(closing.count)
        let parsed = try Fixtures.load("Adam Hug\n\nDirector\n\n" + raw)
        #expect(parsed.layout == .raw)
        #expect(parsed.posts.map(\.id) == collapsed.posts.map(\.id))
        #expect(parsed.posts.map(\.truncated) == collapsed.posts.map(\.truncated))
        // Every field of the eleven complete records is equal; the truncated one keeps its content.
        #expect(Self.differences(Array(Self.fields(parsed).prefix(11)), Array(Self.fields(collapsed).prefix(11))) == [])
        #expect(parsed.posts[11].content?.string == collapsed.posts[11].content?.string)
    }

    @Test func collapsedRewriteRoundTrips() throws {
        let records = try Self.sampleRecords()
        let text = PrintRWriter.write(Fixtures.array(Array(records.prefix(11))), layout: .collapsed)
        let parsed = try Fixtures.load(text)
        let original = try DumpLoader.load(path: Fixtures.samplePath)
        #expect(Self.differences(Self.fields(parsed), Array(Self.fields(original).prefix(11))) == [])
        #expect(parsed.posts.allSatisfy { !$0.truncated })
    }

    @Test func rawWithTrailingSpacesStrippedAndCRLF() throws {
        let value = Fixtures.array([
            Fixtures.post(id: 1, title: "One", content: "First line\n\nSecond [1] line\n[1] A note"),
            Fixtures.post(id: 2, title: "Two", content: ""),
        ])
        let raw = PrintRWriter.write(value, layout: .raw)
        let stripped = raw.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.last == " " ? String($0.dropLast()) : String($0) }.joined(separator: "\n")
        for text in [raw, stripped, stripped.replacingOccurrences(of: "\n", with: "\r\n")] {
            let parsed = try Fixtures.load(text)
            #expect(parsed.posts.map(\.id) == [1, 2])
            #expect(parsed.posts[0].content?.string == "First line\n\nSecond [1] line\n[1] A note")
            #expect(parsed.posts[0].string("post_excerpt") == "")
            #expect(parsed.posts[1].content?.string == "")
            #expect(parsed.posts[1].title == "Two")
            #expect(parsed.warnings.isEmpty)
        }
    }
}

