/// One terminal cell. A wide glyph takes two: the glyph (width 2) then a continuation cell (width 0),
/// so the screen and the terminal always agree where every column is.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1 or 2 for a glyph, 0 for the right half of a wide glyph.
    public var width: UInt8
    public var style: Style

    public init(_ character: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
