/// A post being read from a form whose values are not always plain byte ranges of the input
/// (JSON escapes, XML entities, CDATA split in two): each field is either a range of the input or a
/// range of a side buffer that holds the decoded copies, so values that need no decoding are never copied.
struct PostDraft {
    enum Source { case input, side }

    var fields: [(name: String, source: Source, range: Range<Int>)] = []
    var className: String?
    /// Offset in the input of the record's start, for messages.
    var offset: Int
    var truncated = false
    var truncatedField: String?

    init(offset: Int, className: String? = nil) {
        self.offset = offset
        self.className = className
    }

    mutating func set(_ name: String, _ source: Source, _ range: Range<Int>) {
        if let i = fields.firstIndex(where: { $0.name == name }) {
            fields[i] = (name, source, range)
        } else {
            fields.append((name, source, range))
        }
    }

    func has(_ name: String) -> Bool { fields.contains { $0.name == name } }
}

/// The decoded copies of values, appended as they are read.
struct SideBuffer {
    var bytes: [UInt8] = []

    mutating func append<C: Collection>(_ c: C) -> Range<Int> where C.Element == UInt8 {
        let start = bytes.count
        bytes.append(contentsOf: c)
        return start..<bytes.count
    }

    mutating func append(_ s: String) -> Range<Int> { append(s.utf8) }

    /// Turns drafts into posts whose fields point into `input` or into this buffer.
    func posts(_ drafts: [PostDraft], input: DumpBytes) -> [Post] {
        let side = DumpBytes(copying: bytes)
        return drafts.map { d in
            Post(entries: d.fields.map { f in
                (name: f.name, text: DumpText(storage: f.source == .input ? input : side, range: f.range))
            }, className: d.className, offset: d.offset, truncated: d.truncated, truncatedField: d.truncatedField)
        }
    }
}
