/// A scalar value of the dump: a byte range, decoded to a `String` only when asked.
///
/// Keeping values as ranges is what lets `ibid list` skip the megabytes of post content it never shows.
public struct DumpText: Sendable {
    public let storage: DumpBytes
    public let range: Range<Int>

    public init(storage: DumpBytes, range: Range<Int>) {
        self.storage = storage
        self.range = range
    }

    public var isEmpty: Bool { range.isEmpty }
    public var byteCount: Int { range.count }

    /// Calls `body` with the value's raw bytes; the pointer is valid only inside `body`.
    public func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try storage.withUnsafeBytes(in: range, body)
    }

    /// A copy of the value's first `maxCount` bytes (all of them by default).
    public func copyBytes(maxCount: Int = .max) -> [UInt8] {
        storage.copyBytes(in: range.lowerBound..<(range.lowerBound + min(maxCount, range.count)))
    }

    /// The value as text, with invalid UTF-8 replaced by U+FFFD and CRLF folded to LF.
    public var string: String { decode().text }

    /// Decodes the value, reporting the offset (in the dump) of the first invalid byte if repair was needed.
    public func decode() -> (text: String, firstInvalidOffset: Int?) {
        withUnsafeBytes { raw in decode(raw) }
    }

    private func decode(_ raw: UnsafeRawBufferPointer) -> (text: String, firstInvalidOffset: Int?) {
        let hasCR = ByteSearch.find(0x0D, in: raw, from: 0, to: raw.count) != nil
        if let valid = String(validating: raw, as: UTF8.self) {
            return (hasCR ? UTF8Repair.foldCRLF(valid) : valid, nil)
        }
        let bad = UTF8Repair.firstInvalidOffset(in: raw).map { $0 + range.lowerBound }
        let repaired = String(decoding: raw, as: UTF8.self)
        return (hasCR ? UTF8Repair.foldCRLF(repaired) : repaired, bad)
    }

    /// The first `maxBytes` bytes, decoded (a cut inside a character is repaired, not reported).
    public func prefix(bytes maxBytes: Int) -> String {
        let end = min(range.upperBound, range.lowerBound + maxBytes)
        return storage.withUnsafeBytes(in: range.lowerBound..<end) { String(decoding: $0, as: UTF8.self) }
    }
}

extension DumpText {
    /// The value as Unicode scalars, decoded in one pass straight from the bytes: invalid sequences
    /// become U+FFFD (the offset of the first is reported) and CRLF becomes LF.
    public func scalars() -> (scalars: [Unicode.Scalar], firstInvalidOffset: Int?) {
        withUnsafeBytes { b in scalars(b) }
    }

    private func scalars(_ b: UnsafeRawBufferPointer) -> (scalars: [Unicode.Scalar], firstInvalidOffset: Int?) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(b.count)
        var firstInvalid: Int?
        var i = 0
        let n = b.count
        // No nested function here: one capturing `out` and `i` costs a dynamic exclusivity check per byte.
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0D, i + 1 < n, b[i + 1] == 0x0A { i += 1; continue }
                out.append(Unicode.Scalar(c))
                i += 1
                continue
            }
            var value: UInt32
            let length: Int
            var minNext: UInt8 = 0x80, maxNext: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2; value = UInt32(c & 0x1F)
            case 0xE0: length = 3; value = 0; minNext = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(c & 0x0F)
            case 0xED: length = 3; value = 0x0D; maxNext = 0x9F
            case 0xF0: length = 4; value = 0; minNext = 0x90
            case 0xF1...0xF3: length = 4; value = UInt32(c & 0x07)
            case 0xF4: length = 4; value = 4; maxNext = 0x8F
            default: length = 0; value = 0
            }
            // An ill-formed sequence becomes one U+FFFD for its maximal subpart (the lead byte and the
            // continuation bytes that could still have completed it), as the standard library's
            // `String(decoding:as:)` does, so `string` and `scalars()` show the same text.
            var valid = length > 0
            var k = 1
            if valid {
                while k < length {
                    guard i + k < n else { valid = false; break }
                    let d = b[i + k]
                    let inRange = k == 1 ? (d >= minNext && d <= maxNext) : (d & 0xC0 == 0x80)
                    guard inRange else { valid = false; break }
                    value = value << 6 | UInt32(d & 0x3F)
                    k += 1
                }
            }
            guard valid, let scalar = Unicode.Scalar(value) else {
                if firstInvalid == nil { firstInvalid = range.lowerBound + i }
                out.append("\u{FFFD}")
                i += k
                continue
            }
            out.append(scalar)
            i += length
        }
        return (out, firstInvalid)
    }
}
