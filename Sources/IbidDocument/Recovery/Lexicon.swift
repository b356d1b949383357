/// The words a chapter writes standing alone (letter runs between non-letters), as they are written:
/// the evidence that both halves of a glued `JaparovSadyr` are words of their own, which `BlackRock`'s
/// `Black` and `Rock` are not. Built on first use, once per chapter, in one pass over the text.
///
/// Words are kept as 64-bit FNV-1a hashes of their scalars, not as `String`s: a chapter of 100 KB
/// has tens of thousands of words, and building and hashing a `String` for each (with its Unicode
/// normalisation) cost `check` an eighth of its time. Two different words sharing a hash is a chance
/// of about one in 10¹³ per chapter, and its only effect would be one glued heading split.
final class Lexicon {
    private let text: ArraySlice<Unicode.Scalar>
    private var words: Set<UInt64>?

    init(_ text: ArraySlice<Unicode.Scalar>) { self.text = text }

    func contains(_ word: String) -> Bool {
        if words == nil { words = Self.words(in: text) }
        return words!.contains(Self.hash(word.unicodeScalars))
    }

    static func words(in text: ArraySlice<Unicode.Scalar>) -> Set<UInt64> {
        var out = Set<UInt64>()
        var i = text.startIndex
        while i < text.endIndex {
            guard Scalars.isLetter(text[i]) else { i += 1; continue }
            var j = i
            while j < text.endIndex, Scalars.isLetter(text[j]) { j += 1 }
            out.insert(hash(text[i..<j]))
            i = j
        }
        return out
    }

    static func hash<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars {
            h ^= UInt64(s.value)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
