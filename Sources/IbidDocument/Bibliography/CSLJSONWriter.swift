/// CSL-JSON's keys (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), spelled
/// once, as `JSONWriter` wants every key.
public enum CSLKey: String, SchemaKey {
    case id, type, author, title, containerTitle = "container-title", issued, url = "URL", note
}

public enum CSLNameKey: String, SchemaKey {
    case family, given, literal
}

public enum CSLDateKey: String, SchemaKey {
    case dateParts = "date-parts"
}

/// Writes entries as a CSL-JSON array, the format Zotero, Pandoc and citeproc read.
public enum CSLJSONWriter {
    public static func write(_ entries: [BibliographyEntry]) -> String {
        var w = JSONWriter()
        w.beginArray()
        for entry in entries { write(entry, into: &w) }
        w.endArray()
        return w.string + "\n"
    }

    static func write(_ entry: BibliographyEntry, into w: inout JSONWriter) {
        let work = entry.work
        w.beginObject()
        w.field(CSLKey.id, entry.id)
        w.field(CSLKey.type, work.type.rawValue)
        if !work.authors.isEmpty {
            w.key(CSLKey.author)
            w.beginArray()
            for author in work.authors {
                w.beginObject()
                switch author {
                case .person(let family, let given):
                    w.field(CSLNameKey.family, family)
                    if !given.isEmpty { w.field(CSLNameKey.given, given) }
                case .organisation(let name):
                    w.field(CSLNameKey.literal, name)
                }
                w.endObject()
            }
            w.endArray()
        }
        if let title = work.title { w.field(CSLKey.title, title) }
        if let container = work.container { w.field(CSLKey.containerTitle, container) }
        if let issued = work.issued {
            w.key(CSLKey.issued)
            w.beginObject()
            w.key(CSLDateKey.dateParts)
            w.beginArray()
            w.beginArray()
            for part in issued.parts { w.number(part) }
            w.endArray()
            w.endArray()
            w.endObject()
        }
        if let url = work.url { w.field(CSLKey.url, url) }
        w.field(CSLKey.note, citedIn(entry))
        w.endObject()
    }

    /// `Cited in 6003: notes 2, 39 (Ibid); 5806: note 1`, so an entry leads back to its notes.
    public static func citedIn(_ entry: BibliographyEntry) -> String {
        var parts: [String] = []
        var chapter: Int?
        var labels: [String] = []
        var chapterNotes = 0
        var firstInChapter = true
        func flush() {
            guard let chapter else { return }
            // `notes 2, 5` for the chapter's own notes; a box's say so themselves (`box 1 note 3`).
            let word = firstInChapter ? (chapterNotes == 1 ? "note " : "notes ") : ""
            parts.append("\(chapter): \(word)\(labels.joined(separator: ", "))")
        }
        for ref in entry.citations {
            if ref.chapter != chapter {
                flush()
                chapter = ref.chapter
                labels = []
                chapterNotes = 0
                firstInChapter = ref.scope == .chapter
            }
            if ref.scope == .chapter { chapterNotes += 1 }
            labels.append(ref.noteLabel + (ref.position == nil ? " (Ibid)" : ""))
        }
        flush()
        return "Cited in " + parts.joined(separator: "; ")
    }
}
