import ArgumentParser
import IbidDocument

/// `ibid sources`: every URL the notes cite, grouped by domain — the reader's `U` view as text or JSON.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List every URL cited in the notes, grouped by domain, with the notes citing each.",
        discussion: """
            A domain is the URL's host without `www.`; its count is the number of distinct notes citing \
            any of its URLs. Notes with the same text word for word are shown as one source cited \
            several times (`cited by 6003 note 31, note 32 (identical notes)`).
            """
    )

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON: {\"domains\": [{\"domain\", \"notes\", \"urls\": [{\"url\", \"citedBy\": [{\"chapter\", \"note\", \"scope\"}]}]}]}.")
    var json = false

    func run() throws {
        let library = try dump.loadLibrary()
        var builder = SourceIndex.Builder()
        // Chapter by chapter, keeping only their URLs: memory follows the URLs, not the dump.
        library.forEachContent { chapter, content in builder.add(chapter: chapter.id, notes: content.notes) }
        let index = builder.finish()
        if json {
            var w = JSONWriter()
            index.writeJSON(into: &w)
            Output.write(w.bytes + [0x0A])
            return
        }
        var lines = ShownLines()
        for (i, domain) in index.domains.enumerated() {
            if i > 0 { lines.append("") }
            lines.append("\(domain.name) — \(domain.notes) note\(domain.notes == 1 ? "" : "s")")
            for url in domain.urls {
                lines.append("  \(url.url)")
                for source in url.sources {
                    lines.append("      cited by " + Self.citers(source.citedBy) + (source.citedBy.count > 1 ? " (identical notes)" : ""))
                }
            }
        }
        if index.domains.isEmpty { lines.append("no URLs in the notes") }
        lines.flush()
    }

    /// `6003 note 31, note 32; 5607 note 4 (box 1)`: notes by chapter, the chapter named once.
    static func citers(_ refs: [SourceIndex.NoteRef]) -> String {
        var parts: [String] = []
        var chapter: Int?
        var current: [String] = []
        for ref in refs {
            if ref.chapter != chapter {
                if let chapter { parts.append("\(chapter) " + current.joined(separator: ", ")) }
                chapter = ref.chapter
                current = []
            }
            current.append(ref.scope == .chapter ? "note \(ref.number)" : "note \(ref.number) (\(ref.scope))")
        }
        if let chapter { parts.append("\(chapter) " + current.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}
