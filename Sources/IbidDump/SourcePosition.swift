/// A 1-based line and column (in Unicode scalars) inside a dump, for messages a person can follow.
public struct SourcePosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    /// Counts newlines before `offset`: a scan from the start, fine for one message. The loader, which
    /// may place one message per record, uses `PositionFinder` (same answers, linear over all of them).
    public static func of(offset: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        while let nl = ByteSearch.find(0x0A, in: bytes, from: lineStart, to: end) {
            line += 1
            lineStart = nl + 1
        }
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: line, column: column)
    }
}
