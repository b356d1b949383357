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
///
/// A query that folds to ASCII (almost every query typed) is matched over the text's UTF-8 bytes
/// instead (`SearchFolding.ASCIIMatcher`), one scalar at a time with no String per character: the
/// per-character path built a String for every character searched and was the search's hot spot.
/// The byte path gives the same matches, and hands a text back to the character path whenever a
/// match touches a scalar that could join a grapheme cluster with it (a combining mark after it).
public struct SearchFolding: Sendable {
    /// The query, folded.
    let needle: [String]
    /// KMP failure function over `needle`.
    let failure: [Int]
    /// The folded query as bytes, when every folded character is one ASCII byte (not NUL, CR or
    /// LF, which the byte path cannot tell from its "matches nothing" mark or a CRLF cluster).
    let ascii: [UInt8]?

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
        var bytes: [UInt8] = []
        for unit in needle {
            let u = Array(unit.utf8)
            guard u.count == 1, u[0] < 0x80, u[0] != 0, u[0] != 0x0A, u[0] != 0x0D else { bytes = []; break }
            bytes.append(u[0])
        }
        ascii = bytes.isEmpty ? nil : bytes
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
        if let ascii, let found = ASCIIMatcher(needle: ascii, failure: failure).byteRanges(in: text) {
            let utf8 = text.utf8
            return found.map { r in
                utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)
            }
        }
        return characterRanges(in: text)
    }

    /// The number of matches in `text`: what `ranges(in:)` would return, counted without keeping them.
    public func count(in text: String) -> Int {
        if let ascii, let found = ASCIIMatcher(needle: ascii, failure: failure).count(in: text) { return found }
        return matches(in: text).count
    }

    /// `ranges(in:)` by the character path.
    func characterRanges(in text: String) -> [Range<String.Index>] {
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
        if let ascii, let found = ASCIIMatcher(needle: ascii, failure: failure).count(in: text, stopAtFirst: true) { return found > 0 }
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
