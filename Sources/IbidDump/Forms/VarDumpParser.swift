/// Parses PHP's `var_dump` output into the same `DumpValue` tree as `print_r`'s:
/// `array(3) {`, `object(WP_Post)#1 (24) {`, `["ID"]=>`, `["x":protected]=>`,
/// `["data":"Aws\Result":private]=>`, `string(N) "…"`, `int(…)`, `float(…)`, `bool(…)`, `NULL`.
///
/// Unlike `print_r`, a string says how long it is: when the byte count still lands on the closing
/// quote the value is read exactly, whatever it holds. When it does not (a browser folded the
/// whitespace or rendered the tags away, an editor turned CRLF into LF) the value ends at the first
/// `"` the structure can follow: the next `[key]=>` or the container's `}`.
struct VarDumpParser {
    let storage: DumpBytes
    let b: UnsafeRawBufferPointer
    let end: Int
    var issues: [PrintRParser.Issue] = []

    static let maxDepth = PrintRParser.maxDepth

    init(storage: DumpBytes, bytes: UnsafeRawBufferPointer, end: Int) {
        self.storage = storage
        self.b = bytes
        self.end = end
    }

    struct Parsed {
        let value: DumpValue
        let next: Int
        let truncated: Bool
    }

    // MARK: Openings

    /// The next `array(N) {` or `object(Class)#N (N) {` at or after `from`.
    static func firstOpening(in b: UnsafeRawBufferPointer, from: Int, end: Int) -> Int? {
        var best: Int?
        for word: StaticString in ["array(", "object("] {
            var cursor = from
            let limit = best ?? end
            while let hit = ByteSearch.find(word, in: b, from: cursor, to: limit) {
                if (hit == 0 || !ContainerOpening.isClassByte(b[hit - 1])), openingEnd(at: hit, in: b, end: end) != nil {
                    best = hit
                    break
                }
                cursor = hit + 1
            }
        }
        return best
    }

    /// Offset just past the `{` of an opening at `at`, or nil when `at` holds none.
    static func openingEnd(at start: Int, in b: UnsafeRawBufferPointer, end: Int) -> Int? {
        var p = start
        if ByteSearch.matches("array(", in: b, at: p, end: end) {
            p += 6
            guard let q = digits(from: p, in: b, end: end), q < end, b[q] == 0x29 else { return nil }
            p = q + 1
        } else if ByteSearch.matches("object(", in: b, at: p, end: end) {
            p += 7
            var q = p
            while q < end, ContainerOpening.isClassByte(b[q]), q - p < 200 { q += 1 }
            guard q > p, q + 1 < end, b[q] == 0x29, b[q + 1] == 0x23 /* )# */ else { return nil }
            guard let h = digits(from: q + 2, in: b, end: end) else { return nil }
            p = h
            while p < end, ByteSearch.isHorizontalSpace(b[p]) { p += 1 }
            guard p < end, b[p] == 0x28, let c = digits(from: p + 1, in: b, end: end), c < end, b[c] == 0x29 else { return nil }
            p = c + 1
        } else {
            return nil
        }
        while p < end, ByteSearch.isHorizontalSpace(b[p]) { p += 1 }
        guard p < end, b[p] == 0x7B /* { */ else { return nil }
        return p + 1
    }

    /// Offset past a run of at least one decimal digit, or nil.
    private static func digits(from p: Int, in b: UnsafeRawBufferPointer, end: Int) -> Int? {
        var q = p
        while q < end, q - p < 20, b[q] >= 0x30 && b[q] <= 0x39 { q += 1 }
        return q > p ? q : nil
    }

    // MARK: Values

    func skipSpace(_ p: Int) -> Int {
        var q = p
        while q < end, ByteSearch.isSpace(b[q]) { q += 1 }
        return q
    }

    /// Reads the value at `at` (after spaces); nil when no value starts there.
    mutating func parseValue(at start: Int, depth: Int) -> Parsed? {
        var p = skipSpace(start)
        guard p < end else { return nil }
        if b[p] == 0x26 /* & */ { p += 1 }
        if ByteSearch.matches("array(", in: b, at: p, end: end) || ByteSearch.matches("object(", in: b, at: p, end: end) {
            guard let body = Self.openingEnd(at: p, in: b, end: end) else { return nil }
            return parseContainer(at: p, body: body, depth: depth)
        }
        if ByteSearch.matches("string(", in: b, at: p, end: end) {
            return parseString(at: p)
        }
        if ByteSearch.matches("NULL", in: b, at: p, end: end) {
            return Parsed(value: .scalar(DumpText(storage: storage, range: p..<p)), next: p + 4, truncated: false)
        }
        if ByteSearch.matches("*RECURSION*", in: b, at: p, end: end) {
            return Parsed(value: .scalar(DumpText(storage: storage, range: p..<p)), next: p + 11, truncated: false)
        }
        // int(5), float(1.5), bool(true), enum(A::B), uninitialized(int), resource(5) of type (stream).
        for word: StaticString in ["int(", "float(", "bool(", "enum(", "uninitialized(", "resource("] where ByteSearch.matches(word, in: b, at: p, end: end) {
            let open = p + word.utf8CodeUnitCount
            var q = open
            while q < end, b[q] != 0x29, b[q] != 0x0A, q - open < 512 { q += 1 }
            guard q < end, b[q] == 0x29 else {
                return Parsed(value: .scalar(DumpText(storage: storage, range: open..<q)), next: q, truncated: q >= end)
            }
            var next = q + 1
            if word.utf8CodeUnitCount == 9, ByteSearch.matches(" of type (", in: b, at: next, end: end),
               let close = ByteSearch.find(0x29, in: b, from: next + 10, to: min(end, next + 200)) {
                next = close + 1
            }
            let text = word.utf8CodeUnitCount == 9 ? p..<next : open..<q
            return Parsed(value: .scalar(DumpText(storage: storage, range: text)), next: next, truncated: false)
        }
        return nil
    }

    private mutating func parseContainer(at token: Int, body: Int, depth: Int) -> Parsed {
        let isObject = b[token] == 0x6F
        var className: String?
        if isObject {
            let nameStart = token + 7
            var q = nameStart
            while b[q] != 0x29 { q += 1 }
            className = String(decoding: b[nameStart..<q], as: UTF8.self)
        }
        var container = DumpContainer(openOffset: body - 1)
        func wrap(_ c: DumpContainer) -> DumpValue {
            className.map { .object(className: $0, c) } ?? .array(c)
        }
        if depth >= Self.maxDepth {
            issues.append(.init(code: .tooDeep, message: "nesting deeper than \(Self.maxDepth) levels is skipped", offset: token))
            return Parsed(value: wrap(container), next: end, truncated: false)
        }
        var p = body
        while true {
            p = skipSpace(p)
            guard p < end else {
                container.truncated = true
                return Parsed(value: wrap(container), next: end, truncated: true)
            }
            if b[p] == 0x7D /* } */ { return Parsed(value: wrap(container), next: p + 1, truncated: false) }
            guard b[p] == 0x5B, let (key, arrowEnd) = readKey(at: p) else {
                issues.append(.init(code: .unexpectedText, message: "unexpected text where a `[key]=>` or `}` was expected", offset: p))
                // Resynchronise on the next key or closing brace of this container.
                guard let resume = nextStructure(after: p) else {
                    container.truncated = true
                    return Parsed(value: wrap(container), next: end, truncated: true)
                }
                p = resume
                continue
            }
            guard let parsed = parseValue(at: arrowEnd, depth: depth + 1) else {
                let at = skipSpace(arrowEnd)
                if at >= end {
                    container.entries.append(DumpEntry(key: key, value: .scalar(DumpText(storage: storage, range: end..<end)), offset: p))
                    container.truncated = true
                    return Parsed(value: wrap(container), next: end, truncated: true)
                }
                issues.append(.init(code: .unexpectedText, message: "unexpected text where a var_dump value was expected", offset: at))
                p = at
                continue
            }
            container.entries.append(DumpEntry(key: key, value: parsed.value, offset: p))
            if parsed.truncated {
                container.truncated = true
                return Parsed(value: wrap(container), next: end, truncated: true)
            }
            p = parsed.next
        }
    }

    /// `[0]=>`, `["ID"]=>`, `["x":protected]=>`, `["data":"Aws\Result":private]=>`: the key and the offset after `=>`.
    private func readKey(at p: Int) -> (DumpKey, Int)? {
        guard let close = ByteSearch.find("]=>", in: b, from: p, to: min(end, p + 1024)) else { return nil }
        let inner = p + 1
        if inner < close, b[inner] == 0x22 {
            // Quoted name, possibly followed by :protected or :"Class":private (class names hold no quote,
            // so the last `":"` splits name from class).
            var raw = Array(b[(inner + 1)..<close])
            let protected = Array("\":protected".utf8), privateMark = Array("\":private".utf8)
            if raw.count >= protected.count, Array(raw.suffix(protected.count)) == protected {
                raw.removeLast(protected.count)
                return (DumpKey(name: raw.asString, visibility: .protected), close + 3)
            }
            if raw.count >= privateMark.count, Array(raw.suffix(privateMark.count)) == privateMark {
                raw.removeLast(privateMark.count)
                var split = raw.count - 3
                while split >= 0, !(raw[split] == 0x22 && raw[split + 1] == 0x3A && raw[split + 2] == 0x22) { split -= 1 }
                guard split >= 0 else { return (DumpKey(name: raw.asString, visibility: .private), close + 3) }
                return (DumpKey(name: Array(raw[..<split]).asString, visibility: .private,
                                declaringClass: Array(raw[(split + 3)...]).asString), close + 3)
            }
            guard raw.last == 0x22 else { return nil }
            raw.removeLast()
            return (DumpKey(name: raw.asString), close + 3)
        }
        let name = String(decoding: b[inner..<close], as: UTF8.self)
        guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return nil }
        return (DumpKey(name: name), close + 3)
    }

    /// The next `[` that starts a key, or `}`, after unreadable text.
    private func nextStructure(after p: Int) -> Int? {
        var q = p + 1
        while q < end {
            if b[q] == 0x7D { return q }
            if b[q] == 0x5B, readKey(at: q) != nil { return q }
            q += 1
        }
        return nil
    }

    /// `string(N) "…"`: exact by the count when it lands on the closing quote, else by structure.
    private func parseString(at p: Int) -> Parsed {
        let open = p + 7
        var q = open
        var count = 0
        while q < end, q - open < 19, b[q] >= 0x30 && b[q] <= 0x39 { count = count * 10 + Int(b[q] - 0x30); q += 1 }
        guard q > open, ByteSearch.matches(") \"", in: b, at: q, end: end) else {
            // `string(5` at the very end: nothing of the value survived.
            return Parsed(value: .scalar(DumpText(storage: storage, range: end..<end)), next: end, truncated: true)
        }
        let start = q + 3
        let exact = start + count
        if exact < end, b[exact] == 0x22, exact + 1 == end || isValueFollower(b[exact + 1]) {
            return Parsed(value: .scalar(DumpText(storage: storage, range: start..<exact)), next: exact + 1, truncated: false)
        }
        if let close = structuralClose(from: start) {
            return Parsed(value: .scalar(DumpText(storage: storage, range: start..<close)), next: close + 1, truncated: false)
        }
        // The dump ends inside this string: keep what there is.
        return Parsed(value: .scalar(DumpText(storage: storage, range: start..<end)), next: end, truncated: true)
    }

    @inline(__always)
    private func isValueFollower(_ c: UInt8) -> Bool { ByteSearch.isSpace(c) || c == 0x7D }

    /// The first `"` followed (after spaces) by a key `[…]=>` or by `}` and what may follow a container's end.
    private func structuralClose(from start: Int) -> Int? {
        var cursor = start
        while let quote = ByteSearch.find(0x22, in: b, from: cursor, to: end) {
            let after = skipSpace(quote + 1)
            if after >= end { return quote }
            if after > quote + 1 || b[after] == 0x7D {
                if b[after] == 0x5B, readKey(at: after) != nil { return quote }
                if b[after] == 0x7D {
                    let next = skipSpace(after + 1)
                    if next >= end || b[next] == 0x5B || b[next] == 0x7D { return quote }
                    if Self.firstOpening(in: b, from: next, end: min(end, next + 16)) == next { return quote }
                }
            }
            cursor = quote + 1
        }
        return nil
    }
}
