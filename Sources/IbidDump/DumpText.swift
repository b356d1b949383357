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

    /// The raw bytes of the value.
    public var bytes: UnsafeRawBufferPointer { storage.slice(range) }

    /// The value as text, with invalid UTF-8 replaced by U+FFFD and CRLF folded to LF.
    public var string: String { decode().text }

    /// Decodes the value, reporting the offset (in the dump) of the first invalid byte if repair was needed.
    public func decode() -> (text: String, firstInvalidOffset: Int?) {
        let raw = bytes
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
        return String(decoding: storage.slice(range.lowerBound..<end), as: UTF8.self)
    }

    /// Compares the value with ASCII text without decoding.
    public func equals(_ literal: String) -> Bool {
        let raw = bytes
        var i = 0
        for b in literal.utf8 {
            if i >= raw.count || raw[i] != b { return false }
            i += 1
        }
        return i == raw.count
    }
}
