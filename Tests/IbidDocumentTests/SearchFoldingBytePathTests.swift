import IbidTestSupport
import Testing
@testable import IbidDocument

/// The byte path (`SearchFolding.ASCIIMatcher`) must give exactly the character path's matches:
/// checked against the character path on random texts built from the pieces that could make the
/// two disagree (combining marks, joiners, emoji modifiers, CR LF, the Kelvin sign, curly quotes,
/// Cyrillic), and against hand-made expectations.
@Suite("Search folding: the byte path")
struct SearchFoldingBytePathTests {
    static let pieces: [String] = [
        "a", "b", "n", "A", "N", "ab", "na", "Na", " ", "'", "’", "‘", "ʼ", "\"", "“", "”", "«", "»",
        "\u{0301}", "\u{0308}", "\u{200D}", "\u{200B}", "\u{FE0F}", "👍", "\u{1F3FD}", "\r\n", "\n", "\r",
        "\u{212A}", "k", "K", "й", "и\u{0306}", "Кы", "é", "e\u{0301}", "\u{0600}", "ำ", "\u{1161}", "ﾞ", "\u{0}",
        ";", "\u{037E}", "`", "\u{1FEF}",
    ]
    static let queries = ["a", "ab", "na", "n'a", "'", "\"", "k", "ka", "aa", "b a", "na'", "ban", "k'", ";", "a;", ";b", "`a"]

    @Test func bytePathEqualsCharacterPathOnRandomTexts() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...24, using: &rng)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            for query in Self.queries {
                let folding = SearchFolding(query)
                #expect(folding.ascii != nil, "\(query) should take the byte path")
                let expected = folding.characterRanges(in: text)
                #expect(folding.ranges(in: text) == expected, "query \(query.debugDescription) in \(text.debugDescription)")
                #expect(folding.count(in: text) == expected.count)
                #expect(folding.occurs(in: text) == !expected.isEmpty)
            }
        }
    }

    @Test func handMadeCases() {
        func found(_ query: String, _ text: String) -> [String] {
            SearchFolding(query).ranges(in: text).map { String(text[$0]) }
        }
        #expect(found("nazarbayev's", "Nazarbayev’s and NAZARBAYEVʼS and Nazarbayev's") == ["Nazarbayev’s", "NAZARBAYEVʼS", "Nazarbayev's"])
        // A mark after the match makes another character: no match, as the character path says.
        #expect(found("cafe", "cafe\u{0301} café cafe") == ["cafe"])
        // The Kelvin sign lower-cases to k.
        #expect(found("ok", "O\u{212A} ok") == ["O\u{212A}", "ok"])
        // An emoji modifier extends the character before it.
        #expect(found("a", "a\u{1F3FD} a") == ["a"])
        // Non-overlapping, continuing after each match, as less does.
        #expect(found("aa", "aaaaa") == ["aa", "aa"])
        #expect(SearchFolding("«x»").ascii != nil)
        #expect(SearchFolding("кыргыз").ascii == nil)
    }
}
