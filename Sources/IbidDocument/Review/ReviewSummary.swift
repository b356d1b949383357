/// `ibid review`: the review so far, per report and chapter — how many citations, how many
/// checked, flagged and changed since marked — and every flagged, commented or changed citation
/// with its sentence, note and comment.
public struct ReviewSummary: Sendable {
    public struct Item: Sendable, Equatable {
        public let number: Int
        public let scope: NoteScope
        public let state: MarkState
        public let comment: String?
        public let changed: Bool
        public let sentence: String
        public let note: String
    }

    public struct ChapterEntry: Sendable {
        public let id: Int
        public let title: String
        /// The report's index in the library, for grouping.
        public let report: Int
        public let progress: ReviewProgress
        public let items: [Item]
    }

    public let chapters: [ChapterEntry]

    /// Recovers every chapter (a batch at a time, as `check` does) to know its citations.
    public init(library: Library, marks: ReviewMarks) {
        var out: [ChapterEntry] = []
        library.forEachContent { chapter, content in
            out.append(Self.entry(chapter, content: content, report: library.reportIndex(of: chapter), marks: marks))
        }
        chapters = out
    }

    static func entry(_ chapter: Chapter, content: ChapterContent, report: Int, marks: ReviewMarks) -> ChapterEntry {
        let all = ChapterCitations(content: content)
        let post = PostKey(chapter)
        var items: [Item] = []
        for cited in all.cited {
            guard let m = marks.shown(cited, in: post), m.state == .flagged || m.comment != nil || m.changed else { continue }
            items.append(Item(number: cited.citation.number, scope: cited.citation.scope, state: m.state, comment: m.comment,
                              changed: m.changed, sentence: all.sentence(of: cited), note: cited.noteText))
        }
        return ChapterEntry(id: chapter.id, title: chapter.title, report: report,
                            progress: marks.progress(of: all.cited, in: post), items: items)
    }

    public func writeJSON(into w: inout JSONWriter) {
        w.beginObject()
        w.key(ReviewKey.chapters)
        w.beginArray()
        for c in chapters {
            w.beginObject()
            w.field(ReviewChapterKey.id, c.id)
            w.field(ReviewChapterKey.title, c.title)
            w.field(ReviewChapterKey.citations, c.progress.citations)
            w.field(ReviewChapterKey.checked, c.progress.checked)
            w.field(ReviewChapterKey.flagged, c.progress.flagged)
            w.field(ReviewChapterKey.changed, c.progress.changed)
            w.key(ReviewChapterKey.items)
            w.beginArray()
            for item in c.items {
                w.beginObject()
                w.field(ReviewItemKey.number, item.number)
                w.field(ReviewItemKey.scope, item.scope.storageName)
                w.field(ReviewItemKey.state, item.state.rawValue)
                w.field(ReviewItemKey.comment, item.comment)
                w.field(ReviewItemKey.changed, item.changed)
                w.field(ReviewItemKey.sentence, item.sentence)
                w.field(ReviewItemKey.note, item.note)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    public static let csvHeader = ["report", "chapter", "title", "number", "scope", "state", "comment", "changed", "sentence", "note"]

    /// One row per item, the report's title and the chapter's ID and title repeated on each.
    public func csvRows(reportTitles: [String]) -> [[String]] {
        chapters.flatMap { c in
            c.items.map { i in
                [reportTitles.indices.contains(c.report) ? reportTitles[c.report] : "", String(c.id), c.title, String(i.number),
                 i.scope.storageName, i.state.rawValue, i.comment ?? "", i.changed ? "yes" : "no", i.sentence, i.note]
            }
        }
    }
}
