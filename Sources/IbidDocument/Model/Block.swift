/// A block of a section's body.
public enum Block: Sendable, Equatable {
    case paragraph([Inline])
    /// A bulleted list: one array of inlines per item.
    case list([[Inline]])
    /// A quotation set apart from the text (HTML `<blockquote>`).
    case quote([Inline])
    /// An image credit (`Image by Jussi Toivanen under (CC).`), shown dimmed, not read as body text.
    case credit(String)

    public var typeName: String {
        switch self {
        case .paragraph: "paragraph"
        case .list: "list"
        case .quote: "quote"
        case .credit: "credit"
        }
    }

    /// Every inline of the block, list items one after another.
    public var inlines: [Inline] {
        switch self {
        case .paragraph(let i), .quote(let i): i
        case .list(let items): items.flatMap { $0 }
        case .credit(let s): [.text(s)]
        }
    }

    public var plainText: String {
        switch self {
        case .list(let items): items.map(\.plainText).joined(separator: "\n")
        default: inlines.plainText
        }
    }

    public var citations: [Citation] { inlines.citations }
}
