import Foundation
import IbidDocument
import Testing

/// `ibid search` folds case and quote styles as the reader's `/` does, exits 1 on no match (grep's
/// convention) and counts with `--count` (issue 9, Search).
@Suite("ibid search: folding, --count, exit status")
struct SearchCommandTests {
    /// Every text `search` looks in, from the library directly: headings, blocks, notes.
    static func searchedTexts() throws -> [String] {
        let library = try Library.load(path: Binary.samplePath)
        var texts: [String] = []
        library.forEachContent { _, content in
            for section in content.sections {
                if let heading = section.heading { texts.append(heading) }
                texts += section.blocks.map(\.plainText)
            }
            texts += content.notes.map(\.plainText)
        }
        return texts
    }

    /// The second method: lower-case the text, straighten the curly apostrophes, count with
    /// Foundation's `components(separatedBy:)` (non-overlapping, as the matcher's hits are).
    static func plainCount(of needle: String, in texts: [String]) -> Int {
        texts.reduce(0) { total, text in
            var t = text.lowercased()
            for curly in ["\u{2019}", "\u{2018}", "\u{02BC}"] { t = t.replacingOccurrences(of: curly, with: "'") }
            return total + t.components(separatedBy: needle).count - 1
        }
    }

    @Test func aStraightApostropheFindsTheSamplesCurlyOnes() throws {
        let texts = try Self.searchedTexts()
        // The sample writes the possessive with U+2019 only: a byte-wise search for "'" finds nothing.
        #expect(texts.contains { $0.contains("Nazarbayev\u{2019}s") })
        #expect(!texts.contains { $0.contains("Nazarbayev's") })
        let expected = Self.plainCount(of: "nazarbayev's", in: texts)
        #expect(expected >= 2)
        for query in ["Nazarbayev's", "NAZARBAYEV'S", "nazarbayev\u{2019}s", "Nazarbayev\u{2018}s"] {
            let result = try Binary.run(["search", query, Binary.samplePath, "--count", "--quiet-warnings"])
            #expect(result.status == 0, "\(query)")
            #expect(result.stdout == "\(expected)\n", "\(query)")
            #expect(result.stderr.isEmpty)
        }
        // The lines name the curly text as it is in the report.
        let lines = try Binary.run(["search", "Nazarbayev's", Binary.samplePath, "--quiet-warnings"])
        let shown = lines.stdout.split(separator: "\n")
        #expect(shown.count == expected)
        #expect(shown.allSatisfy { $0.lowercased().contains("nazarbayev\u{2019}s") })
    }

    @Test func doubleQuotesFoldToo() throws {
        let texts = try Self.searchedTexts()
        // “kettling” in note 60 of 6003 is typed with U+201C/U+201D.
        #expect(texts.contains { $0.contains("\u{201C}kettling\u{201D}") })
        let result = try Binary.run(["search", "\"kettling\"", Binary.samplePath, "--json", "--quiet-warnings"])
        #expect(result.status == 0)
        let hits = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.contains { $0["chapter"] as? Int == 6003 && $0["note"] as? Int == 60 })
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("\u{201C}kettling\u{201D}") == true })
    }

    @Test func countAgreesWithTheLinesAndTheJSON() throws {
        let count = try Binary.run(["search", "kazakhstan", Binary.samplePath, "--count", "--quiet-warnings"])
        let lines = try Binary.run(["search", "kazakhstan", Binary.samplePath, "--quiet-warnings"])
        let json = try Binary.run(["search", "kazakhstan", Binary.samplePath, "--json", "--quiet-warnings"])
        let hits = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let n = try #require(Int(count.stdout.dropLast()))
        #expect(n == Self.plainCount(of: "kazakhstan", in: try Self.searchedTexts()))
        #expect(n == lines.stdout.split(separator: "\n").count)
        #expect(n == hits.count)
        #expect([count.status, lines.status, json.status] == [0, 0, 0])
    }

    @Test func nothingFoundExitsOneInEveryForm() throws {
        let query = "qqzzxx-absent"
        #expect(try Self.searchedTexts().allSatisfy { !$0.lowercased().contains(query) })
        let plain = try Binary.run(["search", query, Binary.samplePath, "--quiet-warnings"])
        #expect(plain.status == 1)
        #expect(plain.stdout.isEmpty)
        #expect(plain.stderr == "ibid: no match for \"\(query)\"\n")
        let count = try Binary.run(["search", query, Binary.samplePath, "--count", "--quiet-warnings"])
        #expect(count.status == 1)
        #expect(count.stdout == "0\n")
        let json = try Binary.run(["search", query, Binary.samplePath, "--json", "--quiet-warnings"])
        #expect(json.status == 1)
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any] != nil)
        #expect(json.stdout.filter { !$0.isWhitespace } == "[]")
    }

    @Test func countAndJSONDoNotCombine() throws {
        let result = try Binary.run(["search", "x", Binary.samplePath, "--count", "--json"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}
