/// An essay or profile set into a chapter: a title line and a byline between blank lines, then the
/// box's text as one block (6003: `Monitoring the security situation of human rights defenders` /
/// `By Public Association Kadyr-Kasiyet`; 5845: `Азимжан Аскаров` / `Айдар Сыдыковдун баяндамасы`).
enum BoxRules {
    struct Box {
        let title: String
        let byline: String?
        /// The chunks that hold the box's text.
        let body: Range<Int>
    }

    static func box(at k: Int, in chunks: [[ArraySlice<Unicode.Scalar>]]) -> Box? {
        guard k + 2 < chunks.count, chunks[k].count == 1, chunks[k + 1].count == 1 else { return nil }
        let title = Scalars.trim(chunks[k][0])
        let byline = Scalars.trim(chunks[k + 1][0])
        guard isTitle(title), isByline(byline) else { return nil }
        return Box(title: Scalars.normalizedSpace(title), byline: Scalars.normalizedSpace(byline), body: (k + 2)..<(k + 3))
    }

    static func isTitle(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = c.first, let last = c.last, Scalars.isUpper(first) || Scalars.isDigit(first) else { return false }
        return c.count <= 140 && !(last == "." && !c.dropLast().contains(".")) && c.filter { $0 == " " }.count < 16
    }

    static func isByline(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = Scalars.normalizedSpace(c)
        guard s.unicodeScalars.count <= 120 else { return false }
        if s.hasPrefix("By ") || s.hasPrefix("by ") || s.hasPrefix("Автор") || s.hasPrefix("Authored by") { return true }
        // Kyrgyz: "<name>'s account" — the name in the genitive, then баяндамасы / макаласы / эссеси.
        return ["баяндамасы", "макаласы", "эссеси", "маегу"].contains { s.hasSuffix($0) } && s.split(separator: " ").count <= 6
    }
}
