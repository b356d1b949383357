/// Finds a query in text the way a reader means it: ignoring case and quote styles.
///
/// Reports are typeset with curly quotes and people type straight ones, so `'` matches `’ ‘ ʼ`
/// (and `'`), `"` matches `“ ” « »` (and `"`), and `Nazarbayev's` finds “Nazarbayev’s”. Case is
/// folded per character (`Character.lowercased()`), so a match never splits a grapheme cluster
/// and every range it returns starts and ends on a character boundary of the text searched.
///
/// Matching is Knuth–Morris–Pratt over folded characters: time linear in the text plus the query,
/// whatever either holds (a naive scan is quadratic on `aaaa…b` in `aaaa…a`). Matches do not
/// overlap; each search continues after the previous match, as `less` and vim do.
public struct SearchFolding: Sendable {
    /// The query, folded.
    let needle: [String]
    /// KMP failure function over `needle`.
    let failure: [Int]

    public init(_ query: String) {
        needle = query.map(Self.fold)
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in needle.indices.dropFirst() {
            while k > 0, needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        self.failure = failure
    }

    /// True for an empty query, which matches nothing.
    public var isEmpty: Bool { needle.isEmpty }

    /// The folded form of one character: lower case, and one straight quote for every quote style.
    public static func fold(_ c: Character) -> String {
        switch c {
        case "'", "\u{2019}", "\u{2018}", "\u{02BC}": return "'"
        case "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}": return "\""
        default: return c.lowercased()
        }
    }

    /// Every match in `characters`, as ranges of character offsets.
    public func matches(in characters: some Collection<Character>) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        var out: [Range<Int>] = []
        var k = 0
        for (i, c) in characters.enumerated() {
            let f = Self.fold(c)
            while k > 0, f != needle[k] { k = failure[k - 1] }
            if f == needle[k] { k += 1 }
            if k == needle.count {
                out.append((i + 1 - k)..<(i + 1))
                k = 0
            }
        }
        return out
    }

    /// Every match in `text`, as ranges of its indices.
    public func ranges(in text: String) -> [Range<String.Index>] {
        let found = matches(in: text)
        guard !found.isEmpty else { return [] }
        // One walk over the text turns character offsets into indices.
        var out: [Range<String.Index>] = []
        out.reserveCapacity(found.count)
        var index = text.startIndex
        var offset = 0
        func advance(to target: Int) -> String.Index {
            while offset < target { index = text.index(after: index); offset += 1 }
            return index
        }
        for m in found {
            let lower = advance(to: m.lowerBound)
            let upper = advance(to: m.upperBound)
            out.append(lower..<upper)
        }
        return out
    }

    /// Whether `text` holds the query at all.
    public func occurs(in text: String) -> Bool {
        guard !needle.isEmpty else { return false }
        var k = 0
        for c in text {
            let f = Self.fold(c)
            while k > 0, f != needle[k] { k = failure[k - 1] }
            if f == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}
