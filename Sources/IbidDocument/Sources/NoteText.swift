/// The text two notes must share to be one source cited twice (6003's notes 31 and 32 repeat the
/// same OSCE reference word for word): the note's plain text with every run of white space,
/// no-break spaces included, folded to one space and the ends trimmed. Only the spacing is folded;
/// two notes that differ in a single letter are two sources.
enum NoteText {
    static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var gap = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                gap = !out.isEmpty
                continue
            }
            if gap { out.unicodeScalars.append(" "); gap = false }
            out.unicodeScalars.append(s)
        }
        return out
    }
}
