import ArgumentParser
import IbidDocument

/// `ibid review [FILE]`: the review so far, per report and chapter (issue 10).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The review so far: per chapter its citations, checked, flagged and changed, and every flagged, commented or changed citation.",
        discussion: "Marks come from $XDG_STATE_HOME/ibid/ibid.sqlite; --no-state leaves them out. CSV follows RFC 4180, one row per listed citation."
    )

    @OptionGroup var dump: DumpOptions

    @OptionGroup var output: ReportFormatOptions

    @OptionGroup var state: StateOptions

    func run() throws {
        let library = try dump.loadLibrary()
        let marks = try state.marksForReport(library)
        let summary = ReviewSummary(library: library, marks: marks)
        switch output.chosen {
        case .json:
            var w = JSONWriter()
            summary.writeJSON(into: &w)
            Output.write(w.bytes + [0x0A])
        case .csv:
            var out = CSV.record(ReviewSummary.csvHeader)
            for row in summary.csvRows(reportTitles: library.reports.map(\.title)) { out += CSV.record(row) }
            Output.write(Array(out.utf8))
        case .markdown:
            Output.write(Array(ReviewMarkdown.review(summary, library: library).utf8))
        case .text:
            var lines = ShownLines()
            var report = -1
            var total = ReviewProgress(citations: 0)
            for c in summary.chapters {
                if c.report != report {
                    report = c.report
                    if report > 0 || c.id != summary.chapters.first?.id { lines.append("") }
                    lines.append(library.reports[report].title)
                }
                lines.append("  \(c.id)  \(c.title) — \(c.progress.citations) citations, \(c.progress.checked) checked, \(c.progress.flagged) flagged, \(c.progress.changed) changed")
                total.citations += c.progress.citations
                total.checked += c.progress.checked
                total.flagged += c.progress.flagged
                total.changed += c.progress.changed
                for i in c.items {
                    let label = i.scope == .chapter ? "[\(i.number)]" : "[\(i.scope) \(i.number)]"
                    let what = i.changed ? "⚠ changed since marked (\(i.state.rawValue))" : i.state == .flagged ? "⚑ flagged" : i.state == .checked ? "✓ checked" : "✎"
                    lines.append("    \(label) \(what)\(i.comment.map { " — " + $0 } ?? "")")
                    lines.append("         sentence: \(i.sentence)")
                    lines.append("         note: \(i.note.isEmpty ? "(no note)" : i.note)")
                }
            }
            lines.append("")
            lines.append("In all: \(total.citations) citations, \(total.checked) checked, \(total.flagged) flagged, \(total.changed) changed since marked.")
            lines.flush()
        }
    }
}
