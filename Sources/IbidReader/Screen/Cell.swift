/// One terminal cell. A wide glyph takes two: the glyph (width 2) then a continuation cell (width 0),
/// so the screen and the terminal always agree where every column is.
public struct Cell: Hashable, Sendable {
    /// What the cell shows, as ncurses draws it: one spacing scalar and up to
    /// `TerminalCell.maxMarks` zero-width scalars on it (see `DisplayText`); a space in a
    /// continuation cell. Not a `Character`: a base and a mark need not form one grapheme.
    public var glyph: String
    /// 1 or 2 for a glyph, 0 for the right half of a wide glyph.
    public var width: UInt8
    public var style: Style

    public init(_ glyph: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.glyph = glyph
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
