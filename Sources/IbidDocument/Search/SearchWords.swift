/// The words of a text as the search counts them, so that an index can count a word's hits from
/// a table of words instead of reading every row (`ibid search WORD --count`).
///
/// A *word character* is a character whose folded form (`SearchFolding.fold`) is made only of
/// letters, digits and marks; a *word* is a maximal run of word characters. Why a count can be
/// summed over words: take a query all of whose characters are word characters. A match pairs
/// each query character with a text character of equal fold, so every character of a match is a
/// word character too (being one depends on the fold alone), and a match lies inside one word.
/// At a non-word character the matcher's state falls back to the start (no query character folds
/// like it), so the matches in a text are the matches in each of its words, counted alone:
///
///     count(text) = Σ over distinct words w of  occurrences(w) × count(w)
///
/// and a table of distinct words with their occurrences answers any such query exactly.
///
/// To find the words that may hold a query without matching each one, the table keeps each
/// word's folded form: a word the query matches holds the folded query as a substring of its
/// folded form, byte for byte — when neither holds a scalar that a canonically equivalent
/// spelling would write otherwise (`SearchFolding` compares folds as Strings, which is canonical
/// equivalence). A word holding such a scalar has no folded form in the table and is matched
/// whatever the query; a query holding one is not counted from the table at all.
public enum SearchWords {
    /// Whether a folded character is a word character.
    static func isWord(folded: String) -> Bool {
        guard !folded.isEmpty else { return false }
        for s in folded.unicodeScalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil { continue }
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: return false
            }
        }
        return true
    }

    /// Every word of `text`, in order.
    public static func forEachWord(in text: String, _ body: (Substring) -> Void) {
        var start: String.Index? = nil
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            let word: Bool
            if let a = c.asciiValue {
                // The common case without a String per character: ASCII letters and digits fold to
                // themselves or their lower case, everything else in ASCII to punctuation or space.
                word = (a >= 0x30 && a <= 0x39) || (a | 0x20 >= 0x61 && a | 0x20 <= 0x7A)
            } else {
                word = isWord(folded: SearchFolding.fold(c))
            }
            if word {
                if start == nil { start = i }
            } else if let s = start {
                body(text[s..<i])
                start = nil
            }
            i = next
        }
        if let s = start { body(text[s..<text.endIndex]) }
    }

    /// The folded form a word is looked up by, or nil when it must be matched whatever the query.
    public static func key(of word: some StringProtocol) -> String? {
        var out = ""
        for c in word { out += SearchFolding.fold(c) }
        return out.unicodeScalars.contains(where: needsCare) ? nil : out
    }

    /// The folded query to look words up by, or nil when the query cannot be counted from words:
    /// one of its characters is not a word character, or it holds a scalar that needs care.
    public static func key(of folding: SearchFolding) -> String? {
        guard !folding.isEmpty, folding.needle.allSatisfy(isWord(folded:)) else { return nil }
        let joined = folding.needle.joined()
        return joined.unicodeScalars.contains(where: needsCare) ? nil : joined
    }

    /// A scalar with a canonically equivalent spelling of other scalars: a mark (`é` written
    /// `e` + U+0301), Hangul jamo, and the singletons (Ω U+2126, the CJK compatibility
    /// ideographs…). Two strings without any are canonically equivalent only when equal.
    public static func needsCare(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        switch v {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true  // Hangul jamo
        case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1F00...0x1FFF: return true  // Greek singletons
        case 0x2000, 0x2001, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

/// The distinct words of many texts, with how often each occurs: what a search index stores to
/// count a word query's hits (see `SearchWords`).
public struct SearchWordTally: Sendable {
    public private(set) var occurrences: [String: Int] = [:]

    public init() {}

    public mutating func add(_ text: String) {
        SearchWords.forEachWord(in: text) { occurrences[String($0), default: 0] += 1 }
    }

    /// The hits of `folding` in every text added, summed over the words (what the index computes).
    public func count(_ folding: SearchFolding) -> Int? {
        guard let key = SearchWords.key(of: folding) else { return nil }
        var total = 0
        for (word, n) in occurrences {
            if let k = SearchWords.key(of: word), !k.utf8.contains(key.utf8) { continue }
            total += n * folding.count(in: word)
        }
        return total
    }
}
