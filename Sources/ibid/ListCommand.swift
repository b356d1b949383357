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
            let several = library.sources.count > 1
            for report in library.reports {
                for chapter in report.chapters {
                    JSONExport.writeChapterSummary(chapter, report: report, file: several ? library.sources[chapter.file].path : nil, into: &w)
                }
            }
            w.endArray()
            Output.write(w.bytes + [0x0A])
            return
        }
        var lines = ShownLines()
        // Several files: each file's chapters under its path (a report stands under its first chapter's file).
        var file: Int?
        for report in library.reports {
            if library.sources.count > 1, let f = report.chapters.first?.file, f != file {
                if file != nil { lines.append("") }
                lines.append("\(library.sources[f].path):")
                file = f
            }
            for chapter in report.chapters { lines.append(Self.line(for: chapter, id: library.address(of: chapter))) }
        }
        lines.flush()
    }

    static func line(for chapter: Chapter, id: String) -> String {
        let day = String(chapter.date.prefix(10))
        let padded = id + String(repeating: " ", count: max(0, 6 - id.count))
        let lang = chapter.language?.rawValue ?? "--"
        let mark = chapter.truncated ? "  [truncated]" : ""
        return "\(padded)  \(day.isEmpty ? "----------" : day)  \(lang)  \(chapter.title)\(mark)"
    }
}
