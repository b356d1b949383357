import ArgumentParser
import IbidDocument

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every chapter's text and notes (case-insensitive)."
    )

    @Argument(help: "The text to look for.")
    var query: String

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if query.trimmingWhitespace.isEmpty { throw ValidationError("QUERY must not be empty.") }
    }

    func run() throws {
        let library = try dump.loadLibrary()
        var w = JSONWriter()
        var lines = ShownLines()
        var count = 0
        w.beginArray()
        library.forEachContent { chapter, content in
            for hit in TextSearch.search(query, in: content, chapterID: chapter.id) {
                count += 1
                let place: String
                switch hit.place {
                case .note(let n, let scope): place = scope == .chapter ? "note \(n)" : "note \(n) (\(scope))"
                case .heading: place = "heading"
                case .block: place = hit.heading ?? "opening"
                }
                if json {
                    w.beginObject()
                    w.field("chapter", chapter.id)
                    w.field("title", chapter.title)
                    w.field("section", hit.heading)
                    if case .note(let n, _) = hit.place { w.field("note", n) } else { w.field("note", nil as Int?) }
                    w.field("snippet", hit.snippet)
                    w.endObject()
                } else {
                    lines.append("\(chapter.id)  \(place)  \(hit.snippet)")
                }
            }
        }
        w.endArray()
        if json { Output.write(w.bytes + [0x0A]) } else { lines.flush() }
        if count == 0 && !json { Output.error("no match for \"\(query)\"") }
    }
}
