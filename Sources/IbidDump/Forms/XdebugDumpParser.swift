/// Parses Xdebug's overloaded `var_dump` as a browser shows it (`public 'ID' => int 5`,
/// `string 'text' (length=4)`, `array (size=2)`, `object(WP_Post)[1]`), or as the page's HTML holds it
/// (`<pre class='xdebug-var-dump'>` with `<b>`, `<i>`, `<font>` and escaped text: stripped and unescaped first).
///
/// Xdebug writes no closing brackets: a container's entries are the lines indented deeper than its
/// header, so this form is read line by line. Strings carry their byte length, used as `var_dump`'s
/// `string(N)` is: exactly when it lands on `' (length=N)`, else up to the first `' (length=N)` that ends a line.
struct XdebugDumpParser {
    let storage: DumpBytes
    let b: UnsafeRawBufferPointer
    let end: Int
    var issues: [PrintRParser.Issue] = []

    init(storage: DumpBytes, bytes: UnsafeRawBufferPointer) {
        self.storage = storage
        b = bytes
        end = bytes.count
    }

    struct Parsed {
        let value: DumpValue
        let next: Int
    }

    /// The first `array (size=N)` or `object(Class)[N]` at or after `from`.
    static func firstOpening(in b: UnsafeRawBufferPointer, from: Int, end: Int) -> Int? {
        var best: Int?
        var cursor = from
        while let hit = ByteSearch.find("array (size=", in: b, from: cursor, to: end) {
            if hit == 0 || !ContainerOpening.isClassByte(b[hit - 1]) { best = hit; break }
            cursor = hit + 1
        }
        cursor = from
        while let hit = ByteSearch.find("object(", in: b, from: cursor, to: best ?? end) {
            if objectHeader(at: hit, in: b, end: end) != nil { best = hit; break }
            cursor = hit + 1
        }
        return best
    }

    /// `object(Class)[N]`: the class name's range and the offset after `]`.
    static func objectHeader(at p: Int, in b: UnsafeRawBufferPointer, end: Int) -> (Range<Int>, Int)? {
        guard ByteSearch.matches("object(", in: b, at: p, end: end) else { return nil }
        var q = p + 7
        while q < end, ContainerOpening.isClassByte(b[q]), q - p < 200 { q += 1 }
        guard q > p + 7, q + 1 < end, b[q] == 0x29, b[q + 1] == 0x5B else { return nil }
        var r = q + 2
        while r < end, b[r] >= 0x30 && b[r] <= 0x39 { r += 1 }
        guard r > q + 2, r < end, b[r] == 0x5D else { return nil }
        return ((p + 7)..<q, r + 1)
    }

    /// Xdebug's HTML as text: tags dropped inside each `<pre class='xdebug-var-dump'>`, escapes undone.
    static func renderHTML(_ b: UnsafeRawBufferPointer) -> [UInt8]? {
        var out: [UInt8] = []
        var cursor = 0
        while let pre = ByteSearch.find("xdebug-var-dump", in: b, from: cursor, to: b.count),
              let gt = ByteSearch.find(0x3E, in: b, from: pre, to: b.count) {
            let close = ByteSearch.find("</pre>", in: b, from: gt, to: b.count) ?? b.count
            var text: [UInt8] = []
            var inTag = false
            for c in b[(gt + 1)..<close] {
                if c == 0x3C { inTag = true; continue }
                if inTag { if c == 0x3E { inTag = false }; continue }
                text.append(c)
            }
            out.append(contentsOf: text.withUnsafeBytes { HTMLEntities.unescapeStructural($0) })
            out.append(0x0A)
            cursor = close
        }
        return out.isEmpty ? nil : out
    }

    // MARK: Lines

    /// Where the line holding `p` starts, looking back at most 4 KiB: Xdebug's lines are short, and an
    /// unbounded look-back per header would make a dump folded onto one line cost quadratic time.
    private func lineStart(_ p: Int) -> Int {
        var s = p
        while s > 0, b[s - 1] != 0x0A, p - s < 4096 { s -= 1 }
        return s
    }

    private func indent(ofLineAt s: Int) -> Int {
        var q = s
        while q < end, b[q] == 0x20 { q += 1 }
        return q - s
    }

    /// Start of the line after the one holding `p`.
    private func nextLine(after p: Int) -> Int {
        (ByteSearch.find(0x0A, in: b, from: p, to: end) ?? (end - 1)) + 1
    }

    // MARK: Values

    mutating func parseValue(at start: Int, depth: Int) -> Parsed? {
        var p = start
        while p < end, ByteSearch.isSpace(b[p]) { p += 1 }
        guard p < end else { return nil }
        if ByteSearch.matches("array (size=", in: b, at: p, end: end) {
            return parseContainer(header: p, body: nextLine(after: p), className: nil, depth: depth)
        }
        if let (name, after) = Self.objectHeader(at: p, in: b, end: end) {
            let className = String(decoding: b[name], as: UTF8.self)
            return parseContainer(header: p, body: nextLine(after: after - 1), className: className, depth: depth)
        }
        if ByteSearch.matches("string '", in: b, at: p, end: end) { return parseString(at: p) }
        if ByteSearch.matches("null", in: b, at: p, end: end) {
            return Parsed(value: .scalar(DumpText(storage: storage, range: p..<p)), next: p + 4)
        }
        for word: StaticString in ["int ", "float ", "boolean ", "bool "] where ByteSearch.matches(word, in: b, at: p, end: end) {
            let s = p + word.utf8CodeUnitCount
            var q = s
            while q < end, !ByteSearch.isSpace(b[q]) { q += 1 }
            guard word.utf8CodeUnitCount >= 5, word.utf8CodeUnitCount != 6 else {
                return Parsed(value: .scalar(DumpText(storage: storage, range: s..<q)), next: q)
            }
            // print_r shows true as 1 and false as nothing; so does every other form here.
            let isTrue = ByteSearch.matches("true", in: b, at: s, end: end)
            let text = isTrue ? DumpText(storage: Self.one, range: 0..<1) : DumpText(storage: storage, range: s..<s)
            return Parsed(value: .scalar(text), next: q)
        }
        // resource(5, stream), *RECURSION*, enum(…): the rest of the line.
        let eol = ByteSearch.find(0x0A, in: b, from: p, to: end) ?? end
        return Parsed(value: .scalar(DumpText(storage: storage, range: p..<eol)), next: eol)
    }

    private mutating func parseContainer(header: Int, body: Int, className: String?, depth: Int) -> Parsed {
        let headerIndent = indent(ofLineAt: lineStart(header))
        var container = DumpContainer(openOffset: header)
        func wrap(_ c: DumpContainer) -> DumpValue { className.map { .object(className: $0, c) } ?? .array(c) }
        guard depth < PrintRParser.maxDepth else {
            issues.append(.init(code: .tooDeep, message: "nesting deeper than \(PrintRParser.maxDepth) levels is skipped", offset: header))
            return Parsed(value: wrap(container), next: end)
        }
        var line = body
        while line < end {
            let ind = indent(ofLineAt: line)
            let first = line + ind
            if first >= end { break }
            if b[first] == 0x0A || b[first] == 0x0D { line = nextLine(after: first); continue }
            if ind <= headerIndent { break }
            if ByteSearch.matches("empty", in: b, at: first, end: end) { line = nextLine(after: first); continue }
            guard let (key, valueStart) = readKey(at: first), let parsed = parseValue(at: valueStart, depth: depth + 1) else {
                issues.append(.init(code: .unexpectedText, message: "unexpected text where an Xdebug `key => value` line was expected", offset: first))
                line = nextLine(after: first)
                continue
            }
            container.entries.append(DumpEntry(key: key, value: parsed.value, offset: first))
            // A container's parse stops at the start of the first line it does not own; a scalar's, mid-line.
            if case .scalar = parsed.value {
                line = parsed.next >= end ? end : nextLine(after: parsed.next)
            } else {
                line = parsed.next
            }
        }
        return Parsed(value: wrap(container), next: min(line, end))
    }

    /// `public 'ID' =>`, `protected 'x' =>`, `private 'y' (Class) =>`, `'key' =>`, `0 =>`.
    private func readKey(at p: Int) -> (DumpKey, Int)? {
        let eol = ByteSearch.find(0x0A, in: b, from: p, to: end) ?? end
        var q = p
        var visibility = DumpKey.Visibility.public
        for (word, v): (StaticString, DumpKey.Visibility) in [("public ", .public), ("protected ", .protected), ("private ", .private)]
        where ByteSearch.matches(word, in: b, at: q, end: eol) {
            visibility = v
            q += word.utf8CodeUnitCount
            break
        }
        guard let arrow = ByteSearch.find(" =>", in: b, from: q, to: eol) else { return nil }
        var keyEnd = arrow
        var owner: String?
        // `private 'y' (Class) =>`: the declaring class.
        if keyEnd > q, b[keyEnd - 1] == 0x29, let open = lastIndex(of: 0x28, from: q, to: keyEnd) {
            owner = String(decoding: b[(open + 1)..<(keyEnd - 1)], as: UTF8.self)
            keyEnd = open
            while keyEnd > q, b[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        }
        var name = q..<keyEnd
        if name.count >= 2, b[q] == 0x27, b[keyEnd - 1] == 0x27 { name = (q + 1)..<(keyEnd - 1) }
        let key = DumpKey(name: String(decoding: b[name], as: UTF8.self), visibility: visibility,
                          declaringClass: visibility == .private ? owner : nil)
        return (key, arrow + 3)
    }

    private func lastIndex(of c: UInt8, from: Int, to: Int) -> Int? {
        var i = to - 1
        while i >= from { if b[i] == c { return i }; i -= 1 }
        return nil
    }

    /// `string 'text' (length=N)`, or `string 'tex'... (length=N)` when Xdebug shortened it.
    private mutating func parseString(at p: Int) -> Parsed {
        let start = p + 8
        // The count comes after the value: find the first ` (length=N)` that ends a line after a quote.
        var cursor = start
        while let hit = ByteSearch.find(" (length=", in: b, from: cursor, to: end) {
            cursor = hit + 1
            var q = hit + 9
            var count = 0
            let digits = q
            while q < end, q - digits < 19, b[q] >= 0x30 && b[q] <= 0x39 { count = count * 10 + Int(b[q] - 0x30); q += 1 }
            guard q > digits, q < end, b[q] == 0x29, q + 1 == end || b[q + 1] == 0x0A || b[q + 1] == 0x0D else { continue }
            let shortened = hit - 4 >= start && ByteSearch.matches("'...", in: b, at: hit - 4, end: hit)
            guard shortened || (hit - 1 >= start && b[hit - 1] == 0x27) else { continue }
            // Exact when the count lands on a closing quote with its own ` (length=`: the value held this text.
            let exact = start + count
            if !shortened, exact >= hit - 1, ByteSearch.matches("' (length=", in: b, at: exact, end: end) {
                return finishString(start..<exact, after: exact)
            }
            if shortened {
                issues.append(.init(code: .truncated, message: "Xdebug shortened this string to \(hit - 4 - start) of its \(count) bytes (xdebug.var_display_max_data)", offset: start))
            }
            return finishString(start..<(shortened ? hit - 4 : hit - 1), after: hit)
        }
        issues.append(.init(code: .truncated, message: "the dump ends inside a string", offset: start))
        return Parsed(value: .scalar(DumpText(storage: storage, range: start..<end)), next: end)
    }

    private func finishString(_ range: Range<Int>, after quote: Int) -> Parsed {
        let close = ByteSearch.find(0x29, in: b, from: quote, to: end) ?? end
        return Parsed(value: .scalar(DumpText(storage: storage, range: range)), next: min(end, close + 1))
    }
}

extension XdebugDumpParser {
    static let one = DumpBytes("1")
}
