/// Parses `print_r` output, collapsed or raw, into `DumpValue`s.
///
/// A scalar has no delimiter of its own: it ends where the next key of its container, or the
/// container's `)`, begins. Which `[key] =>` counts is decided from the structure (see
/// `ScalarContext`), never from the first bracket in the text — post content is full of `[12]`.
struct PrintRParser {
    let storage: DumpBytes
    /// `storage`'s bytes, taken once for the whole parse: a parser lives only inside the
    /// `storage.withUnsafeBytes` call that made it (see `DumpLoader`), so the pointer stays valid.
    let b: UnsafeRawBufferPointer
    /// End of the dump region (end of input, or a closing `</pre>`).
    let end: Int
    var issues: [Issue] = []
    /// Told of every post-shaped object as soon as its `)` is read, with the offset of its key and the
    /// offset just past it: what a progressive load (`DumpLoader.load(_:path:found:)`) shows before
    /// the parse ends. Nil (the default) costs nothing.
    var found: ((_ post: DumpContainer, _ className: String?, _ offset: Int, _ next: Int) -> Void)?

    /// Nesting deeper than this is read as text: real dumps nest a handful of levels,
    /// and the bound keeps hostile input from exhausting the stack.
    static let maxDepth = 128

    struct Issue {
        let code: DumpWarning.Code
        let message: String
        let offset: Int
    }

    /// Which byte of `] =>` to hunt for with `memchr`: `]` in HTML-heavy content, where `>` is in
    /// every tag; `>` in footnoted prose, where every citation `[12]` holds a `]`.
    let arrowAnchor: Int

    /// `bytes` is `storage`'s, from the `withUnsafeBytes` call the parser must not outlive.
    init(storage: DumpBytes, bytes: UnsafeRawBufferPointer, start: Int = 0, end: Int) {
        self.storage = storage
        self.b = bytes
        self.end = end
        let probeEnd = min(end, start + (1 << 18))
        let closers = ByteSearch.count(0x5D, in: bytes, from: start, to: probeEnd)
        let angles = ByteSearch.count(0x3E, in: bytes, from: start, to: probeEnd)
        arrowAnchor = angles < closers ? 3 : 0
    }

    // MARK: Containers

    struct Parsed {
        let value: DumpValue
        /// Offset just past the value (past `)` for containers).
        let next: Int
        let truncated: Bool
    }

    /// Parses the container whose `(` `opening` found; `policy` says how its scalars end.
    mutating func parseContainer(_ opening: ContainerOpening, depth: Int, policy: ValueEndPolicy = .plain) -> Parsed {
        var container = DumpContainer(openOffset: opening.paren)
        var p = opening.paren + 1
        var indent: Int?
        var knownOrder = false
        var seen = SeenKeys()
        var strictOrder = false
        if case .wpPost = policy.order { strictOrder = true }
        // An `Array` with integer keys is a list: its first container element predicts the later ones.
        var isArray = false
        if case .array = opening.kind { isArray = true }
        var list = ListRows()
        func wrap(_ c: DumpContainer) -> DumpValue {
            switch opening.kind {
            case .array: .array(c)
            case .object(let name): .object(className: name, c)
            }
        }
        while true {
            p = skipSpace(p)
            if p >= end {
                container.truncated = true
                return Parsed(value: wrap(container), next: end, truncated: true)
            }
            if b[p] == 0x29 {
                return Parsed(value: wrap(container), next: p + 1, truncated: false)
            }
            guard let key = KeyReader.read(at: p, in: b, end: end) else {
                issues.append(Issue(code: .unexpectedText, message: "unexpected text where a `[key] =>` or `)` was expected", offset: p))
                container.truncated = true
                return Parsed(value: wrap(container), next: p, truncated: true)
            }
            let keyText = String(decoding: b[key.text], as: UTF8.self)
            let dumpKey = DumpKey(raw: keyText)
            if container.entries.isEmpty {
                knownOrder = dumpKey.name == "ID"
                if opening.raw { indent = columnBytes(of: p) }
            }
            var shapeIndex: Int?
            if case .shape(let shape) = policy.order { shapeIndex = shape.index(of: dumpKey.name) }
            let context = ScalarContext(
                key: dumpKey.name,
                fieldIndex: knownOrder ? PostFields.index(of: dumpKey.name) : nil,
                knownOrder: knownOrder,
                strictOrder: strictOrder && knownOrder,
                seen: seen,
                raw: opening.raw,
                indent: indent,
                depth: depth,
                policy: policy,
                shapeIndex: shapeIndex
            )
            let isRow = isArray && dumpKey.isListIndex
            let parsed = parseValue(at: key.valueStart, context: context, depth: depth, list: isRow ? list : nil)
            if isRow { list.note(parsed) }
            container.entries.append(DumpEntry(key: dumpKey, value: parsed.value, offset: p))
            if let found, !parsed.truncated, let inner = parsed.value.container, Post.isPost(inner) {
                found(inner, parsed.value.className, p, parsed.next)
            }
            if knownOrder { seen.insert(dumpKey.name) }
            if parsed.truncated {
                container.truncated = true
                return Parsed(value: wrap(container), next: parsed.next, truncated: true)
            }
            p = parsed.next
        }
    }

    /// `list` is set when the value is an element of a list, and holds what its first row showed.
    private mutating func parseValue(at v: Int, context: ScalarContext, depth: Int, list: ListRows?) -> Parsed {
        if v < end, let opening = ContainerOpening.read(at: v, in: b, end: end) {
            if depth + 1 < Self.maxDepth {
                let policy = ValueEndPolicy.choose(for: opening, row: list == nil ? nil : opening.kind,
                                                   shape: list?.shape(for: opening.kind))
                return parseContainer(opening, depth: depth + 1, policy: policy)
            }
            issues.append(Issue(code: .tooDeep, message: "nesting deeper than \(Self.maxDepth) levels is kept as text", offset: v))
            return skipTooDeep(from: v)
        }
        return scanScalar(from: v, context: context)
    }

    /// A container nested past `maxDepth`, kept whole as one text value. Its extent is found in one pass
    /// that counts openings (`Array (`, `… Object (`) and closing `)` after whitespace, building nothing:
    /// 40,000 nested arrays used to become 40,000 values and as many warnings.
    private func skipTooDeep(from v: Int) -> Parsed {
        var depth = 0
        var p = v
        while p < end {
            let c = b[p]
            if c == 0x28, isOpeningParen(at: p) {
                depth += 1
            } else if c == 0x29, depth > 0, ByteSearch.isSpace(b[p - 1]) {
                depth -= 1
                if depth == 0 { return Parsed(value: .scalar(text(v, p + 1)), next: p + 1, truncated: false) }
            }
            p += 1
        }
        var e = end
        while e > v, ByteSearch.isSpace(b[e - 1]) { e -= 1 }
        return Parsed(value: .scalar(text(v, e)), next: end, truncated: true)
    }

    /// Whether the `(` at `paren` opens a container: `Array` or `Object` before it, a key or `)` after.
    private func isOpeningParen(at paren: Int) -> Bool {
        var s = paren
        while s > 0, ByteSearch.isSpace(b[s - 1]), paren - s < 200 { s -= 1 }
        guard s >= 5 else { return false }
        let word = ByteSearch.matches("Array", in: b, at: s - 5, end: end) || (s >= 6 && ByteSearch.matches("Object", in: b, at: s - 6, end: end))
        guard word else { return false }
        let q = skipSpace(paren + 1)
        return q >= end || b[q] == 0x29 || b[q] == 0x5B
    }

    // MARK: Scalars

    struct ScalarContext {
        let key: String
        let fieldIndex: Int?
        let knownOrder: Bool
        /// The container is a `WP_Post`, whose fields come in `PostFields.order`.
        let strictOrder: Bool
        /// Keys already read in this container.
        let seen: SeenKeys
        let raw: Bool
        let indent: Int?
        let depth: Int
        let policy: ValueEndPolicy
        /// The key's position in the list's first row, when the policy predicts keys from it.
        let shapeIndex: Int?

        /// Whether an accepted key may still be preceded by this container's `)` (its value being the
        /// container's last): not when the order says the key is a later one of this same container.
        var mayCloseBeforeAcceptedKey: Bool {
            if strictOrder && isFreeText { return false }
            if case .shape = policy.order, shapeIndex != nil, !raw { return false }
            return true
        }

        /// What may follow this container's `)`.
        var afterClose: AfterClose {
            if case .object? = policy.row { return .listKey }
            if case .wpPost = policy.order { return .notPostField }
            return .anyKey
        }

        var isFreeText: Bool { knownOrder && fieldIndex.map(PostFields.isFreeText(index:)) == true }
    }

    private mutating func scanScalar(from v: Int, context: ScalarContext) -> Parsed {
        var searchFrom = v
        // No `)` in v..<closerScanned closes the container: each later look for one resumes there,
        // so a value crossing many record-like keys is still read in one pass.
        var closerScanned = v
        while let arrow = ByteSearch.find("] =>", in: b, from: searchFrom, to: end, anchor: arrowAnchor) {
            searchFrom = arrow + 1
            if let kind = context.policy.row, let close = rowEnd(arrow: arrow, valueStart: v, kind: kind) {
                return scalar(from: v, endingAt: close, context: context)
            }
            guard let open = keyOpen(before: arrow, valueStart: v, context: context),
                  let key = KeyReader.read(at: open, in: b, end: end) else { continue }
            let name = DumpKey(raw: String(decoding: b[key.text], as: UTF8.self)).name
            switch judge(name, context: context) {
            case .reject:
                continue
            case .accept:
                // A shorter value may end at its container's `)` before this key (the last entry of a nested array).
                if context.mayCloseBeforeAcceptedKey, let close = closer(from: v, before: open, scanned: &closerScanned, context: context) {
                    return scalar(from: v, endingAt: close, context: context)
                }
                return scalar(from: v, endingAt: open, context: context)
            case .crossedRecord:
                // This key belongs to a later record, so the value ended at a `)` before it.
                if let close = closer(from: v, before: open, scanned: &closerScanned, context: context) {
                    return scalar(from: v, endingAt: close, context: context)
                }
                continue
            }
        }
        if let close = closer(from: v, before: end, scanned: &closerScanned, context: context) {
            return scalar(from: v, endingAt: close, context: context)
        }
        var e = end
        while e > v, ByteSearch.isSpace(b[e - 1]) { e -= 1 }
        return Parsed(value: .scalar(text(v, e)), next: end, truncated: true)
    }

    /// The value from `v` up to the token (`[key]` or `)`) at `token`, which parsing continues from.
    private func scalar(from v: Int, endingAt token: Int, context: ScalarContext) -> Parsed {
        Parsed(value: .scalar(text(v, valueEnd(beforeSeparatorAt: token, from: v, context: context))), next: token, truncated: false)
    }

    private enum Judgement { case accept, reject, crossedRecord }

    /// Whether `[name] =>` found after a value ends it.
    ///
    /// In a post-shaped container (first key `ID`) a key already read, or `ID` itself, belongs to a
    /// later record. A `WP_Post` prints its fields in a fixed order, so inside its prose fields only a
    /// later field counts; other post-shaped objects (`stdClass` rows) may hold any columns.
    private func judge(_ name: String, context: ScalarContext) -> Judgement {
        if case .shape(let shape) = context.policy.order, let current = context.shapeIndex {
            // A later row of a list: its keys are the first row's, in that order.
            if let index = shape.index(of: name) { return index > current ? .accept : .crossedRecord }
            // A key the first row did not have is text, unless PHP's own indentation vouches for it.
            return context.raw && isIdentifier(name) ? .accept : .reject
        }
        guard context.knownOrder else { return .accept }
        if name == "ID" || context.seen.contains(name) { return .crossedRecord }
        if context.strictOrder, let current = context.fieldIndex, let index = PostFields.index(of: name) {
            return index > current ? .accept : .crossedRecord
        }
        guard isIdentifier(name) else { return .reject }
        if context.strictOrder && context.isFreeText && PostFields.index(of: name) == nil {
            // An unknown key inside WP_Post prose is text, unless PHP's own indentation vouches for it.
            return context.raw ? .accept : .reject
        }
        return .accept
    }

    /// The `[` that opens the key ending at `arrow`, if it stands where a key of this container may stand.
    private func keyOpen(before arrow: Int, valueStart v: Int, context: ScalarContext) -> Int? {
        var open = arrow - 1
        let floor = max(v, arrow - KeyReader.maxKeyLength - 1)
        while open >= floor, b[open] != 0x5B {
            let c = b[open]
            if c == 0x5D || c == 0x0A { return nil }
            open -= 1
        }
        guard open >= floor, b[open] == 0x5B else { return nil }
        if context.raw {
            guard let indent = context.indent, let lineStart = lineStartIfBlank(before: open),
                  open - lineStart == indent, lineStart > v else { return nil }
            return open
        }
        if open == v { return open }
        return ByteSearch.isSpace(b[open - 1]) ? open : nil
    }

    /// `) [n] => Kind (` around the key ending at `arrow`: the `)` of this row, followed by the next row
    /// of the same list with the same opening. It ends the row's last value whatever that value's key,
    /// so a `stdClass` row's prose last column cannot swallow the rows after it.
    private func rowEnd(arrow: Int, valueStart v: Int, kind: ContainerOpening.Kind) -> Int? {
        let valueAt = arrow + 5
        guard valueAt < end, b[arrow + 4] == 0x20, b[valueAt] == kind.firstByte else { return nil }
        var open = arrow - 1
        while open > v, arrow - open <= 24, (b[open] >= 0x30 && b[open] <= 0x39) || b[open] == 0x2D { open -= 1 }
        guard open > v, open < arrow - 1, b[open] == 0x5B else { return nil }
        var close = open - 1
        while close > v, ByteSearch.isSpace(b[close]) { close -= 1 }
        guard b[close] == 0x29, close == v || ByteSearch.isSpace(b[close - 1]) else { return nil }
        guard let next = ContainerOpening.read(at: valueAt, in: b, end: end), next.kind.isSame(as: kind) else { return nil }
        return close
    }

    /// The offset of the first `)` in `v..<limit` that closes this value's container. `scanned` is
    /// where an earlier call for the same value stopped finding none; it is advanced to `limit`.
    private func closer(from v: Int, before limit: Int, scanned: inout Int, context: ScalarContext) -> Int? {
        var from = max(v, scanned)
        while let close = ByteSearch.find(0x29, in: b, from: from, to: limit) {
            from = close + 1
            if context.raw {
                guard let lineStart = lineStartIfBlank(before: close), lineStart > v || close == v else { continue }
                if let indent = context.indent {
                    // PHP prints a container's `)` less indented than its keys. A dump whose indentation
                    // was stripped or redone has it at the keys' column: then only a `)` alone on its line.
                    let column = close - lineStart
                    if column > indent || (column == indent && !isAloneOnLine(close)) { continue }
                }
            } else if close != v && !ByteSearch.isSpace(b[close - 1]) {
                continue
            }
            if continuesStructure(after: close + 1, depth: context.depth, then: context.afterClose) { return close }
        }
        scanned = max(scanned, limit)
        return nil
    }

    /// Which keys of the parent may follow a container's `)`.
    enum AfterClose {
        case anyKey
        /// An object row of a list is followed by the next row's integer key (or the list's `)`):
        /// `… [post_title] => A ) [1] => stdClass Object (`.
        case listKey
        /// A `WP_Post`'s `)` is never followed by one of its own fields: `Ibid. ) [ID] => x` is content.
        case notPostField
    }

    /// After a container's `)`: more keys of its parent, the parent's `)`, or the end of the dump.
    private func continuesStructure(after p: Int, depth: Int, then rule: AfterClose = .anyKey) -> Bool {
        let q = skipSpace(p)
        if q >= end { return true }
        if depth == 0 { return true }
        if b[q] == 0x29 { return true }
        guard b[q] == 0x5B, let key = KeyReader.read(at: q, in: b, end: end) else { return false }
        switch rule {
        case .anyKey: return true
        case .listKey: return DumpKey(raw: String(decoding: b[key.text], as: UTF8.self)).isListIndex
        case .notPostField: return PostFields.index(of: DumpKey(raw: String(decoding: b[key.text], as: UTF8.self)).name) == nil
        }
    }

    /// Where the value ends, given the offset of the token that follows it: drops the
    /// separator PHP printed (one space collapsed, or newline plus indentation raw).
    private func valueEnd(beforeSeparatorAt token: Int, from v: Int, context: ScalarContext) -> Int {
        var e = token
        guard context.raw else {
            // Collapsed: the separator is any run of whitespace, so trailing whitespace is never content.
            while e > v, ByteSearch.isSpace(b[e - 1]) { e -= 1 }
            return e
        }
        while e > v, ByteSearch.isHorizontalSpace(b[e - 1]) { e -= 1 }
        if e > v, b[e - 1] == 0x0A { e -= 1 }
        if e > v, b[e - 1] == 0x0D { e -= 1 }
        return e
    }

    // MARK: Helpers

    private func text(_ from: Int, _ to: Int) -> DumpText {
        DumpText(storage: storage, range: from..<max(from, to))
    }

    func skipSpace(_ p: Int) -> Int {
        var p = p
        while p < end, ByteSearch.isSpace(b[p]) { p += 1 }
        return p
    }

    /// The offset just past the previous newline, when only spaces and tabs stand between it and `at`.
    private func lineStartIfBlank(before at: Int) -> Int? {
        var s = at
        while s > 0, ByteSearch.isHorizontalSpace(b[s - 1]) { s -= 1 }
        return (s == 0 || b[s - 1] == 0x0A) ? s : nil
    }

    /// Whether only spaces, tabs or `\r` follow `at` up to the end of its line.
    private func isAloneOnLine(_ at: Int) -> Bool {
        var q = at + 1
        while q < end, b[q] == 0x20 || b[q] == 0x09 || b[q] == 0x0D { q += 1 }
        return q >= end || b[q] == 0x0A
    }

    private func columnBytes(of at: Int) -> Int {
        var s = at
        while s > 0, b[s - 1] != 0x0A { s -= 1 }
        return at - s
    }

    private func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, ContainerOpening.isClassStart(first) || (first >= 0x30 && first <= 0x39) else { return false }
        return name.utf8.allSatisfy { ContainerOpening.isClassByte($0) || $0 == 0x2D }
    }
}
