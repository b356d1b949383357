/// `Ibid.` and its relatives: a note that repeats the source of the note before it.
///
/// Seen in the sample: `[39] Ibid.`, `[57] Ibid` (no period), `[12] Ibid; …` (more text after),
/// `[79] See State Department ibid and ACCA, …`, Kyrgyz `[22] Ошол эле жерде (Ibid.)` and
/// `[138]жогорудагы шилтеме` ("the above reference"). Not: `…73HibIdJ1tI…` inside a URL.
enum IbidRules {
    static let openers = ["ошол эле жерде", "там же", "жогорудагы шилтеме", "ibidem", "ibid"].map { Array($0.unicodeScalars) }
    static let ibid = Array("ibid".unicodeScalars)

    static func isIbid(_ text: String) -> Bool {
        // Only a note's opening says it repeats another: look at the first 120 characters, lower-cased.
        var head: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            if head.isEmpty && Scalars.isSpace(s) { continue }
            if head.count >= 120 { break }
            head.append(lower(s))
        }
        for opener in openers where head.starts(with: opener) {
            if head.count == opener.count || !Scalars.isLetter(head[opener.count]) { return true }
        }
        if head.starts(with: Array("see ".unicodeScalars)), let at = wordIndex(ibid, in: head), at < 80 { return true }
        if let at = index(of: Array("(ibid".unicodeScalars), in: head), at + 5 < head.count, !Scalars.isLetter(head[at + 5]) { return true }
        return false
    }

    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        if v >= 0x0410 && v <= 0x042F { return Unicode.Scalar(v + 0x20)! }
        if v >= 0x0400 && v <= 0x040F { return Unicode.Scalar(v + 0x50)! }
        return s
    }

    private static func index(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// `word` standing as a word (letters on neither side).
    private static func wordIndex(_ word: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int? {
        var from = 0
        while let at = index(of: word, in: hay, from: from) {
            let before = at == 0 || !Scalars.isLetter(hay[at - 1])
            let after = at + word.count >= hay.count || !Scalars.isLetter(hay[at + word.count])
            if before && after { return at }
            from = at + 1
        }
        return nil
    }
}
