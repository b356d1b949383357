/// Recognises where a `print_r` array or object begins: `Array (`, `Array\n(`, `WP_Post Object (` …,
/// and only when a key or the closing `)` follows, so prose such as "Array (see below)" is not taken for a dump.
struct ContainerOpening {
    enum Kind { case array, object(String) }

    let kind: Kind
    /// Offset of the first byte of `Array` or of the class name.
    let tokenStart: Int
    /// Offset of the `(`.
    let paren: Int
    /// Whether a newline separates the token from `(`: PHP's own indented layout.
    let raw: Bool

    /// Reads an opening that starts exactly at `at`.
    static func read(at: Int, in b: UnsafeRawBufferPointer, end: Int) -> ContainerOpening? {
        guard at < end else { return nil }
        var p = at
        let kind: Kind
        if ByteSearch.matches("Array", in: b, at: p, end: end) {
            kind = .array
            p += 5
        } else {
            guard isClassStart(b[p]) else { return nil }
            var q = p
            while q < end, isClassByte(b[q]) { q += 1 }
            guard q - p <= 200, ByteSearch.matches(" Object", in: b, at: q, end: end) else { return nil }
            kind = .object(String(decoding: b[p..<q], as: UTF8.self))
            p = q + 7
        }
        return finish(kind: kind, tokenStart: at, after: p, in: b, end: end)
    }

    /// Reads an opening whose ` Object` word starts at `objectWord` (the class name is found backwards).
    static func read(objectWordAt objectWord: Int, in b: UnsafeRawBufferPointer, end: Int) -> ContainerOpening? {
        var s = objectWord
        while s > 0, isClassByte(b[s - 1]), objectWord - s < 200 { s -= 1 }
        guard s < objectWord, isClassStart(b[s]) else { return nil }
        return read(at: s, in: b, end: end)
    }

    private static func finish(kind: Kind, tokenStart: Int, after: Int, in b: UnsafeRawBufferPointer, end: Int) -> ContainerOpening? {
        var p = after
        var sawNewline = false
        while p < end, ByteSearch.isSpace(b[p]), p - after < 200 {
            if b[p] == 0x0A { sawNewline = true }
            p += 1
        }
        guard p < end, b[p] == 0x28 /* ( */ else { return nil }
        let paren = p
        p += 1
        while p < end, ByteSearch.isSpace(b[p]), p - paren < 400 { p += 1 }
        if p >= end {
            // `Array (` right at the end of the input: a dump truncated at its very start.
            return ContainerOpening(kind: kind, tokenStart: tokenStart, paren: paren, raw: sawNewline)
        }
        if b[p] == 0x29 /* ) */ {
            return ContainerOpening(kind: kind, tokenStart: tokenStart, paren: paren, raw: sawNewline)
        }
        guard b[p] == 0x5B /* [ */, KeyReader.read(at: p, in: b, end: end) != nil else { return nil }
        return ContainerOpening(kind: kind, tokenStart: tokenStart, paren: paren, raw: sawNewline)
    }

    @inline(__always)
    static func isClassStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x5C
    }

    @inline(__always)
    static func isClassByte(_ c: UInt8) -> Bool {
        isClassStart(c) || (c >= 0x30 && c <= 0x39)
    }
}

/// Reads `[key] =>` at a `[`.
enum KeyReader {
    struct Key {
        let text: Range<Int>
        /// Offset just past `=>` (and past the single space PHP prints after it, when present).
        let valueStart: Int
    }

    /// Longest key text accepted; real keys are short, and the bound keeps a stray `[` cheap.
    static let maxKeyLength = 160

    static func read(at open: Int, in b: UnsafeRawBufferPointer, end: Int) -> Key? {
        guard open < end, b[open] == 0x5B else { return nil }
        var p = open + 1
        let limit = min(end, open + 1 + maxKeyLength)
        while p < limit {
            let c = b[p]
            if c == 0x5D { break }
            if c == 0x5B || c == 0x0A || c == 0x0D { return nil }
            p += 1
        }
        guard p < limit, b[p] == 0x5D else { return nil }
        let keyEnd = p
        guard ByteSearch.matches(" =>", in: b, at: keyEnd + 1, end: end) else { return nil }
        var v = keyEnd + 4
        if v < end {
            // PHP prints one space after `=>`; editors that strip trailing spaces leave a newline.
            let c = b[v]
            if c == 0x20 { v += 1 } else if c != 0x0A && c != 0x0D { return nil }
        }
        return Key(text: (open + 1)..<keyEnd, valueStart: v)
    }
}
