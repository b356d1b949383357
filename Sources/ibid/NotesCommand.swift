import ArgumentParser
import IbidDocument

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Print one chapter's notes: number, text, URLs, Ibid target, where cited."
    )

    @Argument(help: "The chapter's ID (see `ibid list`; `N:ID` when several files hold the ID).")
    var id: String

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let library = try dump.loadLibrary()
        let chapter = try library.requireChapter(id)
        let content = library.content(of: chapter)
        if json {
            var w = JSONWriter()
            w.beginObject()
            w.field(ChapterKey.id, chapter.postID)
            w.field(ChapterKey.title, chapter.title)
            w.key(ChapterKey.notes)
            w.beginArray()
            for note in content.notes { JSONExport.writeNote(note, content: content, into: &w) }
            w.endArray()
            w.endObject()
            Output.write(w.bytes + [0x0A])
            return
        }
        var lines = ShownLines()
        lines.append("\(library.address(of: chapter))  \(chapter.title) — \(content.notes.count) notes\(chapter.truncated ? " (chapter truncated)" : "")")
        var scope: NoteScope = .chapter
        // The latest note of each number in each scope: an Ibid's source is the nearest earlier one.
        var seen: [NoteScope: [Int: String]] = [:]
        for note in content.notes {
            if note.scope != scope {
                scope = note.scope
                lines.append("")
                lines.append("Notes of \(scope):")
            }
            let text = note.plainText
            if let target = note.ibid {
                // `Ibid. → [38] Francisco Olmos, …`: the source itself, so no one has to look it up.
                let source = seen[note.scope]?[target].map { " " + $0 } ?? ""
                lines.append("[\(note.number)] \(text) → [\(target)]\(source)")
            } else {
                lines.append("[\(note.number)] \(text)")
            }
            seen[note.scope, default: [:]][note.number] = text
            let places = Self.places(note, content: content)
            lines.append("     cited in: \(places.isEmpty ? "nowhere" : places)")
            if note.possiblyTruncated { lines.append("     (the dump ends here: this note may be cut off)") }
            if let origin = note.from { lines.append("     (the dump lost this note: \(origin))") }
        }
        lines.flush()
    }

    /// `Religion; Media freedom (×2)`: the headings a note is cited under, in order.
    static func places(_ note: Note, content: ChapterContent) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for anchor in note.citedBy {
            let name = content.heading(at: anchor) ?? (content.sections[anchor.section].kind == .box ? "box" : "opening")
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "\($0) (×\(counts[$0]!))" : $0 }.joined(separator: "; ")
    }
}
