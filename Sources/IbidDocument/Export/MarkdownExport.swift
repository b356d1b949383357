/// Writes a library as Markdown: a heading per report and chapter, sections as headings, lists,
/// boxes as quoted sections, citations as Pandoc footnotes `[^n]` with the notes after each chapter.
///
/// Every footnote reference has its definition: a marker whose note is not in the dump (a chapter
/// cut off, a box whose notes were lost) is written as the plain text `[n]` with an HTML comment
/// saying why, since Pandoc and CommonMark show a reference without a definition as `[^c1-n]`
/// garbage. Text that would open a list or code block at the start of a block is escaped.
public enum MarkdownExport {
    public static func write(_ library: Library, to sink: (String) -> Void) {
        var current: Int?
        library.forEachContent { chapter, content in
            let r = library.reportIndex(of: chapter)
            if current != r {
                sink("# \(escape(library.reports[r].title))\n\n")
                current = r
            }
            sink(chapterText(chapter, content: content))
        }
    }

    public static func string(_ library: Library) -> String {
        var out = ""
        write(library) { out += $0 }
        return out
    }

    /// Footnote labels must be unique in a document: chapter notes are `c<id>-<n>`, box notes `c<id>-b<k>-<n>`.
    static func label(_ citation: Citation, chapter: Int) -> String {
        switch citation.scope {
        case .chapter: "c\(chapter)-\(citation.number)"
        case .box(let b): "c\(chapter)-b\(b + 1)-\(citation.number)"
        }
    }

    /// A chapter at level 2: `write` always puts its report's `#` heading first, one chapter or many.
    public static func chapterText(_ chapter: Chapter, content: ChapterContent) -> String {
        var out = ""
        out += "## \(escape(chapter.title))\n\n"
        var meta = [chapter.date, chapter.language?.rawValue, chapter.url].compactMap { $0 }.filter { !$0.isEmpty }.map(Sanitizer.visible)
        if chapter.truncated { meta.append("truncated in the dump") }
        if !meta.isEmpty { out += "*\(meta.joined(separator: " · "))*\n\n" }
        let noted = Set(content.notes.map { Citation(number: $0.number, scope: $0.scope) })
        func inlineText(_ inlines: [Inline]) -> String {
            blockStart(Self.inlineText(inlines, chapter: chapter.id, noted: noted))
        }
        for section in content.sections {
            if let heading = section.heading {
                let marks = headingMarks(level: section.level)
                out += section.kind == .box ? "> \(marks) \(escape(heading))\n>\n" : "\(marks) \(escape(heading))\n\n"
            }
            if let byline = section.byline { out += "> *\(escape(byline))*\n>\n" }
            let quote = section.kind == .box ? "> " : ""
            for block in section.blocks {
                switch block {
                case .paragraph(let inlines): out += quote + inlineText(inlines) + "\n" + (quote.isEmpty ? "\n" : ">\n")
                case .quote(let inlines): out += "> " + inlineText(inlines) + "\n\n"
                case .credit(let text): out += quote + "*\(escape(text))*\n" + (quote.isEmpty ? "\n" : ">\n")
                case .list(let items):
                    for item in items { out += quote + "- " + inlineText(item) + "\n" }
                    out += quote.isEmpty ? "\n" : ">\n"
                case .image(let alt): out += quote + "*\(escape("[image: \(alt)]"))*\n" + (quote.isEmpty ? "\n" : ">\n")
                case .table(let table):
                    out += pipeTable(table, prefix: quote) { Self.inlineText($0, chapter: chapter.id, noted: noted) }
                    out += quote.isEmpty ? "\n" : ">\n"
                }
            }
            if section.kind == .box { out += "\n" }
        }
        for note in content.notes {
            var text = inlineText(note.text)
            // A link's target that its text does not show (`<a href="https://…">the report</a>`) follows the text.
            let shown = Set(note.text.compactMap { if case .link(let u) = $0 { u } else { nil } })
            for url in note.urls where !shown.contains(url) { text += " <\(Sanitizer.visible(url))>" }
            if let target = note.ibid { text += " (→ note \(target))" }
            if note.possiblyTruncated { text += " (cut off in the dump)" }
            if let origin = note.from { text += " (\(origin))" }
            out += "[^\(label(Citation(number: note.number, scope: note.scope), chapter: chapter.id))]: \(text.isEmpty ? "(empty)" : text)\n"
        }
        if !content.notes.isEmpty { out += "\n" }
        return out
    }

    /// A chapter is `##` and a text heading (level 2) `###`; deeper HTML headings go one `#` further
    /// each, up to Markdown's six.
    static func headingMarks(level: Int) -> String {
        String(repeating: "#", count: min(6, max(3, level + 1)))
    }

    /// A GitHub-style pipe table. A pipe table must start with a header row: a table without one
    /// gets an empty header, so no data row is promoted. `|` in a cell is escaped; cells are one line.
    static func pipeTable(_ table: Table, prefix: String, cell: ([Inline]) -> String) -> String {
        guard table.columnCount > 0 else { return "" }
        func line(_ cells: [String]) -> String {
            prefix + "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
        }
        func text(_ inlines: [Inline]) -> String {
            var out = ""
            for ch in cell(inlines) {
                if ch == "|" { out += "\\|" } else if ch == "\n" { out += " " } else { out.append(ch) }
            }
            return out
        }
        var out = ""
        var rows = table.rows[...]
        if table.hasHeader, let head = rows.first {
            out += line(head.map(text))
            rows = rows.dropFirst()
        } else {
            out += line(Array(repeating: "", count: table.columnCount))
        }
        out += line(Array(repeating: "---", count: table.columnCount))
        for row in rows { out += line(row.map(text)) }
        return out
    }

    /// `noted`: the citations that have a note in this chapter; any other is written as plain text.
    static func inlineText(_ inlines: [Inline], chapter: Int, noted: Set<Citation>) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let s): out += escape(s)
            case .link(let url): out += "<\(Sanitizer.visible(url))>"
            case .citation(let c) where noted.contains(c): out += "[^\(label(c, chapter: chapter))]"
            case .citation(let c):
                let place = c.scope == .chapter ? "" : " of \(c.scope)"
                out += "\\[\(c.number)\\]<!-- ibid: marker [\(c.number)]\(place) has no note in the dump -->"
            }
        }
        return out
    }

    /// `text`, which starts a block, with what Markdown would read there as a list item (`- `, `+ `,
    /// `1. `, `1) `), a code fence (`~~~`) or, after indentation, a code block escaped or dropped.
    /// (`*`, `#`, `>`, `` ` `` and `<` are escaped everywhere by `escape`.)
    static func blockStart(_ text: String) -> String {
        let body = text.drop { $0 == " " }
        guard let first = body.first else { return String(body) }
        if first == "-" || first == "+" || first == "~" { return "\\" + body }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), let mark = body.dropFirst(digits.count).first, mark == "." || mark == ")" {
            return digits + "\\" + body.dropFirst(digits.count)
        }
        return String(body)
    }

    /// Escapes what Markdown would read as markup at the start of a line or inside it, after the
    /// sanitiser has made every control visible: a Markdown file is read in terminals too (`cat`,
    /// `less -R`), so it carries no control characters.
    static func escape(_ s: String) -> String {
        let shown = Sanitizer.visible(s)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(shown.utf8.count + 8)
        for b in shown.utf8 {
            switch b {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "#"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(b)
            default: bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
