/// Finds where a `print_r` dump starts inside surrounding text, and undoes what was done to it on
/// the way into the file: a `<pre>` around it, a log-line prefix, a comment prefix on every line,
/// or HTML entity escaping of `=>`.
struct DumpLocator {
    /// What the parser reads: possibly a rewritten copy of the input.
    struct Region {
        let storage: DumpBytes
        /// Offset of the first dump's opening token in `storage`.
        let start: Int
        let end: Int
        /// Page text before the dump (from the original input).
        let pageText: String
        /// Bytes stripped from the start of each line, added back to columns in messages.
        let columnShift: Int
        /// Lines of the original input before `storage` begins, added back to lines in messages.
        var lineShift: Int = 0
        /// Where further dumps are looked for after the first: the end of the stretch the caller gave
        /// (another form was read around it), else `end`.
        var searchEnd: Int? = nil
    }

    /// The first dump in `input`, or (`range`) the first that starts inside that stretch of it; only a
    /// search of the whole input looks for the escaped and comment-prefixed shapes, which rewrite it.
    static func locate(_ input: DumpBytes, in range: Range<Int>? = nil, unescapeOnce: Bool = true) -> Region? {
        input.withUnsafeBytes { b in locate(input, bytes: b, range: range, unescapeOnce: unescapeOnce) }
    }

    /// `locate` with `input`'s bytes in hand (`b` is only valid during the call).
    private static func locate(_ input: DumpBytes, bytes b: UnsafeRawBufferPointer, range: Range<Int>?, unescapeOnce: Bool) -> Region? {
        if let range {
            guard let opening = firstOpening(in: b, from: range.lowerBound, end: range.upperBound) else { return nil }
            let lineStart = lineStart(of: opening.tokenStart, in: b)
            return Region(storage: input, start: opening.tokenStart, end: preEnd(after: opening.tokenStart, in: b) ?? b.count,
                          pageText: String(decoding: b[0..<lineStart], as: UTF8.self), columnShift: 0,
                          searchEnd: range.upperBound)
        }
        guard let opening = firstOpening(in: b, from: 0, end: b.count) else {
            // A raw dump behind a comment prefix: `// Array` then `// (` — the prefix splits the opening.
            if let (lineStart, prefix) = commentedRawOpening(in: b) {
                let copy = stripPrefix(prefix, from: lineStart, to: b.count, in: b)
                guard let opening = copy.withUnsafeBytes({ firstOpening(in: $0, from: 0, end: copy.count) }) else { return nil }
                return Region(storage: copy, start: opening.tokenStart, end: copy.count,
                              pageText: String(decoding: b[0..<lineStart], as: UTF8.self), columnShift: prefix.count,
                              lineShift: SourcePosition.of(offset: lineStart, in: b).line - 1)
            }
            // A dump escaped as a whole (`[ID] =&gt; 6005`) is unescaped once and looked at again.
            // Anchored on `&`: `]` is in every key of a var_dump and every citation of prose.
            guard unescapeOnce, ByteSearch.find("] =&gt;", in: b, from: 0, to: b.count, anchor: 3) != nil else { return nil }
            return locate(DumpBytes(copying: HTMLEntities.unescapeStructural(b)), unescapeOnce: false)
        }
        let lineStart = lineStart(of: opening.tokenStart, in: b)
        let prefix = Array(b[lineStart..<opening.tokenStart])
        let pageText = String(decoding: b[0..<lineStart], as: UTF8.self)
        let end = preEnd(after: opening.tokenStart, in: b) ?? b.count

        if let comment = commentPrefix(prefix, lineAfter: opening.tokenStart, in: b) {
            let copy = stripPrefix(comment, from: lineStart, to: end, in: b)
            return Region(storage: copy, start: 0, end: copy.count, pageText: pageText, columnShift: comment.count,
                          lineShift: SourcePosition.of(offset: lineStart, in: b).line - 1)
        }
        return Region(storage: input, start: opening.tokenStart, end: end, pageText: pageText,
                      columnShift: 0)
    }

    /// The next dump opening at or after `from`.
    static func firstOpening(in b: UnsafeRawBufferPointer, from: Int, end: Int) -> ContainerOpening? {
        var best: ContainerOpening?
        var cursor = from
        // `Array` openings.
        while let hit = ByteSearch.find("Array", in: b, from: cursor, to: end) {
            if let o = ContainerOpening.read(at: hit, in: b, end: end), isWordStart(hit, in: b) { best = o; break }
            cursor = hit + 1
        }
        // `Class Object` openings before it.
        cursor = from
        let limit = best?.tokenStart ?? end
        while let hit = ByteSearch.find(" Object", in: b, from: cursor, to: min(end, limit + 7)) {
            if hit >= limit { break }
            if let o = ContainerOpening.read(objectWordAt: hit, in: b, end: end), isWordStart(o.tokenStart, in: b) {
                if best == nil || o.tokenStart < best!.tokenStart { best = o }
                break
            }
            cursor = hit + 1
        }
        return best
    }

    private static func isWordStart(_ at: Int, in b: UnsafeRawBufferPointer) -> Bool {
        at == 0 || !ContainerOpening.isClassByte(b[at - 1])
    }

    static func lineStart(of at: Int, in b: UnsafeRawBufferPointer) -> Int {
        var s = at
        while s > 0, b[s - 1] != 0x0A { s -= 1 }
        return s
    }

    /// Finds `PREFIX Array` (or `PREFIX Class Object`) ending a line, followed by `PREFIX (`.
    private static func commentedRawOpening(in b: UnsafeRawBufferPointer) -> (lineStart: Int, prefix: [UInt8])? {
        for word: StaticString in ["Array", " Object"] {
            var cursor = 0
            while let hit = ByteSearch.find(word, in: b, from: cursor, to: b.count) {
                cursor = hit + 1
                var p = hit + word.utf8CodeUnitCount
                while p < b.count, b[p] == 0x20 || b[p] == 0x0D { p += 1 }
                guard p < b.count, b[p] == 0x0A else { continue }
                var tokenStart = hit
                if word.utf8CodeUnitCount == 7 {
                    while tokenStart > 0, ContainerOpening.isClassByte(b[tokenStart - 1]) { tokenStart -= 1 }
                    guard tokenStart < hit else { continue }
                }
                let start = lineStart(of: tokenStart, in: b)
                let prefix = Array(b[start..<tokenStart])
                var trimmed = prefix
                while let last = trimmed.last, ByteSearch.isHorizontalSpace(last) { trimmed.removeLast() }
                guard !trimmed.isEmpty else { continue }
                var q = p + 1
                guard q + trimmed.count <= b.count, Array(b[q..<(q + trimmed.count)]) == trimmed else { continue }
                q += trimmed.count
                while q < b.count, ByteSearch.isHorizontalSpace(b[q]) { q += 1 }
                if q < b.count, b[q] == 0x28 { return (start, prefix) }
            }
        }
        return nil
    }

    /// A dump printed inside `<pre>` ends at `</pre>`.
    private static func preEnd(after start: Int, in b: UnsafeRawBufferPointer) -> Int? {
        let lookBack = max(0, start - 512)
        guard ByteSearch.find("<pre", in: b, from: lookBack, to: start) != nil else { return nil }
        return ByteSearch.find("</pre>", in: b, from: start, to: b.count)
    }

    /// The same non-blank prefix in front of this line and the next means a commented-out dump
    /// (`// `, ` * `, `# `); a prefix on the first line only is a log stamp and is just skipped.
    static func commentPrefix(_ prefix: [UInt8], lineAfter at: Int, in b: UnsafeRawBufferPointer) -> [UInt8]? {
        guard prefix.contains(where: { !ByteSearch.isSpace($0) }) else { return nil }
        guard let nl = ByteSearch.find(0x0A, in: b, from: at, to: b.count) else { return nil }
        let next = nl + 1
        var trimmed = prefix
        while let last = trimmed.last, ByteSearch.isHorizontalSpace(last) { trimmed.removeLast() }
        guard next + trimmed.count <= b.count else { return nil }
        for (i, c) in trimmed.enumerated() where b[next + i] != c { return nil }
        return prefix
    }

    /// Copies `lineStart..<end`, dropping `prefix` (or its trailing-space-stripped form) from each line;
    /// stops at the first line without it, which is where the commented dump ends.
    static func stripPrefix(_ prefix: [UInt8], from lineStart: Int, to end: Int, in b: UnsafeRawBufferPointer) -> DumpBytes {
        var trimmed = prefix
        while let last = trimmed.last, ByteSearch.isHorizontalSpace(last) { trimmed.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(end - lineStart)
        var p = lineStart
        while p < end {
            let nl = ByteSearch.find(0x0A, in: b, from: p, to: end) ?? end
            let lineEnd = nl
            func hasPrefix(_ pre: [UInt8]) -> Bool {
                guard p + pre.count <= lineEnd else { return false }
                for (i, c) in pre.enumerated() where b[p + i] != c { return false }
                return true
            }
            var body = p
            if hasPrefix(prefix) {
                body = p + prefix.count
            } else if hasPrefix(trimmed) {
                // A prefix whose trailing space an editor removed: only valid on a line with nothing after it.
                let after = p + trimmed.count
                var rest = after
                while rest < lineEnd, b[rest] == 0x0D { rest += 1 }
                guard rest == lineEnd else { break }
                body = after
            } else {
                break
            }
            out.append(contentsOf: b[body..<min(end, nl + 1)])
            p = nl + 1
        }
        return DumpBytes(copying: out)
    }
}
