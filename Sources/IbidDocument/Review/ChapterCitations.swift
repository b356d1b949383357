import IbidDump

/// A chapter's citations as a reviewer goes through them: every marker in reading order with its
/// sentence, and each distinct citation (number and scope) once, with the note it points at and
/// the fingerprint a mark on it is made against. Marks belong to the distinct citation: a note
/// cited three times is checked once.
public struct ChapterCitations: Sendable {
    /// One marker in the text.
    public struct Occurrence: Sendable, Equatable {
        public let citation: Citation
        public let anchor: Anchor
        public let sentence: String
    }

    /// One citation (number and scope), however many markers it has.
    public struct Cited: Sendable, Equatable {
        public let citation: Citation
        /// Index into the chapter's notes; nil when the chapter lacks the note.
        public let note: Int?
        /// Indices into `occurrences`, in reading order.
        public let occurrences: [Int]
        /// The note's text with an Ibid resolved (`Ibid. [= 16] Source…`); empty without a note.
        public let noteText: String
        /// Of `noteText` and every citing sentence: a mark made against other text shows as changed.
        public let fingerprint: String
    }

    public let occurrences: [Occurrence]
    public let cited: [Cited]
    private let index: [Citation: Int]

    public init(content: ChapterContent) {
        var notesIndex: [Citation: Int] = [:]
        for (i, note) in content.notes.enumerated() where notesIndex[Citation(number: note.number, scope: note.scope)] == nil {
            notesIndex[Citation(number: note.number, scope: note.scope)] = i
        }
        var occurrences: [Occurrence] = []
        var order: [Citation] = []
        var places: [Citation: [Int]] = [:]
        for (s, section) in content.sections.enumerated() {
            for (b, block) in section.blocks.enumerated() {
                // Inline indices run on through a list's items, as anchors count them.
                var offset = 0
                for item in Self.runs(of: block) {
                    let sentences = CitingSentence.sentences(in: item)
                    for (i, inline) in item.enumerated() {
                        guard case .citation(let c) = inline else { continue }
                        if places[c] == nil { order.append(c) }
                        places[c, default: []].append(occurrences.count)
                        occurrences.append(Occurrence(citation: c, anchor: Anchor(section: s, block: b, inline: offset + i),
                                                      sentence: sentences[i] ?? ""))
                    }
                    offset += item.count
                }
            }
        }
        self.occurrences = occurrences
        var cited: [Cited] = []
        var index: [Citation: Int] = [:]
        for c in order {
            let n = notesIndex[c]
            let text = n.map { Self.resolvedText(content.notes[$0], content: content, notesIndex: notesIndex) } ?? ""
            var hash = Fingerprint(CitingSentence.collapsed(text).trimmingWhitespace)
            for o in places[c]! { hash.add("\u{1E}" + occurrences[o].sentence) }
            index[c] = cited.count
            cited.append(Cited(citation: c, note: n, occurrences: places[c]!, noteText: text, fingerprint: hash.hex))
        }
        self.cited = cited
        self.index = index
    }

    public func cited(_ citation: Citation) -> Cited? { index[citation].map { cited[$0] } }

    /// The first citing sentence of a citation.
    public func sentence(of cited: Cited) -> String { cited.occurrences.first.map { occurrences[$0].sentence } ?? "" }

    /// The distinct citations with a marker in section `s`, in reading order.
    public func cited(inSection s: Int) -> [Cited] {
        var seen = Set<Citation>()
        return occurrences.filter { $0.anchor.section == s && seen.insert($0.citation).inserted }.compactMap { cited($0.citation) }
    }

    /// The inline runs a sentence cannot cross: a paragraph or quote, each item of a list, each table cell.
    static func runs(of block: Block) -> [[Inline]] {
        switch block {
        case .paragraph(let i), .quote(let i): [i]
        case .list(let items): items
        // Each cell of a table is a run of its own: a sentence never runs from one cell into the next.
        case .table(let t): t.rows.flatMap { $0 }
        case .credit, .image: []
        }
    }

    /// A note's text; an Ibid's with the source it repeats, as a reader of the sheet needs it.
    static func resolvedText(_ note: Note, content: ChapterContent, notesIndex: [Citation: Int]) -> String {
        let own = note.plainText.trimmingWhitespace
        guard let target = note.ibid, let i = notesIndex[Citation(number: target, scope: note.scope)] else { return own }
        return own + " [= \(target)] " + content.notes[i].plainText.trimmingWhitespace
    }
}
