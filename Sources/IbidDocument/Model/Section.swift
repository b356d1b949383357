/// A part of a chapter under one heading, or a box (an essay or profile set into the chapter).
public struct Section: Sendable, Equatable {
    public enum Kind: String, Sendable { case body, box }

    /// The heading as written; nil for the opening text and for text resuming after a box.
    public var heading: String?
    public var kind: Kind
    /// A box's byline (`By Aydar Sydykov`).
    public var byline: String?
    public var blocks: [Block]
    /// The box index (for `NoteScope.box`) when `kind == .box`.
    public var boxIndex: Int?
    /// The heading's level, 1–6: HTML `<h2>`…`<h6>` keep theirs, so sections nest; headings recovered
    /// from text (and box titles) are level 2. Meaningful only with a heading.
    public var level: Int

    public init(heading: String? = nil, kind: Kind = .body, byline: String? = nil, blocks: [Block] = [], boxIndex: Int? = nil, level: Int = 2) {
        self.heading = heading
        self.kind = kind
        self.byline = byline
        self.blocks = blocks
        self.boxIndex = boxIndex
        self.level = level
    }

    public var scope: NoteScope { boxIndex.map(NoteScope.box) ?? .chapter }
}
