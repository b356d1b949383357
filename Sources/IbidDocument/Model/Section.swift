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

    public init(heading: String? = nil, kind: Kind = .body, byline: String? = nil, blocks: [Block] = [], boxIndex: Int? = nil) {
        self.heading = heading
        self.kind = kind
        self.byline = byline
        self.blocks = blocks
        self.boxIndex = boxIndex
    }

    public var scope: NoteScope { boxIndex.map(NoteScope.box) ?? .chapter }
}
