/// Turns byte offsets into line:column for the loader's messages in time linear in the input.
///
/// `SourcePosition.of` rescans from the start of the file, so one warning per record made a 9 MB dump
/// with a bad byte in every title quadratic (31 s). Here the newline offsets are found once, on the first
/// message, and a line is found by binary search; the column is counted from the previous answer when
/// it lies earlier on the same line (a collapsed dump is one long line, and warnings come in offset order).
struct PositionFinder {
    private let bytes: UnsafeRawBufferPointer
    /// Offsets where lines start; built on the first call (most loads print no message).
    private var lineStarts: [Int] = []
    private var built = false
    /// The last answer: where counting on its line can resume.
    private var last: (offset: Int, line: Int, column: Int)?

    /// The storage `bytes` belong to, whose pages the index build gives back behind itself (a warning
    /// on a 1 GB dump must not map the whole file back in to count its lines).
    private let storage: DumpBytes?

    init(bytes: UnsafeRawBufferPointer, storage: DumpBytes? = nil) {
        self.bytes = bytes
        self.storage = storage
    }

    /// The same answer as `SourcePosition.of(offset:in:)`.
    mutating func position(of offset: Int) -> SourcePosition {
        if !built { buildIndex() }
        let end = min(max(offset, 0), bytes.count)
        // The last line start at or before `end`.
        var lo = 0, hi = lineStarts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if lineStarts[mid] <= end { lo = mid } else { hi = mid }
        }
        let line = lo
        var from = lineStarts[line]
        var column = 1
        if let last, last.line == line, last.offset <= end {
            from = last.offset
            column = last.column
        }
        for i in from..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        last = (end, line, column)
        return SourcePosition(line: line + 1, column: column)
    }

    private mutating func buildIndex() {
        built = true
        lineStarts = [0]
        var p = 0
        let release = storage.map { PageRelease(storage: $0, start: 0) }
        while let nl = ByteSearch.find(0x0A, in: bytes, from: p, to: bytes.count) {
            lineStarts.append(nl + 1)
            p = nl + 1
            release?.advance(to: p)
        }
        release?.finish()
    }
}
