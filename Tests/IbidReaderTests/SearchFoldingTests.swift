import Testing
import IbidDocument

@Suite("Search folding")
struct SearchFoldingTests {
    @Test func straightQuotesFindCurlyOnesAndCaseIsFolded() {
        let text = "Under Nazarbayev’s rule, ‘stability’ and «order» were “managed”; ʼtis so."
        let f = SearchFolding("nazarbayev's")
        let found = f.ranges(in: text).map { String(text[$0]) }
        #expect(found == ["Nazarbayev’s"])
        #expect(SearchFolding("'stability'").ranges(in: text).map { String(text[$0]) } == ["‘stability’"])
        #expect(SearchFolding("\"order\"").ranges(in: text).map { String(text[$0]) } == ["«order»"])
        #expect(SearchFolding("\"MANAGED\"").ranges(in: text).map { String(text[$0]) } == ["“managed”"])
        #expect(SearchFolding("'tis").ranges(in: text).map { String(text[$0]) } == ["ʼtis"])
        // A double quote is not a single one.
        #expect(SearchFolding("'order'").ranges(in: text).isEmpty)
    }

    @Test func matchesAreWholeCharactersAndDoNotOverlap() {
        // "e" + combining acute is one character; a plain "e" must not match half of it.
        #expect(SearchFolding("e").matches(in: Array("cafe\u{301} e")) == [5..<6])
        #expect(SearchFolding("aa").matches(in: Array("aaaaa")) == [0..<2, 2..<4])
        #expect(SearchFolding("").matches(in: Array("abc")).isEmpty)
        #expect(!SearchFolding("").occurs(in: "abc"))
        #expect(SearchFolding("Диплом").matches(in: Array("ДИПЛОМАТ дипломат")) == [0..<6, 9..<15])
    }

    /// KMP agrees with a brute-force scan (the second method) on many small random strings.
    @Test func agreesWithABruteForceScan() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "A", "b", "'", "’", "\"", "«"]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...14, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let query = (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let folded = text.map(SearchFolding.fold), needle = query.map(SearchFolding.fold)
            var expected: [Range<Int>] = []
            var i = 0
            while i + needle.count <= folded.count {
                if Array(folded[i..<(i + needle.count)]) == needle { expected.append(i..<(i + needle.count)); i += needle.count } else { i += 1 }
            }
            #expect(SearchFolding(String(query)).matches(in: text) == expected, "\(String(query)) in \(String(text))")
            #expect(SearchFolding(String(query)).occurs(in: String(text)) == !expected.isEmpty)
        }
    }
}
