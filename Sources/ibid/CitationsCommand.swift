import ArgumentParser
import IbidDocument

/// `ibid citations ID [FILE]`: the reviewer's sheet of one chapter (issue 10).
struct CitationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citations",
        abstract: "Every citation of a chapter in reading order: number, scope, section, citing sentence, note, URLs, mark and comment.",
        discussion: "Marks come from $XDG_STATE_HOME/ibid/ibid.sqlite (made in the reader with x ! a); --no-state leaves them out. CSV follows RFC 4180."
    )

    @Argument(help: "The chapter's ID (see `ibid list`; `N:ID` when several files hold the ID).")
    var id: String

    @OptionGroup var dump: DumpOptions

    @OptionGroup var output: ReportFormatOptions

    @OptionGroup var state: StateOptions

    func run() throws {
        let library = try dump.loadLibrary()
        let chapter = try library.requireChapter(id)
        let marks = try state.marksForReport(library)
        let sheet = CitationSheet(chapter: chapter, content: library.content(of: chapter), marks: marks)
        switch output.chosen {
        case .json:
            var w = JSONWriter()
            sheet.writeJSON(into: &w)
            Output.write(w.bytes + [0x0A])
        case .csv:
            var out = CSV.record(CitationSheet.csvHeader)
            for row in sheet.rows { out += CSV.record(CitationSheet.csvFields(row)) }
            Output.write(Array(out.utf8))
        case .markdown:
            Output.write(Array(ReviewMarkdown.citations(sheet).utf8))
        case .text:
            var lines = ShownLines()
            let progress = marks.progress(of: ChapterCitations(content: library.content(of: chapter)).cited, in: PostKey(chapter))
            lines.append("\(library.address(of: chapter))  \(chapter.title) — \(sheet.rows.count) citations, \(progress.summary)")
            for row in sheet.rows {
                let label = row.scope == .chapter ? "[\(row.number)]" : "[\(row.scope) \(row.number)]"
                let mark = row.mark.map(Self.markText) ?? ""
                lines.append("")
                lines.append("\(label)\(mark) · \(row.section)")
                lines.append("     sentence: \(row.sentence)")
                lines.append("     note: \(row.note.isEmpty ? "(no note)" : row.note)")
                if let comment = row.mark?.comment { lines.append("     comment: \(comment)") }
            }
            lines.flush()
        }
    }

    /// ` ✓ checked`, ` ⚠ changed since marked`: a row's mark as the text sheet shows it.
    static func markText(_ m: ShownMark) -> String {
        let glyph = m.glyph.map { " " + $0 } ?? ""
        if m.changed { return glyph + " changed since marked" }
        return glyph + (m.state == .unchecked ? "" : " " + m.state.rawValue)
    }
}
