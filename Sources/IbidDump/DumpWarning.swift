/// Something the loader repaired or could only partly read. Never fatal.
public struct DumpWarning: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case truncated
        case invalidUTF8 = "invalid-utf8"
        case unexpectedText = "unexpected-text"
        case tooDeep = "too-deep"
        case duplicatePost = "duplicate-post"
        /// The file holds posts in more than one form (a log with a print_r and a var_dump).
        case mixedForms = "mixed-forms"
        /// A post whose status is not `publish` (a draft, pending, private): read, but flagged.
        case unpublished
        /// Items of a WordPress export that are not content (attachments, menu items) were skipped.
        case skippedItems = "skipped-items"
    }

    public let code: Code
    public let message: String
    public let position: SourcePosition?
    /// The post ID the warning is about, when it is about one.
    public let postID: Int?

    public init(code: Code, message: String, position: SourcePosition?, postID: Int? = nil) {
        self.code = code
        self.message = message
        self.position = position
        self.postID = postID
    }

    public var description: String {
        if let position { return "\(position): \(message)" }
        return message
    }
}
