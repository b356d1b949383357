import ArgumentParser
import IbidDocument

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every chapter's text and notes, ignoring case and quote styles.",
        discussion: """
            A straight quote matches the curly ones: ' matches ’ ‘ ʼ and " matches “ ” « », so \
            "Nazarbayev's" finds “Nazarbayev’s”, as / does in the reader.
            Exit status, as grep's: 0 when something matched, 1 when nothing did.
            """
    )

    @Argument(help: "The text to look for.")
    var query: String

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print only the number of matches.")
    var count = false

    func validate() throws {
        if query.trimmingWhitespace.isEmpty { throw ValidationError("QUERY must not be empty.") }
        if count && json { throw ValidationError("--count and --json cannot be combined.") }
    }

    func run() throws {
        let library = try dump.loadLibrary()
        var w = JSONWriter()
        var lines = ShownLines()
        var found = 0
        w.beginArray()
        library.forEachContent { chapter, content in
            TextSearch.forEachHit(query, in: content, chapterID: chapter.id) { hit in
                found += 1
                if count { return }
                let place: String
                switch hit.place {
                case .note(let n, let scope): place = scope == .chapter ? "note \(n)" : "note \(n) (\(scope))"
                case .heading: place = "heading"
                case .block: place = hit.heading ?? "opening"
                }
                if json {
                    JSONExport.writeSearchHit(hit, chapterTitle: chapter.title, postID: chapter.postID,
                                              file: library.sources.count > 1 ? library.sources[chapter.file].path : nil, into: &w)
                    // Written out as it grows: memory stays flat however many hits there are.
                    if w.bytes.count > 1 << 16 { w.flush { Output.write($0) } }
                } else {
                    lines.append("\(library.address(of: chapter))  \(place)  \(hit.snippet)")
                }
            }
        }
        w.endArray()
        if count {
            lines.append(String(found))
            lines.flush()
        } else if json {
            Output.write(w.bytes + [0x0A])
        } else {
            lines.flush()
            if found == 0 { Output.error("no match for \"\(query)\"") }
        }
        // grep's convention, so `if ibid search …` works in a script.
        if found == 0 { throw ExitCode(1) }
    }
}
