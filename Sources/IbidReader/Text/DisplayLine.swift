import IbidDocument

/// A run of text with one style on a display line; markers carry their index in the chapter's marker list.
///
/// The text is prepared (`DisplayText`) when the span is made, so `width` is the width of what
/// `Screen.put` will draw, not of the raw text it came from.
public struct Span: Equatable, Sendable {
    public private(set) var text: String
    public var style: Style
    public var marker: Int?
    public private(set) var width: Int

    public init(_ text: String, style: Style = .plain, marker: Int? = nil) {
        self.init(DisplayText(text), style: style, marker: marker)
    }

    public init(_ text: DisplayText, style: Style = .plain, marker: Int? = nil) {
        self.text = text.text
        self.width = text.width
        self.style = style
        self.marker = marker
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
    /// The note the citation points at, as an index into the chapter's notes (found once, at
    /// layout, rather than by a search per marker per frame).
    public let note: Int?
    public let line: Int
    /// Column of `[` from the start of the line, and the marker's width.
    public let column: Int
    public let width: Int
}
