/// A footnote: its number in its scope, its text, and where the body cites it.
public struct Note: Sendable, Equatable {
    public let number: Int
    public let scope: NoteScope
    public var text: [Inline]
    public var urls: [String]
    /// For an `Ibid.` note: the number of the note whose source it repeats, chains followed.
    public var ibid: Int?
    public var isIbid: Bool
    public var citedBy: [Anchor]
    /// The dump ended inside this note (the last note of a truncated chapter).
    public var possiblyTruncated: Bool
    /// Set when the chapter was cut off before this note and it was taken from another edition
    /// of the report (5607's notes 123–185 from the Kyrgyz 5845).
    public var from: NoteOrigin?

    public init(number: Int, scope: NoteScope, text: [Inline], urls: [String], ibid: Int? = nil, isIbid: Bool = false,
                citedBy: [Anchor] = [], possiblyTruncated: Bool = false, from: NoteOrigin? = nil) {
        self.number = number
        self.scope = scope
        self.text = text
        self.urls = urls
        self.ibid = ibid
        self.isIbid = isIbid
        self.citedBy = citedBy
        self.possiblyTruncated = possiblyTruncated
        self.from = from
    }

    public var plainText: String { text.plainText }
}

/// Where a marker stands: section, block and inline index, plus the list item for lists.
public struct Anchor: Sendable, Equatable, Hashable, Comparable {
    public let section: Int
    public let block: Int
    public let inline: Int

    public init(section: Int, block: Int, inline: Int) {
        self.section = section
        self.block = block
        self.inline = inline
    }

    public static func < (a: Anchor, b: Anchor) -> Bool {
        (a.section, a.block, a.inline) < (b.section, b.block, b.inline)
    }
}
