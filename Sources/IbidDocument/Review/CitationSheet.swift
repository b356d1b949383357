/// `ibid citations`: every citation of a chapter in reading order — number, scope, section, the
/// citing sentence, the note (an Ibid resolved), its URLs, its mark and comment. The sheet a
/// reviewer prints or opens in a spreadsheet.
public struct CitationSheet: Sendable {
    public struct Row: Sendable, Equatable {
        public let number: Int
        public let scope: NoteScope
        /// The heading the marker is under (`(opening)`, a box's title).
        public let section: String
        public let sentence: String
        public let note: String
        public let urls: [String]
        public let mark: ShownMark?
    }

    public let chapter: Chapter
    public let rows: [Row]

    public init(chapter: Chapter, content: ChapterContent, marks: ReviewMarks) {
        self.chapter = chapter
        let all = ChapterCitations(content: content)
        let post = PostKey(chapter)
        rows = all.occurrences.map { o in
            let cited = all.cited(o.citation)!
            let note = cited.note.map { content.notes[$0] }
            return Row(number: o.citation.number, scope: o.citation.scope,
                       section: content.heading(at: o.anchor) ?? (o.anchor.section == 0 ? "(opening)" : "(continued)"),
                       sentence: o.sentence, note: cited.note == nil ? "" : cited.noteText, urls: note?.urls ?? [],
                       mark: marks.shown(cited, in: post))
        }
    }

    public static let csvHeader = ["number", "scope", "section", "sentence", "note", "urls", "state", "comment", "changed"]

    /// The row as CSV fields, in `csvHeader`'s order; URLs one per line in their cell.
    public static func csvFields(_ row: Row) -> [String] {
        [String(row.number), row.scope.storageName, row.section, row.sentence, row.note, row.urls.joined(separator: "\n"),
         (row.mark?.state ?? .unchecked).rawValue, row.mark?.comment ?? "", row.mark?.changed == true ? "yes" : "no"]
    }

    public func writeJSON(into w: inout JSONWriter) {
        w.beginObject()
        w.field(ChapterKey.id, chapter.id)
        w.field(ChapterKey.title, chapter.title)
        w.key(CitationsRootKey.citations)
        w.beginArray()
        for row in rows {
            w.beginObject()
            w.field(CitationRowKey.number, row.number)
            w.field(CitationRowKey.scope, row.scope.storageName)
            w.field(CitationRowKey.section, row.section)
            w.field(CitationRowKey.sentence, row.sentence)
            w.field(CitationRowKey.note, row.note)
            w.stringArray(CitationRowKey.urls, row.urls)
            w.field(CitationRowKey.state, (row.mark?.state ?? .unchecked).rawValue)
            w.field(CitationRowKey.comment, row.mark?.comment)
            w.field(CitationRowKey.changed, row.mark?.changed == true)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}

/// `ibid citations --json`: the chapter's `id` and `title` (chapter keys) and its `citations`.
public enum CitationsRootKey: String, SchemaKey {
    case citations
}
