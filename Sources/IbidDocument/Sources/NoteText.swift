/// The text two notes must share to be one source cited twice (6003's notes 31 and 32 repeat the
/// same OSCE reference word for word): the note's plain text with every run of white space,
/// no-break spaces included, folded to one space and the ends trimmed. Only the spacing is folded;
/// two notes that differ in a single letter are two sources.
enum NoteText {
    static func key(_ text: String) -> String {
        // Most notes need no folding: one scan, and the text itself.
        var clean = true
        var previousSpace = true
        for s in text.unicodeScalars {
            let space = Scalars.isSpace(s)
            if space && (previousSpace || s != " ") { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return text }
        var out = String.UnicodeScalarView()
        var gap = false
        for s in text.unicodeScalars {
            if Scalars.isSpace(s) {
                gap = !out.isEmpty
                continue
            }
            if gap { out.append(" "); gap = false }
            out.append(s)
        }
        return String(out)
    }
}
