/// The words a chapter writes standing alone (letter runs between non-letters), as they are written:
/// the evidence that both halves of a glued `JaparovSadyr` are words of their own, which `BlackRock`'s
/// `Black` and `Rock` are not. Built on first use, once per chapter, in one pass over the text.
final class Lexicon {
    private let text: ArraySlice<Unicode.Scalar>
    private var words: Set<String>?

    init(_ text: ArraySlice<Unicode.Scalar>) { self.text = text }

    func contains(_ word: String) -> Bool {
        if words == nil { words = Self.words(in: text) }
        return words!.contains(word)
    }

    static func words(in text: ArraySlice<Unicode.Scalar>) -> Set<String> {
        var out = Set<String>()
        var i = text.startIndex
        while i < text.endIndex {
            guard Scalars.isLetter(text[i]) else { i += 1; continue }
            var j = i
            while j < text.endIndex, Scalars.isLetter(text[j]) { j += 1 }
            out.insert(Scalars.string(text[i..<j]))
            i = j
        }
        return out
    }
}
