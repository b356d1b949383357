/// Bytes in, posts out: the one entry point of `IbidDump`.
public enum DumpLoader {
    /// Reads and parses the file at `path` ("-" for standard input).
    public static func load(path: String) throws(DumpError) -> LoadedDump {
        try load(DumpSource.read(path: path), path: path)
    }

    /// Parses bytes already in memory; `path` only names them in messages.
    ///
    /// The form is told from the content alone (docs/format.md, "Forms"): JSON by its first byte, a
    /// WordPress export by `<rss`/`<channel>` and its `wp:` elements, then every print_r and var_dump in
    /// the file (a log may hold both: each post is kept once), and last an HTML page.
    public static func load(_ input: DumpBytes, path: String) throws(DumpError) -> LoadedDump {
        try load(input, path: path, found: nil)
    }

    /// `load`, telling `found` (on the calling thread) of the posts parsed so far each time one more is
    /// complete: a reader paints the first screenful from these while the rest of a large dump is read.
    /// The dump it returns is the one `load(_:path:)` returns; only what `found` sees is provisional.
    public static func load(_ input: DumpBytes, path: String, found: ((DumpProgress) -> Void)?) throws(DumpError) -> LoadedDump {
        guard input.count > 0 else { throw DumpError(path: path, kind: .empty) }
        let nul: SourcePosition? = input.withUnsafeBytes { b in
            ByteSearch.find(0x00, in: b, from: 0, to: min(b.count, 1 << 16)).map { SourcePosition.of(offset: $0, in: b) }
        }
        if let nul { throw DumpError(path: path, kind: .binary, position: nul) }
        return try input.withUnsafeBytes { (b) throws(DumpError) -> LoadedDump in
            try FormLoader(input: input, b: b, path: path, found: found).load()
        }
    }

    /// The print_r dump of the file, or nil when it holds no print_r opening.
    /// `found` hears of posts as they are parsed (see `load(_:path:found:)`).
    static func loadPrintR(_ input: DumpBytes, path: String, in range: Range<Int>? = nil,
                           found: ((DumpProgress) -> Void)? = nil) throws(DumpError) -> LoadedDump? {
        guard let region = DumpLocator.locate(input, in: range) else { return nil }
        // One pointer for the whole parse: the scans below are the hot loops.
        return try region.storage.withUnsafeBytes { (b) throws(DumpError) -> LoadedDump in
            try parse(region, bytes: b, path: path, inputCount: input.count, found: found)
        }
    }

    /// Parses the located region; `b` is `region.storage`'s bytes, valid only during the call.
    private static func parse(_ region: DumpLocator.Region, bytes b: UnsafeRawBufferPointer, path: String,
                              inputCount: Int, found: ((DumpProgress) -> Void)?) throws(DumpError) -> LoadedDump {
        let storage = region.storage
        var finder = PositionFinder(bytes: b, storage: storage)
        func position(_ offset: Int) -> SourcePosition {
            let p = finder.position(of: offset)
            return SourcePosition(line: p.line + region.lineShift, column: p.column + region.columnShift)
        }

        var parser = PrintRParser(storage: storage, bytes: b, start: region.start, end: region.end)
        // Pages of a mapped file the parse has gone past are handed back as it goes (`PageRelease`), so
        // a 1 GB dump does not stay resident once parsed; values read later fault their pages back in.
        let release = PageRelease(storage: storage, start: region.start)
        let page = PageMetadata.parse(region.pageText)
        var progress = DumpProgress(start: region.start, end: region.end, page: page)
        parser.found = { post, className, offset, next in
            release.advance(to: post.openOffset)
            guard let found else { return }
            progress.add(post, className: className, offset: offset, next: next)
            found(progress)
        }
        var roots: [DumpValue] = []
        var layout = LoadedDump.Layout.collapsed
        var cursor = region.start
        var spans: [Range<Int>] = []
        while let opening = DumpLocator.firstOpening(in: b, from: cursor, end: min(region.end, region.searchEnd ?? region.end)) {
            if roots.isEmpty {
                layout = opening.raw ? .raw : .collapsed
                progress.layout = layout
            }
            let parsed = parser.parseContainer(opening, depth: 0)
            roots.append(parsed.value)
            spans.append(opening.tokenStart..<(parsed.truncated ? region.end : max(opening.tokenStart, parsed.next)))
            if parsed.truncated || parsed.next <= cursor { break }
            cursor = parsed.next
        }

        parser.found = nil
        release.finish()
        // This pass reads each post's ID and small fields, which maps their pages back in: given back as it goes.
        let again = PageRelease(storage: storage, start: region.start)
        defer { again.finish() }
        var warnings = parser.issues.map { DumpWarning(code: $0.code, message: $0.message, position: position($0.offset)) }
        var collector = PostCollector()
        for root in roots { collector.collect(root, className: root.className, offset: region.start) }
        var posts: [Post] = []
        var seen = Set<Int>()
        for found in collector.found {
            let post = Post(entries: found.entries, className: found.className, offset: found.offset,
                            truncated: found.truncated, truncatedField: found.truncatedField)
            // A WP_Query prints its current post twice ([posts] and [post]); keep the first. Only a real
            // (numeric) ID identifies a post: drafts and hand-made rows with an empty or textual ID all read
            // as 0, and each is a post of its own.
            if let id = post.numericID, !seen.insert(id).inserted {
                warnings.append(DumpWarning(code: .duplicatePost, message: "post \(post.id) appears again; the first copy is kept",
                                            position: position(post.offset), postID: post.id))
                continue
            }
            if post.truncated {
                let field = post.truncatedField.map { " inside [\($0)]" } ?? ""
                warnings.append(DumpWarning(
                    code: .truncated,
                    message: "the dump ends mid-record\(field): record \(posts.count + 1) (ID \(post.id)) is kept as truncated",
                    position: position(region.end), postID: post.id))
            }
            for (name, text) in post.entries where name != "post_content" {
                let bytes = UnsafeRawBufferPointer(rebasing: b[text.range])
                if let bad = UTF8Repair.firstInvalidOffset(in: bytes).map({ $0 + text.range.lowerBound }) {
                    warnings.append(DumpWarning(code: .invalidUTF8, message: "invalid UTF-8 in [\(name)] of post \(post.id), shown as U+FFFD",
                                                position: position(bad), postID: post.id))
                }
            }
            posts.append(post)
            again.passed(post)
        }
        guard !posts.isEmpty else {
            throw DumpError(path: path, kind: .noPosts, position: position(region.start))
        }
        var dump = LoadedDump(path: path, storage: storage, page: page, posts: posts,
                              warnings: warnings, layout: layout, roots: roots, byteCount: inputCount,
                              lineShift: region.lineShift, columnShift: region.columnShift)
        dump.spans = spans
        return dump
    }
}

/// Walks the value tree for post-shaped objects, in dump order, without descending into posts.
struct PostCollector {
    struct Found {
        var entries: [(name: String, text: DumpText)]
        var className: String?
        var offset: Int
        var truncated: Bool
        var truncatedField: String?
    }

    var found: [Found] = []

    mutating func collect(_ value: DumpValue, className: String?, offset: Int) {
        guard let container = value.container else { return }
        if Post.isPost(container) {
            let entries = container.entries.compactMap { entry in entry.value.text.map { (name: entry.key.name, text: $0) } }
            found.append(Found(entries: entries, className: className, offset: offset, truncated: container.truncated,
                               truncatedField: container.truncated ? container.entries.last?.key.name : nil))
            return
        }
        for entry in container.entries {
            collect(entry.value, className: entry.value.className, offset: entry.offset)
        }
    }
}
