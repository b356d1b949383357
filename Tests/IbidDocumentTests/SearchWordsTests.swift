import IbidTestSupport
import Testing
@testable import IbidDocument

/// A word query's count summed over a table of distinct words (`SearchWordTally`, what the search
/// index stores) must be the matcher's count over the texts themselves: checked on random texts
/// made of the pieces that could make the two disagree (marks that join a letter, joiners, CR LF,
/// the Kelvin sign, curly quotes, Cyrillic, digits, Hangul jamo), for queries that can be counted
/// this way; and the queries that cannot are refused, not miscounted.
@Suite("Search words: counts summed over words")
struct SearchWordsTests {
    static let pieces: [String] = [
        "a", "b", "n", "A", "N", "ab", "na", "Na", " ", "'", "’", "ʼ", "\"", "«", "-", "_", ".", "1", "9",
        "\u{0301}", "\u{0308}", "\u{200D}", "\u{200B}", "\u{00AD}", "\u{00A0}", "👍", "\u{1F3FD}", "\r\n", "\n",
        "\u{212A}", "k", "K", "й", "и\u{0306}", "Кы", "кы", "é", "e\u{0301}", "ß", "İ", "\u{1100}\u{1161}", "가", "Ω", "\u{2126}", "\u{03CE}", "\u{1F7D}",
    ]
    /// Queries of word characters only, none needing care: the word sum must answer them.
    static let countable = ["a", "ab", "na", "nan", "k", "ka", "aa", "ban", "1", "19", "a1", "кы", "ы", "й", "ß", "ss", "é", "ω", "\u{2126}", "\u{03CE}", "가"]
    /// Queries the word sum must refuse: a non-word character, or a scalar with another spelling.
    static let refused = ["n'a", "'", "a b", "a-b", "e\u{0301}", "и\u{0306}", "\u{1F7D}", "\u{1100}", "_", "a\u{200D}"]

    @Test func theSumOverWordsIsTheMatchersCount() {
        var rng = SeededGenerator(seed: 23)
        for _ in 0..<1500 {
            var tally = SearchWordTally()
            var texts: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let length = Int.random(in: 0...30, using: &rng)
                let text = (0..<length).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
                texts.append(text)
                tally.add(text)
            }
            for query in Self.countable {
                let folding = SearchFolding(query)
                // The second method: the matcher itself, over each whole text.
                let expected = texts.map { folding.count(in: $0) }.reduce(0, +)
                #expect(tally.count(folding) == expected, "query \(query.debugDescription) in \(texts.map(\.debugDescription))")
            }
        }
    }

    @Test func queriesThatCannotBeSummedAreRefused() {
        var tally = SearchWordTally()
        tally.add("n'a a b a-b e\u{0301} и\u{0306} \u{2126} \u{1100} _")
        for query in Self.refused {
            #expect(tally.count(SearchFolding(query)) == nil, "\(query.debugDescription) must not be counted from words")
        }
        for query in Self.countable {
            #expect(tally.count(SearchFolding(query)) != nil, "\(query.debugDescription) should be counted from words")
        }
    }

    @Test func wordsAreRunsOfLettersDigitsAndMarks() {
        func words(_ text: String) -> [String] {
            var out: [String] = []
            SearchWords.forEachWord(in: text) { out.append(String($0)) }
            return out
        }
        #expect(words("Nazarbayev’s rule, 2019–2021") == ["Nazarbayev", "s", "rule", "2019", "2021"])
        #expect(words("cafe\u{0301} Кыргызстан\u{00A0}и\u{0306}") == ["cafe\u{0301}", "Кыргызстан", "и\u{0306}"])
        // A joiner after a letter makes one character whose fold is no longer a letter: a boundary.
        #expect(words("ab\u{200D}cd") == ["a", "cd"])
        #expect(words("co\u{00AD}op") == ["co", "op"])
        #expect(words("\r\n\u{212A}elvin_x") == ["\u{212A}elvin", "x"])
        // Counted by occurrence, spelling for spelling.
        var tally = SearchWordTally()
        tally.add("The the THE the, then")
        #expect(tally.occurrences == ["The": 1, "the": 2, "THE": 1, "then": 1])
        #expect(tally.count(SearchFolding("the")) == 5)
        #expect(tally.count(SearchFolding("hen")) == 1)
    }
}
