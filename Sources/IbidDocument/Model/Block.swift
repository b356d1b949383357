/// A block of a section's body.
public enum Block: Sendable, Equatable {
    case paragraph([Inline])
    /// A bulleted list: one array of inlines per item.
    case list([[Inline]])
    /// A quotation set apart from the text (HTML `<blockquote>`).
    case quote([Inline])
    /// An image credit (`Image by Jussi Toivanen under (CC).`), shown dimmed, not read as body text.
    case credit(String)
    /// An image, shown as a placeholder with its alt text (HTML `<img alt="…">`).
    case image(alt: String)
    /// A table (HTML `<table>`): rows of cells, each cell inline text.
    case table(Table)

    public var typeName: String {
        switch self {
        case .paragraph: "paragraph"
        case .list: "list"
        case .quote: "quote"
        case .credit: "credit"
        case .image: "image"
        case .table: "table"
        }
    }

    /// Every inline of the block, list items one after another, table cells row by row.
    public var inlines: [Inline] {
        switch self {
        case .paragraph(let i), .quote(let i): i
        case .list(let items): items.flatMap { $0 }
        case .credit(let s): [.text(s)]
        case .image(let alt): [.text(alt)]
        case .table(let t): t.rows.flatMap { $0.flatMap { $0 } }
        }
    }

    public var plainText: String {
        switch self {
        case .list(let items): items.map(\.plainText).joined(separator: "\n")
        case .table(let t): t.rows.map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
        default: inlines.plainText
        }
    }

    public var citations: [Citation] { inlines.citations }
}
