/// What a reader of one content format (text or HTML) hands to the common structure builder:
/// blocks in reading order and the notes as found, before scopes, anchors and the audit.
struct RawChapter {
    enum Item: Equatable {
        case heading(String)
        case paragraph([Inline])
        case listItem([Inline])
        case quote([Inline])
        case credit(String)
        // Indirect: the one large case would otherwise widen every paragraph's item (1.7 million one-word paragraphs).
        indirect case boxStart(title: String, byline: String?)
        case boxEnd
    }

    struct RawNote: Equatable {
        let number: Int
        var text: String
        /// The same text as scalars, when the reader has them (saves decoding it again).
        var scalars: ArraySlice<Unicode.Scalar>? = nil

        static func == (a: RawNote, b: RawNote) -> Bool { a.number == b.number && a.text == b.text }
    }

    var items: [Item] = []
    /// Notes in the order they stand, numbering restarts included.
    var notes: [RawNote] = []
}
