/// The Markdown forms of `ibid citations` and `ibid review`: escaped and sanitised as the export's
/// Markdown is (`MarkdownExport.escape`), table cells with `|` escaped and line breaks as `<br>`.
public enum ReviewMarkdown {
    static func cell(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { MarkdownExport.escape(String($0)).replacingPipes() }
            .joined(separator: "<br>")
    }

    static func markName(_ mark: ShownMark?) -> String {
        guard let mark else { return "" }
        var s = mark.state == .unchecked ? "" : "\(mark.glyph ?? "") \(mark.state.rawValue)"
        if mark.changed { s = "⚠ changed since marked" + (mark.state == .unchecked ? "" : " (\(mark.state.rawValue))") }
        return s
    }

    public static func citations(_ sheet: CitationSheet) -> String {
        var out = "# \(MarkdownExport.escape(sheet.chapter.title))\n\n"
        out += "| # | scope | section | citing sentence | note | URLs | mark | comment |\n"
        out += "|---:|---|---|---|---|---|---|---|\n"
        for r in sheet.rows {
            let cells = [String(r.number), r.scope.storageName, cell(r.section), cell(r.sentence), cell(r.note),
                         r.urls.map { "<\(Sanitizer.visible($0).replacingPipes())>" }.joined(separator: "<br>"),
                         markName(r.mark), cell(r.mark?.comment ?? "")]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    public static func review(_ summary: ReviewSummary, library: Library) -> String {
        var out = "# Review\n"
        var report = -1
        for c in summary.chapters {
            if c.report != report {
                report = c.report
                out += "\n## \(MarkdownExport.escape(library.reports[report].title))\n"
            }
            let p = c.progress
            out += "\n### \(MarkdownExport.escape(c.title)) (\(c.id))\n\n"
            out += "\(p.citations) citations: \(p.checked) checked, \(p.flagged) flagged, \(p.changed) changed since marked.\n"
            if !c.items.isEmpty { out += "\n" }
            for i in c.items {
                let label = i.scope == .chapter ? "[\(i.number)]" : "[\(i.scope) \(i.number)]"
                let mark = markName(ShownMarkLike(i))
                out += "- **\(MarkdownExport.escape(label))** \(mark)\(i.comment.map { " — " + MarkdownExport.escape($0) } ?? "")\n"
                out += "  - sentence: \(MarkdownExport.escape(i.sentence))\n"
                out += "  - note: \(MarkdownExport.escape(i.note))\n"
            }
        }
        return out
    }

    static func ShownMarkLike(_ i: ReviewSummary.Item) -> ShownMark {
        ShownMark(CitationMark(state: i.state, comment: i.comment, fingerprint: i.changed ? "" : "same"), fingerprint: "same")
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for c in self {
            if c == "|" { out += "\\|" } else { out.append(c) }
        }
        return out
    }
}
