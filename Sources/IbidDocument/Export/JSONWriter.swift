/// A small streaming JSON writer with stable key order, so the `ibid/1` output diffs cleanly
/// and a 100 MB export is not built as a tree of dictionaries first.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already holds a member (so the next one needs a comma).
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    /// Keys come only from the schema's enums (`SchemaKey`), so no command spells one itself.
    public mutating func key<K: SchemaKey>(_ key: K) { rawKey(key.rawValue) }

    private mutating func rawKey(_ name: String) {
        separate()
        writeString(name)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    public mutating func string(_ value: String) { separate(); writeString(value) }
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func number(_ value: Int) { separate(); bytes.append(contentsOf: String(value).utf8) }
    public mutating func number(_ value: Int?) { if let value { number(value) } else { null() } }
    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    public mutating func field<K: SchemaKey>(_ name: K, _ value: String?) { key(name); string(value) }
    public mutating func field<K: SchemaKey>(_ name: K, _ value: Int?) { key(name); number(value) }
    public mutating func field<K: SchemaKey>(_ name: K, _ value: Bool) { key(name); bool(value) }

    public mutating func stringArray<K: SchemaKey>(_ name: K, _ values: [String]) {
        key(name)
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    public mutating func numberArray<K: SchemaKey>(_ name: K, _ values: [Int]) {
        key(name)
        beginArray()
        for v in values { number(v) }
        endArray()
    }

    /// Hands the bytes written so far to `sink` and starts again, keeping the nesting state.
    public mutating func flush(_ sink: ([UInt8]) -> Void) {
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let had = hasMember.popLast() ?? false
        if pretty && had { newline() }
        bytes.append(bracket)
    }

    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard !hasMember.isEmpty else { return }
        if hasMember[hasMember.count - 1] { bytes.append(0x2C) }
        hasMember[hasMember.count - 1] = true
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Writes `s` as a JSON string. Besides what JSON requires, every control a terminal would
    /// obey is escaped as `\uXXXX`, so `ibid list --json` shown raw in a terminal, or piped to a
    /// tool that prints the values, cannot retitle, clear or write the clipboard: C0 and DEL,
    /// C1 (U+0080–009F) and the bidi controls (U+061C, U+200E–200F, U+202A–202E, U+2066–2069).
    /// A JSON parser reads the same text back.
    private mutating func writeString(_ s: String) {
        bytes.append(0x22)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069:
                bytes.append(contentsOf: "\\u".utf8)
                for shift in stride(from: 12, through: 0, by: -4) { bytes.append(Self.hex[Int((v >> UInt32(shift)) & 0xF)]) }
            case 0..<0x80:
                bytes.append(UInt8(v))
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(0x22)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
