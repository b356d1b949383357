import ArgumentParser
import IbidDocument

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the reports and their chapters: id, date, language, title.",
        discussion: "One line a chapter; a truncated chapter is marked with `[truncated]`."
    )

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON: an array of chapters with the same fields.")
    var json = false

    func run() throws {
        let library = try dump.loadLibrary()
        if json {
            var w = JSONWriter()
            w.beginArray()
            for report in library.reports {
                for chapter in report.chapters { JSONExport.writeChapterSummary(chapter, report: report, into: &w) }
            }
            w.endArray()
            Output.write(w.bytes + [0x0A])
            return
        }
        var lines = ShownLines()
        for report in library.reports {
            for chapter in report.chapters { lines.append(Self.line(for: chapter)) }
        }
        lines.flush()
    }

    static func line(for chapter: Chapter) -> String {
        let day = String(chapter.date.prefix(10))
        let id = String(chapter.id)
        let padded = id + String(repeating: " ", count: max(0, 6 - id.count))
        let lang = chapter.language?.rawValue ?? "--"
        let mark = chapter.truncated ? "  [truncated]" : ""
        return "\(padded)  \(day.isEmpty ? "----------" : day)  \(lang)  \(chapter.title)\(mark)"
    }
}
