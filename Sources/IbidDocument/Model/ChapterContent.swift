/// A chapter's recovered structure: what ibid reads, cites and audits.
public struct ChapterContent: Sendable {
    public var sections: [Section]
    /// Every note, chapter scope first, then each box's.
    public var notes: [Note]
    public var findings: [Finding]
    /// Invalid UTF-8 repaired while decoding the content (offset into the dump), if any.
    public var repairedOffset: Int?

    public init(sections: [Section], notes: [Note], findings: [Finding], repairedOffset: Int? = nil) {
        self.sections = sections
        self.notes = notes
        self.findings = findings
        self.repairedOffset = repairedOffset
    }

    public func note(_ number: Int, scope: NoteScope = .chapter) -> Note? {
        notes.first { $0.number == number && $0.scope == scope }
    }

    public func notes(in scope: NoteScope) -> [Note] { notes.filter { $0.scope == scope } }

    /// The heading a reader would say an anchor is under: its section's, or the last heading before it.
    public func heading(at anchor: Anchor) -> String? {
        var i = anchor.section
        while i >= 0 {
            if let h = sections[i].heading { return h }
            if sections[i].kind == .box { return nil }
            i -= 1
        }
        return nil
    }
}
