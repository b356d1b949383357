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

    static func locate(_ input: DumpBytes, unescape: Bool = true) -> Located? {
        input.withUnsafeBytes { b -> Located? in
            let opening = VarDumpParser.firstOpening(in: b, from: 0, end: b.count)
            // `array(2) {` survives escaping unchanged; its keys (`["ID"]=&gt;`) do not.
            // Only the first key decides, so a var_dump whose content mentions `]=&gt;` is not rewritten,
            // and a file without any var_dump is scanned once, by `memmem`.
            let escaped: Bool
            if let opening {
                let window = min(b.count, opening + 4096)
                let arrow = ByteSearch.scan("]=&gt;", in: b, from: opening, to: window)
                escaped = arrow != nil && ByteSearch.scan("]=>", in: b, from: opening, to: arrow!) == nil
            } else {
                escaped = ByteSearch.scan("]=&gt;", in: b, from: 0, to: b.count) != nil
            }
            if unescape, escaped {
                return locate(DumpBytes(copying: HTMLEntities.unescapeStructural(b)), unescape: false)
            }
            guard let opening else { return nil }
            let lineStart = DumpLocator.lineStart(of: opening, in: b)
            let prefix = Array(b[lineStart..<opening])
            let pageText = String(decoding: b[0..<lineStart], as: UTF8.self)
            if let comment = DumpLocator.commentPrefix(prefix, lineAfter: opening, in: b) {
                let copy = DumpLocator.stripPrefix(comment, from: lineStart, to: b.count, in: b)
                return Located(storage: copy, start: 0, pageText: pageText,
                               lineShift: SourcePosition.of(offset: lineStart, in: b).line - 1, columnShift: comment.count)
            }
            return Located(storage: input, start: opening, pageText: pageText, lineShift: 0, columnShift: 0)
        }
    }
}
