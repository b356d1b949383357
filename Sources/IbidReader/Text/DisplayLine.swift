import IbidDocument

/// A run of text with one style on a display line; markers carry their index in the chapter's marker list.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    public var marker: Int?
    public var width: Int

    public init(_ text: String, style: Style = .plain, marker: Int? = nil) {
        self.text = text
        self.style = style
        self.marker = marker
        width = CharWidth.width(text)
    }
}

/// One row of a wrapped chapter.
public struct DisplayLine: Equatable, Sendable {
    public var spans: [Span]
    /// The section the line belongs to.
    public var section: Int
    /// The block, when the line shows one (nil for headings, bylines and blank lines).
    public var block: Int?

    public init(spans: [Span] = [], section: Int, block: Int? = nil) {
        self.spans = spans
        self.section = section
        self.block = block
    }

    public var width: Int { spans.reduce(0) { $0 + $1.width } }
    public var plainText: String { spans.map(\.text).joined() }
}

/// Where a citation marker is drawn.
public struct MarkerRef: Equatable, Sendable {
    public let citation: Citation
    public let anchor: Anchor
    public let line: Int
    /// Column of `[` from the start of the line, and the marker's width.
    public let column: Int
    public let width: Int
}
