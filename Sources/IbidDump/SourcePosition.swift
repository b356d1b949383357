/// A 1-based line and column (in Unicode scalars) inside a dump, for messages a person can follow.
public struct SourcePosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    /// Counts newlines before `offset`. Only used for messages, so a linear scan is fine.
    public static func of(offset: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition {
        var counter = LineCounter(bytes: bytes)
        return counter.position(of: offset)
    }
}

/// Positions of increasing offsets in one pass, so placing every record of a large dump stays linear.
struct LineCounter {
    let bytes: UnsafeRawBufferPointer
    private var cursor = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func position(of offset: Int) -> SourcePosition {
        let end = min(max(offset, 0), bytes.count)
        if end < cursor { self = LineCounter(bytes: bytes) }
        while let nl = ByteSearch.find(0x0A, in: bytes, from: cursor, to: end) {
            line += 1
            lineStart = nl + 1
            cursor = nl + 1
        }
        cursor = end
        var column = 1
        var i = lineStart
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
