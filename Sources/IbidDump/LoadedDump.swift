/// Everything read from one dump file: page metadata, posts in dump order, and what was repaired.
public struct LoadedDump: Sendable {
    public enum Layout: String, Sendable {
        /// Printed into HTML: whitespace folded, `Array ( [0] => … )` on few lines.
        case collapsed
        /// PHP's own output: a key per line, indented by depth. Also every form that has no
        /// collapsed variant (JSON, WXR, HTML): the file as its writer wrote it.
        case raw
    }

    public let path: String
    /// The form the posts came in; for a file holding several, the form of its first.
    public let form: DumpForm
    public let storage: DumpBytes
    public let page: PageMetadata
    public let posts: [Post]
    public let warnings: [DumpWarning]
    public let layout: Layout
    public let roots: [DumpValue]
    /// Size of the input as read, before any rewriting.
    public let byteCount: Int
    let lineShift: Int
    let columnShift: Int
    /// The bytes of `storage` each root's parse read (its opening to its end): a file holding several
    /// forms is searched for the others only outside them. Empty: not known (the whole file).
    var spans: [Range<Int>] = []

    init(path: String, storage: DumpBytes, page: PageMetadata, posts: [Post], warnings: [DumpWarning],
         layout: Layout, roots: [DumpValue], byteCount: Int, lineShift: Int, columnShift: Int, form: DumpForm = .printR) {
        self.path = path
        self.form = form
        self.storage = storage
        self.page = page
        self.posts = posts
        self.warnings = warnings
        self.layout = layout
        self.roots = roots
        self.byteCount = byteCount
        self.lineShift = lineShift
        self.columnShift = columnShift
    }

    /// Line and column in the original file of an offset into `storage`.
    public func position(of offset: Int) -> SourcePosition {
        Self.position(of: offset, in: storage, lineShift: lineShift, columnShift: columnShift)
    }

    static func position(of offset: Int, in storage: DumpBytes, lineShift: Int, columnShift: Int) -> SourcePosition {
        let p = storage.withUnsafeBytes { SourcePosition.of(offset: offset, in: $0) }
        return SourcePosition(line: p.line + lineShift, column: p.column + columnShift)
    }
}
