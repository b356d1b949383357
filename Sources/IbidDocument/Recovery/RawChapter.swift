/// What a reader of one content format (text or HTML) hands to the common structure builder:
/// blocks in reading order and the notes as found, before scopes, anchors and the audit.
struct RawChapter {
    enum Item: Equatable {
        /// A heading and its level (HTML `<h2>` is 2; headings recovered from text are 2).
        case heading(String, level: Int = 2)
        case paragraph([Inline])
        case listItem([Inline])
        case quote([Inline])
        case credit(String)
        case image(alt: String)
        indirect case table(Table)
        // Indirect: the one large case would otherwise widen every paragraph's item (1.7 million one-word paragraphs).
        indirect case boxStart(title: String, byline: String?)
        case boxEnd
    }

    struct RawNote: Equatable {
        let number: Int
        var text: String
        /// The same text as scalars, when the reader has them (saves decoding it again).
        var scalars: ArraySlice<Unicode.Scalar>? = nil
        /// The `href` targets of the note's links (HTML), with the scalar offset in `text` where each
        /// link ended: a link's target is a URL of the note even when its visible text is not.
        var hrefs: [(offset: Int, url: String)] = []

        static func == (a: RawNote, b: RawNote) -> Bool { a.number == b.number && a.text == b.text }
    }

    var items: [Item] = []
    /// Notes in the order they stand, numbering restarts included.
    var notes: [RawNote] = []
}
