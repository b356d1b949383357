/// Finds the first `var_dump` in a file and undoes what was done to it on the way there, as
/// `DumpLocator` does for print_r: HTML escaping (`["ID"]=&gt;`, `&quot;`) and a comment prefix on
/// every line (`// `, `# `, ` * `).
enum VarDumpLocator {
    struct Located {
        let storage: DumpBytes
        /// Offset of the first opening in `storage`.
        let start: Int
        let pageText: String
        let lineShift: Int
        let columnShift: Int
    }

    /// The first var_dump starting in `range` (all of the input by default). `rewrite` allows reading an
    /// escaped or commented dump from a rewritten copy of the whole input.
    static func locate(_ input: DumpBytes, in range: Range<Int>? = nil, rewrite: Bool = true, unescape: Bool = true) -> Located? {
        input.withUnsafeBytes { b -> Located? in
            let range = range ?? 0..<b.count
            let opening = VarDumpParser.firstOpening(in: b, from: range.lowerBound, end: range.upperBound)
            let unescape = unescape && rewrite
            // `array(2) {` survives escaping unchanged; its keys (`["ID"]=&gt;`) do not.
            // Only the first key decides, so a var_dump whose content mentions `]=&gt;` is not rewritten,
            // and a file without any var_dump is scanned once.
            let escaped: Bool
            if let opening {
                let window = min(b.count, opening + 4096)
                let arrow = ByteSearch.find("]=&gt;", in: b, from: opening, to: window)
                escaped = arrow != nil && ByteSearch.find("]=>", in: b, from: opening, to: arrow!) == nil
            } else if unescape {
                escaped = ByteSearch.find("]=&gt;", in: b, from: 0, to: b.count, anchor: 2) != nil
            } else {
                // Only a rewrite reads an escaped dump. A look in the gaps print_r left (`rewrite` false)
                // must not search the whole file for an answer it ignores: that search touched every
                // page of a mapped dump outside any `PageRelease` (ibid list on 1 GB peaked at the file's size).
                escaped = false
            }
            if unescape, escaped {
                return locate(DumpBytes(copying: HTMLEntities.unescapeStructural(b)), unescape: false)
            }
            guard let opening else { return nil }
            let lineStart = DumpLocator.lineStart(of: opening, in: b)
            let prefix = Array(b[lineStart..<opening])
            let pageText = String(decoding: b[0..<lineStart], as: UTF8.self)
            if rewrite, let comment = DumpLocator.commentPrefix(prefix, lineAfter: opening, in: b) {
                let copy = DumpLocator.stripPrefix(comment, from: lineStart, to: b.count, in: b)
                return Located(storage: copy, start: 0, pageText: pageText,
                               lineShift: SourcePosition.of(offset: lineStart, in: b).line - 1, columnShift: comment.count)
            }
            return Located(storage: input, start: opening, pageText: pageText, lineShift: 0, columnShift: 0)
        }
    }
}
