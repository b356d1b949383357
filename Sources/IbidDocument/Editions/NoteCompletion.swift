/// Fills in the notes a truncated chapter lost, from its counterpart in another edition
/// (docs/format.md §9): 5607 stops at note 122 while its text cites up to [185]; the Kyrgyz
/// 5845, the same text with the same notes in the same order, has all 185.
///
/// Only markers the chapter cannot resolve, numbered after its last note of chapter scope, are
/// filled, and only from a note of the same number in the other chapter's own scope: the URL
/// evidence that paired the two chapters says their numbering agrees. Each filled marker's
/// `undefined-citation` finding becomes a `recovered-note` (information, not a problem).
enum NoteCompletion {
    static func complete(_ content: ChapterContent, from other: ChapterContent, origin: NoteOrigin) -> ChapterContent {
        let own = content.notes.filter { $0.scope == .chapter }
        let last = own.map(\.number).max() ?? 0
        let missing = Set(content.findings.compactMap { f -> Int? in
            guard f.code == .undefinedCitation, f.scope == .chapter, let n = f.number, n > last else { return nil }
            return n
        })
        guard !missing.isEmpty else { return content }
        var taken: [Note] = []
        var seen = Set<Int>()
        for note in other.notes where note.scope == .chapter && missing.contains(note.number) && seen.insert(note.number).inserted {
            var copy = note
            copy.citedBy = []
            copy.possiblyTruncated = false
            copy.from = origin
            taken.append(copy)
        }
        guard !taken.isEmpty else { return content }
        taken.sort { $0.number < $1.number }
        var index: [Int: Int] = [:]
        for (i, note) in taken.enumerated() { index[note.number] = i }
        for (s, section) in content.sections.enumerated() {
            for (b, block) in section.blocks.enumerated() {
                for (k, inline) in block.inlines.enumerated() {
                    guard case .citation(let c) = inline, c.scope == .chapter, let i = index[c.number] else { continue }
                    taken[i].citedBy.append(Anchor(section: s, block: b, inline: k))
                }
            }
        }
        var out = content
        // Chapter scope first, then each box's: the recovered notes go after the chapter's own.
        let insertAt = (out.notes.lastIndex { $0.scope == .chapter }).map { $0 + 1 } ?? 0
        out.notes.insert(contentsOf: taken, at: insertAt)
        out.findings = out.findings.map { f in
            guard f.code == .undefinedCitation, f.scope == .chapter, let n = f.number, index[n] != nil else { return f }
            return Finding(code: .recoveredNote, number: n, scope: .chapter,
                           message: "marker [\(n)] has no note in the dump; note \(n) recovered \(origin)")
        }
        return out
    }
}
