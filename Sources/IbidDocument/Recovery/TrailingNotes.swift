/// Notes written as ordinary paragraphs at the end of an HTML post (`<p>[1] Source…</p><p>[2] …</p>`):
/// trailing paragraphs that each open with the next citation number, counting from 1, are notes.
enum TrailingNotes {
    static func extract(_ raw: inout RawChapter) {
        var notes: [RawChapter.RawNote] = []
        var index = raw.items.count
        // Walk back over paragraphs that open with a citation; they must count 1, 2, 3… forwards.
        while index > 0, case .paragraph(let inlines) = raw.items[index - 1], case .citation = inlines.first {
            index -= 1
        }
        var expected = 1
        for item in raw.items[index...] {
            guard case .paragraph(let inlines) = item, case .citation(let c) = inlines.first, c.number == expected else { return }
            let text = Array(inlines.dropFirst()).plainText.trimmingWhitespace
            notes.append(RawChapter.RawNote(number: c.number, text: text))
            expected += 1
        }
        guard !notes.isEmpty, index > 0 else { return }
        raw.items.removeSubrange(index...)
        raw.notes = notes
    }
}
