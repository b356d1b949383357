/// One WordPress post found in a dump: any object holding `[ID]` and `[post_content]` or `[post_title]`.
///
/// Fields stay as byte ranges; `content` in particular is decoded only when a chapter is opened.
public struct Post: Sendable {
    /// The scalar fields in dump order (a record has a couple of dozen, so lookups are linear).
    public let entries: [(name: String, text: DumpText)]
    public let className: String?
    /// Offset of the record's `[key] =>` (or of its opening token) in the storage;
    /// `LoadedDump.position(of:)` turns it into a line and column when a message needs one.
    public let offset: Int
    /// The dump ended inside this record.
    public let truncated: Bool
    /// The field being read when the dump ended.
    public let truncatedField: String?

    public init(entries: [(name: String, text: DumpText)], className: String?, offset: Int, truncated: Bool, truncatedField: String?) {
        self.entries = entries
        self.className = className
        self.offset = offset
        self.truncated = truncated
        self.truncatedField = truncatedField
    }

    public subscript(field: String) -> DumpText? {
        for entry in entries where entry.name == field { return entry.text }
        return nil
    }

    /// The fields by name.
    public var fields: [String: DumpText] {
        Dictionary(entries.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The post ID; a non-numeric ID (hostile or hand-edited input) reads as 0.
    public var id: Int { numericID ?? 0 }
    /// The ID when it is a number; nil when it is empty or text.
    public var numericID: Int? { self["ID"].flatMap { Int($0.string.trimmingWhitespace) } }
    public var title: String { string("post_title") }
    public var date: String { string("post_date") }
    public var slug: String { string("post_name") }
    public var guid: String { string("guid") }
    public var status: String { string("post_status") }
    public var type: String { string("post_type") }
    public var content: DumpText? { self["post_content"] }

    public func string(_ field: String) -> String { self[field]?.string ?? "" }

    /// The bytes from this post's first field to its last (nil for a post of no fields).
    public var span: Range<Int>? {
        guard let first = entries.first?.text else { return nil }
        var lower = first.range.lowerBound, upper = first.range.upperBound
        for entry in entries {
            lower = min(lower, entry.text.range.lowerBound)
            upper = max(upper, entry.text.range.upperBound)
        }
        return lower..<upper
    }

    /// The dump the post's fields point into.
    public var storage: DumpBytes? { entries.first?.text.storage }

    /// Lets a mapped dump's pages under this post's fields go (`DumpBytes.release`): a pass over every
    /// chapter calls it once done with one, so memory holds a few posts of the file, not all of it.
    public func release() {
        if let span, let storage { storage.release(span) }
    }

    /// The fields that make an object a post.
    static func isPost(_ container: DumpContainer) -> Bool {
        var hasID = false, hasText = false
        for entry in container.entries {
            switch entry.key.name {
            case "ID": hasID = entry.value.text != nil
            case "post_content", "post_title": hasText = hasText || entry.value.text != nil
            default: break
            }
        }
        return hasID && hasText
    }
}
