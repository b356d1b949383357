/// What a reader of one content format (text or HTML) hands to the common structure builder:
/// blocks in reading order and the notes as found, before scopes, anchors and the audit.
struct RawChapter {
    enum Item: Equatable {
        case heading(String)
        case paragraph([Inline])
        case listItem([Inline])
        case quote([Inline])
        case credit(String)
        case boxStart(title: String, byline: String?)
        case boxEnd
    }

    struct RawNote: Equatable {
        let number: Int
        var text: String
    }

    var items: [Item] = []
    /// Notes in the order they stand, numbering restarts included.
    var notes: [RawNote] = []
}
