/// Posts in order, each numeric ID once, with the warnings every form shares: duplicates,
/// truncation, invalid UTF-8 in a field other than the content.
struct PostAssembly {
    let b: UnsafeRawBufferPointer
    let input: DumpBytes
    var lineShift = 0
    var columnShift = 0
    var posts: [Post] = []
    var warnings: [DumpWarning] = []
    private var seen = Set<Int>()
    private var finder: PositionFinder

    init(bytes: UnsafeRawBufferPointer, input: DumpBytes, lineShift: Int = 0, columnShift: Int = 0) {
        b = bytes
        self.input = input
        self.lineShift = lineShift
        self.columnShift = columnShift
        finder = PositionFinder(bytes: bytes)
    }

    mutating func position(_ offset: Int) -> SourcePosition {
        let p = finder.position(of: offset)
        return SourcePosition(line: p.line + lineShift, column: p.column + columnShift)
    }

    mutating func warn(_ code: DumpWarning.Code, _ message: String, at offset: Int, postID: Int?) {
        warnings.append(DumpWarning(code: code, message: message, position: position(offset), postID: postID))
    }

    /// Adds `post` unless its ID was seen; false when it was dropped.
    @discardableResult
    mutating func add(_ post: Post, endOffset: Int? = nil) -> Bool {
        if let id = post.numericID, !seen.insert(id).inserted {
            warn(.duplicatePost, "post \(post.id) appears again; the first copy is kept", at: post.offset, postID: post.id)
            return false
        }
        if post.truncated {
            let field = post.truncatedField.map { " inside \($0)" } ?? ""
            warn(.truncated, "the file ends mid-record\(field): record \(posts.count + 1) (ID \(post.id)) is kept as truncated",
                 at: endOffset ?? b.count, postID: post.id)
        }
        for (name, text) in post.entries where name != "post_content" {
            let bad = text.withUnsafeBytes { UTF8Repair.firstInvalidOffset(in: $0) }
            guard let bad else { continue }
            // A decoded copy has no place in the file: name the record instead.
            let at = text.storage === input ? text.range.lowerBound + bad : post.offset
            warn(.invalidUTF8, "invalid UTF-8 in [\(name)] of post \(post.id), shown as U+FFFD", at: at, postID: post.id)
        }
        posts.append(post)
        return true
    }
}
