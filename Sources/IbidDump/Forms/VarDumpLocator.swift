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
            let escapedFrom = opening ?? 0
            if unescape, let arrow = ByteSearch.find("]=&gt;", in: b, from: escapedFrom, to: b.count),
               opening == nil || ByteSearch.find("]=>", in: b, from: escapedFrom, to: arrow) == nil {
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
