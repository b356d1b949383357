/// A small strict JSON reader (RFC 8259) over the mapped bytes: one pass, linear, nesting bounded,
/// errors at a byte offset the loader turns into line:column. Strings stay ranges of the input and are
/// decoded only when a post field needs them, so a 100 MB REST export is not copied into Swift strings.
///
/// Hand-written because IbidDump has no Foundation (`JSONSerialization` would also build every
/// string as an `NSString` up front) and the mirror's JSON packages either need Foundation or decode
/// into `Codable` types, which cannot keep values as byte ranges.
struct JSONReader {
    indirect enum Value {
        case object([(key: JSONString, value: Value)], offset: Int)
        case array([Value])
        case string(JSONString)
        case number(Range<Int>)
        case bool(Bool)
        case null

        subscript(key: String) -> Value? {
            guard case .object(let members, _) = self else { return nil }
            return members.first { $0.key.equals(key) }?.value
        }
    }

    /// The bytes between a string's quotes, and whether they hold a backslash escape.
    struct JSONString {
        let range: Range<Int>
        let escaped: Bool
        /// Set by the reader for comparisons of keys without escapes; decoded keys compare as text.
        let decodedKey: String?

        func equals(_ s: String) -> Bool {
            if let decodedKey { return decodedKey == s }
            return rawKey == s
        }

        /// Filled by the reader for unescaped keys (they are short).
        let rawKey: String
    }

    struct Failure: Error {
        let message: String
        let offset: Int
    }

    /// Far beyond any WordPress response (they nest a handful of levels), and shallow enough that the
    /// recursive descent stays well inside a secondary thread's 512 KiB stack.
    static let maxDepth = 256

    let b: UnsafeRawBufferPointer
    let end: Int
    private var p = 0

    init(bytes: UnsafeRawBufferPointer) {
        b = bytes
        end = bytes.count
    }

    /// The whole input as one JSON text (a UTF-8 BOM and surrounding whitespace allowed).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<Value, Failure> {
        var reader = JSONReader(bytes: bytes)
        do throws(Failure) {
            if ByteSearch.matches("\u{FEFF}", in: bytes, at: 0, end: bytes.count) { reader.p = 3 }
            let value = try reader.value(depth: 0)
            reader.skipSpace()
            if reader.p < reader.end { throw reader.fail("unexpected text after the JSON value") }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    private func fail(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(message: message, offset: offset ?? p)
    }

    private mutating func skipSpace() {
        while p < end {
            let c = b[p]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            p += 1
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> Value {
        skipSpace()
        guard p < end else { throw fail("the JSON ends where a value was expected") }
        switch b[p] {
        case 0x7B: return try object(depth: depth + 1)
        case 0x5B: return try array(depth: depth + 1)
        case 0x22: return .string(try string(isKey: false))
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return .number(try number())
        default: throw fail("unexpected character where a JSON value was expected")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        guard ByteSearch.matches(word, in: b, at: p, end: end) else { throw fail("invalid literal (expected \(word))") }
        p += word.utf8CodeUnitCount
    }

    private mutating func object(depth: Int) throws(Failure) -> Value {
        guard depth <= Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        let offset = p
        p += 1
        var members: [(key: JSONString, value: Value)] = []
        skipSpace()
        if p < end, b[p] == 0x7D { p += 1; return .object(members, offset: offset) }
        while true {
            skipSpace()
            guard p < end else { throw fail("the JSON ends inside an object") }
            guard b[p] == 0x22 else { throw fail("expected a quoted key") }
            let key = try string(isKey: true)
            skipSpace()
            guard p < end, b[p] == 0x3A else { throw fail(p < end ? "expected ':' after a key" : "the JSON ends inside an object") }
            p += 1
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard p < end else { throw fail("the JSON ends inside an object") }
            if b[p] == 0x2C { p += 1; continue }
            if b[p] == 0x7D { p += 1; return .object(members, offset: offset) }
            throw fail("expected ',' or '}' in an object")
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> Value {
        guard depth <= Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        p += 1
        var items: [Value] = []
        skipSpace()
        if p < end, b[p] == 0x5D { p += 1; return .array(items) }
        while true {
            items.append(try value(depth: depth))
            skipSpace()
            guard p < end else { throw fail("the JSON ends inside an array") }
            if b[p] == 0x2C { p += 1; continue }
            if b[p] == 0x5D { p += 1; return .array(items) }
            throw fail("expected ',' or ']' in an array")
        }
    }

    private mutating func number() throws(Failure) -> Range<Int> {
        let start = p
        if b[p] == 0x2D { p += 1 }
        guard p < end, isDigit(b[p]) else { throw fail("invalid number") }
        if b[p] == 0x30 {
            p += 1
            if p < end, isDigit(b[p]) { throw fail("invalid number (leading zero)", at: start) }
        } else {
            while p < end, isDigit(b[p]) { p += 1 }
        }
        if p < end, b[p] == 0x2E {
            p += 1
            guard p < end, isDigit(b[p]) else { throw fail("invalid number (no digit after '.')") }
            while p < end, isDigit(b[p]) { p += 1 }
        }
        if p < end, b[p] == 0x65 || b[p] == 0x45 {
            p += 1
            if p < end, b[p] == 0x2B || b[p] == 0x2D { p += 1 }
            guard p < end, isDigit(b[p]) else { throw fail("invalid number (no digit in the exponent)") }
            while p < end, isDigit(b[p]) { p += 1 }
        }
        return start..<p
    }

    @inline(__always) private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Checks a string's escapes and finds its end; control characters are refused as RFC 8259 says.
    private mutating func string(isKey: Bool) throws(Failure) -> JSONString {
        let start = p + 1
        p = start
        var escaped = false
        var i = start
        var quote = -1
        while i < end {
            let c = b[i]
            if c == 0x22 { quote = i; break }
            if c < 0x20 { throw fail("control character in a string (must be escaped)", at: i) }
            if c == 0x5C {
                escaped = true
                guard i + 1 < end else { break }
                switch b[i + 1] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
                case 0x75:
                    guard i + 6 <= end, (2..<6).allSatisfy({ JSONString.hexValue(b[i + $0]) != nil }) else {
                        throw fail("invalid \\u escape", at: i)
                    }
                    i += 6
                default: throw fail("invalid escape in a string", at: i)
                }
                continue
            }
            i += 1
        }
        guard quote >= 0 else { throw fail("the JSON ends inside a string", at: start - 1) }
        p = quote + 1
        let range = start..<quote
        if isKey {
            let raw = String(decoding: b[range], as: UTF8.self)
            return JSONString(range: range, escaped: escaped,
                              decodedKey: escaped ? JSONString.decode(b[range]).asString : nil, rawKey: raw)
        }
        return JSONString(range: range, escaped: escaped, decodedKey: nil, rawKey: "")
    }
}

extension JSONReader.JSONString {
    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x41...0x46: UInt32(c - 0x41 + 10)
        case 0x61...0x66: UInt32(c - 0x61 + 10)
        default: nil
        }
    }

    /// The string's bytes with its escapes undone (already validated by the reader). A lone
    /// surrogate becomes U+FFFD, as a JSON reader that keeps going must.
    static func decode(_ s: Slice<UnsafeRawBufferPointer>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        let n = s.endIndex
        func hex4(_ at: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 << 4 | (hexValue(s[at + $1]) ?? 0) }
        }
        while i < n {
            let c = s[i]
            guard c == 0x5C, i + 1 < n else { out.append(c); i += 1; continue }
            let e = s[i + 1]
            i += 2
            switch e {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard i + 4 <= n else { i = n; break }
                var scalar = hex4(i)
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    if i + 6 <= n, s[i] == 0x5C, s[i + 1] == 0x75 {
                        let low = hex4(i + 2)
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        } else { scalar = 0xFFFD }
                    } else { scalar = 0xFFFD }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: out.append(e)
            }
        }
        return out
    }
}

extension Array where Element == UInt8 {
    var asString: String { String(decoding: self, as: UTF8.self) }
}
