/// Tells a file's form from its content and reads it with that form's parser; `DumpLoader.load`'s body.
struct FormLoader {
    let input: DumpBytes
    /// `input`'s bytes, valid during `DumpLoader.load`'s `withUnsafeBytes` call, which this loader never outlives.
    let b: UnsafeRawBufferPointer
    let path: String
    /// Hears of print_r posts as they are parsed, for a progressive load (`DumpLoader.load(_:path:found:)`).
    var found: ((DumpProgress) -> Void)? = nil

    func load() throws(DumpError) -> LoadedDump {
        if let first = firstByte(), first == 0x7B || first == 0x5B {
            switch JSONReader.parse(b) {
            case .success(let value):
                return try loadJSON(value)
            case .failure(let failure):
                // `[2024-05-01 10:00] Array (` is a log line, not JSON: only a file with no dump in it is
                // refused as broken JSON.
                if DumpLocator.firstOpening(in: b, from: 0, end: b.count) == nil,
                   VarDumpParser.firstOpening(in: b, from: 0, end: b.count) == nil {
                    throw DumpError(path: path, kind: .invalidJSON(failure.message), position: SourcePosition.of(offset: failure.offset, in: b))
                }
            }
        }
        if WXRReader.looksLikeWXR(b) { return try loadWXR() }

        // print_r over the whole file, as it always was; var_dump and Xdebug only where no earlier form read
        // (so a 100 MB print_r is not scanned again for them, and a log holding both yields both).
        var parts: [(start: Int, dump: LoadedDump)] = []
        var read: [Range<Int>] = []
        var emptyForm: (DumpForm, SourcePosition?)?
        func record(_ dump: LoadedDump) {
            // A rewritten copy (unescaped, comment prefixes stripped) stands for the whole file.
            let spans = dump.storage === input && !dump.spans.isEmpty ? dump.spans : [0..<b.count]
            parts.append((spans[0].lowerBound, dump))
            read.append(contentsOf: spans)
        }
        func loadPrintR(in range: Range<Int>, whole: Bool) throws(DumpError) -> LoadedDump? {
            // Only a print_r read as the file's first form reports its posts as it goes: the provisional
            // posts must be a prefix of the final ones, which a second form found later could break.
            try DumpLoader.loadPrintR(input, path: path, in: whole ? nil : range, found: whole ? found : nil)
        }
        // The form whose first dump comes first reads the whole file; the others look only where it did not.
        let varDumpFirst = firstDumpIsVarDump()
        let loaders = varDumpFirst ? [loadVarDump, loadPrintR, loadXdebug] : [loadPrintR, loadVarDump, loadXdebug]
        for loader in loaders {
            // A dump found in one gap may run on past it (a print_r-looking string inside a var_dump is
            // itself a "root"): the next gap starts after what this loader has read.
            var frontier = 0
            for gap in Self.gaps(read, count: b.count) {
                let range = max(gap.lowerBound, frontier)..<max(gap.upperBound, frontier)
                guard !range.isEmpty else { continue }
                do {
                    guard let dump = try loader(range, range == 0..<b.count) else { continue }
                    record(dump)
                    frontier = dump.storage === input ? (dump.spans.last?.upperBound ?? b.count) : b.count
                } catch {
                    switch error.kind {
                    case .noPosts: if emptyForm == nil { emptyForm = (.printR, error.position) }
                    case .noPostsIn(.varDump): if emptyForm == nil { emptyForm = (.varDump, error.position) }
                    default: throw error
                    }
                }
            }
        }
        if !parts.isEmpty {
            parts.sort { $0.start < $1.start }
            return parts.count == 1 ? parts[0].dump : merge(parts.map(\.dump))
        }
        if let (form, position) = emptyForm {
            throw DumpError(path: path, kind: form == .printR ? .noPosts : .noPostsIn(form), position: position)
        }
        if HTMLPage.looksLikeHTML(b) { return loadHTML() }
        throw DumpError(path: path, kind: .noDump, position: SourcePosition(line: 1, column: 1))
    }

    /// Whether a var_dump opening comes before any print_r opening: looked for in growing windows, so
    /// the answer costs a few kilobytes when either starts near the top, and one pass at worst.
    private func firstDumpIsVarDump() -> Bool {
        var from = 0
        var size = 1 << 16
        while from < b.count {
            let to = min(b.count, from + size)
            // An opening may straddle the window's end: look a little past it.
            let reach = min(b.count, to + 256)
            let printR = DumpLocator.firstOpening(in: b, from: from, end: reach)?.tokenStart
            let varDump = VarDumpParser.firstOpening(in: b, from: from, end: min(reach, printR ?? reach))
            if let varDump { return printR.map { varDump < $0 } ?? true }
            if printR != nil { return false }
            from = to
            size *= 4
        }
        return false
    }

    /// The parts of `0..<count` outside every range in `read`, in order.
    static func gaps(_ read: [Range<Int>], count: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var at = 0
        for r in read.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if r.lowerBound > at { out.append(at..<r.lowerBound) }
            at = max(at, r.upperBound)
        }
        if at < count { out.append(at..<count) }
        return out
    }

    /// The first byte that is not whitespace or a UTF-8 byte-order mark.
    private func firstByte() -> UInt8? {
        var p = ByteSearch.matches("\u{FEFF}", in: b, at: 0, end: b.count) ? 3 : 0
        while p < b.count, ByteSearch.isSpace(b[p]) { p += 1 }
        return p < b.count ? b[p] : nil
    }

    private func dump(_ posts: [Post], warnings: [DumpWarning], form: DumpForm, page: PageMetadata = PageMetadata(),
                      layout: LoadedDump.Layout = .raw) -> LoadedDump {
        LoadedDump(path: path, storage: input, page: page, posts: posts, warnings: warnings, layout: layout, roots: [],
                   byteCount: input.count, lineShift: 0, columnShift: 0, form: form)
    }

    // MARK: JSON

    private func loadJSON(_ value: JSONReader.Value) throws(DumpError) -> LoadedDump {
        let read = JSONPosts.read(value, bytes: b)
        let form: DumpForm = read.sawREST ? .restJSON : .wpCLIJSON
        guard !read.drafts.isEmpty else {
            throw DumpError(path: path, kind: .noPostsIn(.restJSON), position: SourcePosition(line: 1, column: 1))
        }
        var assembly = PostAssembly(bytes: b, input: input)
        for post in read.side.posts(read.drafts, input: input) { assembly.add(post) }
        return dump(assembly.posts, warnings: assembly.warnings, form: form)
    }

    // MARK: WXR

    private func loadWXR() throws(DumpError) -> LoadedDump {
        var reader = WXRReader(bytes: b)
        reader.read()
        guard !reader.drafts.isEmpty else {
            throw DumpError(path: path, kind: .noPostsIn(.wxr), position: SourcePosition(line: 1, column: 1))
        }
        var assembly = PostAssembly(bytes: b, input: input)
        let posts = reader.side.posts(reader.drafts, input: input)
        let statuses = Dictionary(reader.unpublished.map { ($0.index, $0.status) }, uniquingKeysWith: { a, _ in a })
        for (i, post) in posts.enumerated() {
            guard assembly.add(post) else { continue }
            if let status = statuses[i] {
                let what = status == "draft" ? "a draft" : "not published"
                assembly.warn(.unpublished, "post \(post.id) is \(what) (wp:status \(status))", at: post.offset, postID: post.id)
            }
        }
        if !reader.skipped.isEmpty {
            let list = reader.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            assembly.warn(.skippedItems, "items that are not content were skipped: \(list)", at: reader.firstSkipped ?? 0, postID: nil)
        }
        let page = PageMetadata(name: reader.channelTitle.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 })
        return dump(assembly.posts, warnings: assembly.warnings, form: .wxr, page: page)
    }

    // MARK: var_dump

    /// The var_dumps that start in `range`; `whole` when nothing else was read, which also allows
    /// the rewrites (unescaping, comment prefixes) that stand for the whole file.
    private func loadVarDump(in range: Range<Int>, whole: Bool) throws(DumpError) -> LoadedDump? {
        guard let located = VarDumpLocator.locate(input, in: range, rewrite: whole) else { return nil }
        return try located.storage.withUnsafeBytes { (vb) throws(DumpError) -> LoadedDump in
            var parser = VarDumpParser(storage: located.storage, bytes: vb, end: vb.count)
            var roots: [DumpValue] = []
            var spans: [Range<Int>] = []
            var cursor = located.start
            let searchEnd = located.storage === input ? range.upperBound : vb.count
            while let opening = VarDumpParser.firstOpening(in: vb, from: cursor, end: searchEnd),
                  let parsed = parser.parseValue(at: opening, depth: 0) {
                roots.append(parsed.value)
                spans.append(opening..<(parsed.truncated ? vb.count : max(opening, parsed.next)))
                if parsed.truncated || parsed.next <= cursor { break }
                cursor = parsed.next
            }
            var finder = PositionFinder(bytes: vb)
            func position(_ offset: Int) -> SourcePosition {
                let p = finder.position(of: offset)
                return SourcePosition(line: p.line + located.lineShift, column: p.column + located.columnShift)
            }
            var collector = PostCollector()
            for root in roots { collector.collect(root, className: root.className, offset: located.start) }
            let issues = parser.issues.map { DumpWarning(code: $0.code, message: $0.message, position: position($0.offset)) }
            guard !collector.found.isEmpty else {
                throw DumpError(path: path, kind: .noPostsIn(.varDump), position: position(located.start))
            }
            var assembly = PostAssembly(bytes: vb, input: located.storage, lineShift: located.lineShift, columnShift: located.columnShift)
            assembly.warnings = issues
            for found in collector.found {
                assembly.add(Post(entries: found.entries, className: found.className, offset: found.offset,
                                  truncated: found.truncated, truncatedField: found.truncatedField), endOffset: vb.count)
            }
            let layout: LoadedDump.Layout = VarDumpParser.openingEnd(at: located.start, in: vb, end: vb.count)
                .map { vb[$0] == 0x0A || vb[$0] == 0x0D ? .raw : .collapsed } ?? .raw
            var dump = LoadedDump(path: path, storage: located.storage, page: PageMetadata.parse(located.pageText),
                                  posts: assembly.posts, warnings: assembly.warnings, layout: layout, roots: roots,
                                  byteCount: input.count, lineShift: located.lineShift, columnShift: located.columnShift, form: .varDump)
            dump.spans = spans
            return dump
        }
    }

    // MARK: Xdebug's var_dump

    /// Xdebug's overloaded var_dump that starts in `range`, as text, or (`whole`) as the HTML it writes into a page.
    private func loadXdebug(in range: Range<Int>, whole: Bool) throws(DumpError) -> LoadedDump? {
        var storage = input
        var searchRange = range
        if whole, ByteSearch.find("xdebug-var-dump", in: b, from: 0, to: b.count, anchor: 0) != nil, let text = XdebugDumpParser.renderHTML(b) {
            storage = DumpBytes(copying: text)
            searchRange = 0..<text.count
        }
        return try storage.withUnsafeBytes { (xb) throws(DumpError) -> LoadedDump? in
            guard let first = XdebugDumpParser.firstOpening(in: xb, from: searchRange.lowerBound, end: searchRange.upperBound) else { return nil }
            var parser = XdebugDumpParser(storage: storage, bytes: xb)
            var roots: [DumpValue] = []
            var spans: [Range<Int>] = []
            var cursor = first
            while let opening = XdebugDumpParser.firstOpening(in: xb, from: cursor, end: searchRange.upperBound),
                  let parsed = parser.parseValue(at: opening, depth: 0) {
                roots.append(parsed.value)
                spans.append(opening..<max(opening, min(parsed.next, xb.count)))
                if parsed.next <= opening { break }
                cursor = parsed.next
            }
            var collector = PostCollector()
            for root in roots { collector.collect(root, className: root.className, offset: first) }
            var assembly = PostAssembly(bytes: xb, input: storage)
            assembly.warnings = parser.issues.map { DumpWarning(code: $0.code, message: $0.message, position: assembly.position($0.offset)) }
            guard !collector.found.isEmpty else {
                throw DumpError(path: path, kind: .noPostsIn(.varDump), position: assembly.position(first))
            }
            for found in collector.found {
                assembly.add(Post(entries: found.entries, className: found.className, offset: found.offset,
                                  truncated: found.truncated, truncatedField: found.truncatedField))
            }
            let pageText = storage === input ? String(decoding: xb[0..<DumpLocator.lineStart(of: first, in: xb)], as: UTF8.self) : ""
            var dump = LoadedDump(path: path, storage: storage, page: PageMetadata.parse(pageText), posts: assembly.posts,
                                  warnings: assembly.warnings, layout: .raw, roots: roots, byteCount: input.count,
                                  lineShift: 0, columnShift: 0, form: .varDump)
            dump.spans = spans
            return dump
        }
    }

    // MARK: HTML

    private func loadHTML() -> LoadedDump {
        var side = SideBuffer()
        let draft = HTMLPage.read(b, side: &side)
        var assembly = PostAssembly(bytes: b, input: input)
        for post in side.posts([draft], input: input) { assembly.add(post) }
        return dump(assembly.posts, warnings: assembly.warnings, form: .html)
    }

    // MARK: Several forms in one file

    /// One library from the dumps of several forms, in file order; a post already read is not read again.
    private func merge(_ parts: [LoadedDump]) -> LoadedDump {
        let first = parts[0]
        var posts = first.posts
        var warnings = first.warnings
        var seen = Set(posts.compactMap(\.numericID))
        var counts: [(form: DumpForm, posts: Int)] = [(first.form, first.posts.count)]
        for part in parts.dropFirst() {
            var kept = 0
            part.storage.withUnsafeBytes { pb in
                var finder = PositionFinder(bytes: pb)
                for post in part.posts {
                    if let id = post.numericID, !seen.insert(id).inserted {
                        let p = finder.position(of: post.offset)
                        warnings.append(DumpWarning(
                            code: .duplicatePost, message: "post \(post.id) appears again as \(part.form.rawValue); the first copy is kept",
                            position: SourcePosition(line: p.line + part.lineShift, column: p.column + part.columnShift), postID: post.id))
                        continue
                    }
                    posts.append(post)
                    kept += 1
                }
            }
            warnings.append(contentsOf: part.warnings)
            if let i = counts.firstIndex(where: { $0.form == part.form }) {
                counts[i].posts += part.posts.count
            } else {
                counts.append((part.form, part.posts.count))
            }
        }
        let list = counts.map { "\($0.posts) as \($0.form.rawValue)" }.joined(separator: ", ")
        let second = parts[1]
        let at = second.posts.first.map { second.position(of: $0.offset) }
        warnings.insert(DumpWarning(code: .mixedForms, message: "the file holds posts in more than one form (\(list)); each post is read once",
                                    position: at), at: 0)
        return LoadedDump(path: path, storage: first.storage, page: first.page, posts: posts, warnings: warnings,
                          layout: first.layout, roots: parts.flatMap(\.roots), byteCount: input.count,
                          lineShift: first.lineShift, columnShift: first.columnShift, form: first.form)
    }
}
