/// `Ibid.` and its relatives: a note that repeats the source of the note before it.
///
/// Seen in the sample: `[39] Ibid.`, `[57] Ibid` (no period), `[12] Ibid; …` (more text after),
/// `[79] See State Department ibid and ACCA, …`, Kyrgyz `[22] Ошол эле жерде (Ibid.)` and
/// `[138]жогорудагы шилтеме` ("the above reference"). Not: `…73HibIdJ1tI…` inside a URL.
enum IbidRules {
    static func isIbid(_ text: String) -> Bool {
        let t = text.trimmingWhitespace
        let lower = t.lowercased()
        for prefix in ["ошол эле жерде", "там же", "жогорудагы шилтеме", "ibidem", "ibid"] where lower.hasPrefix(prefix) {
            let rest = lower.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
            if rest.first.map({ !Scalars.isLetter($0) }) ?? true { return true }
        }
        if lower.hasPrefix("see "), let range = wordRange("ibid", in: lower), lower.distance(from: lower.startIndex, to: range.lowerBound) < 80 {
            return true
        }
        return lower.contains("(ibid.)") || lower.contains("(ibid)")
    }

    /// `word` standing as a word (letters on neither side).
    private static func wordRange(_ word: String, in text: String) -> Range<String.Index>? {
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: word, range: search) {
            let before = r.lowerBound == text.startIndex ? nil : text.unicodeScalars[text.unicodeScalars.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text.unicodeScalars[r.upperBound]
            if before.map({ !Scalars.isLetter($0) }) ?? true, after.map({ !Scalars.isLetter($0) }) ?? true { return r }
            search = r.upperBound..<text.endIndex
        }
        return nil
    }
}

extension String {
    /// A plain substring search (the standard library has none without Foundation).
    func range(of needle: String, range: Range<String.Index>) -> Range<String.Index>? {
        guard let first = needle.first else { return nil }
        var i = range.lowerBound
        while i < range.upperBound {
            if self[i] == first, self[i..<range.upperBound].hasPrefix(needle) {
                return i..<index(i, offsetBy: needle.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
