import IbidDump

/// Writes a library in the `ibid/1` schema (docs/schema.md; its keys are in `SchemaKeys.swift`).
public enum JSONExport {
    public static let schema = "ibid/1"

    /// Streams the export: `sink` receives the output in pieces, a chapter at a time.
    public static func write(_ library: Library, pretty: Bool = true, to sink: ([UInt8]) -> Void) {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field(RootKey.schema, schema)
        // One file: `source`, as ibid/1 always had. Several: `sources`, and a `file` index on each
        // warning and chapter (docs/schema.md, "Several files").
        let several = library.sources.count > 1
        if several {
            w.key(RootKey.sources)
            w.beginArray()
            for source in library.sources { writeSourceObject(source, into: &w) }
            w.endArray()
        } else {
            writeSource(library.source, into: &w)
        }
        w.key(RootKey.warnings)
        w.beginArray()
        for (file, warning) in library.fileWarnings { writeWarning(warning, file: several ? file : nil, into: &w) }
        w.endArray()
        w.key(RootKey.reports)
        w.beginArray()
        // Chapters arrive in report order, so each report is opened at its first chapter and closed at the next report's.
        var open: Int?
        library.forEachContent { chapter, content in
            let r = library.reportIndex(of: chapter)
            if open != r {
                if open != nil {
                    w.endArray()
                    w.endObject()
                }
                let report = library.reports[r]
                w.beginObject()
                w.field(ReportKey.title, report.title)
                w.field(ReportKey.language, report.language?.rawValue)
                w.key(ReportKey.chapters)
                w.beginArray()
                open = r
            }
            withoutActuallyEscaping(sink) { sink in
                writeChapter(chapter, content: content, file: several ? chapter.file : nil, into: &w, flushingTo: sink)
            }
            w.flush(sink)
        }
        if open != nil {
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.flush(sink)
        sink([0x0A])
    }

    public static func string(_ library: Library, pretty: Bool = true) -> String {
        var out: [UInt8] = []
        write(library, pretty: pretty) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    static func writeSource(_ source: SourceInfo, into w: inout JSONWriter) {
        w.key(RootKey.source)
        writeSourceObject(source, into: &w)
    }

    static func writeSourceObject(_ source: SourceInfo, into w: inout JSONWriter) {
        w.beginObject()
        w.field(SourceKey.path, source.path)
        w.field(SourceKey.kind, source.kind)
        w.field(SourceKey.layout, source.layout.rawValue)
        w.field(SourceKey.bytes, source.bytes)
        w.key(SourceKey.page)
        w.beginObject()
        w.field(PageKey.name, source.page.name)
        w.field(PageKey.role, source.page.role)
        w.field(PageKey.bio, source.page.bio)
        w.endObject()
        w.endObject()
    }

    static func writeWarning(_ warning: DumpWarning, file: Int? = nil, into w: inout JSONWriter) {
        w.beginObject()
        w.field(WarningKey.code, warning.code.rawValue)
        w.field(WarningKey.message, warning.message)
        w.field(WarningKey.line, warning.position?.line)
        w.field(WarningKey.column, warning.position?.column)
        w.field(WarningKey.chapter, warning.postID)
        if let file { w.field(WarningKey.file, file) }
        w.endObject()
    }

    /// Output is handed to `sink` whenever `flushAt` bytes have piled up, within a chapter too: one
    /// chapter of 1.7 million paragraphs is hundreds of MB of JSON, which must not be held whole.
    static let flushAt = 1 << 16

    static func writeChapter(_ chapter: Chapter, content: ChapterContent, file: Int? = nil, into w: inout JSONWriter,
                             flushingTo sink: (([UInt8]) -> Void)? = nil) {
        w.beginObject()
        w.field(ChapterKey.id, chapter.postID)
        if let file { w.field(ChapterKey.file, file) }
        w.field(ChapterKey.title, chapter.title)
        w.field(ChapterKey.postTitle, chapter.postTitle)
        w.field(ChapterKey.date, chapter.date)
        w.field(ChapterKey.slug, chapter.slug)
        w.field(ChapterKey.url, chapter.url)
        w.field(ChapterKey.language, chapter.language?.rawValue)
        w.field(ChapterKey.truncated, chapter.truncated)
        w.key(ChapterKey.sections)
        w.beginArray()
        for section in content.sections { writeSection(section, into: &w, flushingTo: sink) }
        w.endArray()
        w.key(ChapterKey.notes)
        w.beginArray()
        for note in content.notes {
            writeNote(note, content: content, into: &w)
            if let sink, w.bytes.count >= flushAt { w.flush(sink) }
        }
        w.endArray()
        w.key(ChapterKey.findings)
        w.beginArray()
        for finding in content.findings {
            writeFinding(finding, into: &w)
            if let sink, w.bytes.count >= flushAt { w.flush(sink) }
        }
        w.endArray()
        w.endObject()
    }

    static func writeSection(_ section: Section, into w: inout JSONWriter, flushingTo sink: (([UInt8]) -> Void)? = nil) {
        w.beginObject()
        w.field(SectionKey.heading, section.heading)
        w.field(SectionKey.level, section.heading == nil ? nil : section.level)
        w.field(SectionKey.kind, section.kind.rawValue)
        w.field(SectionKey.byline, section.byline)
        w.key(SectionKey.blocks)
        w.beginArray()
        for block in section.blocks {
            w.beginObject()
            w.field(BlockKey.type, block.typeName)
            switch block {
            case .list(let items):
                w.field(BlockKey.text, nil as String?)
                w.stringArray(BlockKey.items, items.map(\.plainText))
                w.field(BlockKey.rows, nil as String?)
            case .table(let table):
                w.field(BlockKey.text, nil as String?)
                w.field(BlockKey.items, nil as String?)
                w.key(BlockKey.rows)
                w.beginArray()
                for row in table.rows {
                    w.beginArray()
                    for cell in row { w.string(cell.plainText) }
                    w.endArray()
                }
                w.endArray()
            default:
                w.field(BlockKey.text, block.plainText)
                w.field(BlockKey.items, nil as String?)
                w.field(BlockKey.rows, nil as String?)
            }
            w.numberArray(BlockKey.citations, block.citations.map(\.number))
            w.endObject()
            if let sink, w.bytes.count >= flushAt { w.flush(sink) }
        }
        w.endArray()
        w.endObject()
    }

    public static func writeNote(_ note: Note, content: ChapterContent, into w: inout JSONWriter) {
        w.beginObject()
        w.field(NoteKey.number, note.number)
        w.field(NoteKey.scope, note.scope.description)
        w.field(NoteKey.text, note.plainText)
        w.stringArray(NoteKey.urls, note.urls)
        w.field(NoteKey.ibid, note.ibid)
        w.key(NoteKey.citedIn)
        w.beginArray()
        for anchor in note.citedBy {
            w.beginObject()
            w.field(CitationKey.section, anchor.section)
            w.field(CitationKey.block, anchor.block)
            w.field(CitationKey.heading, content.heading(at: anchor))
            w.endObject()
        }
        w.endArray()
        w.field(NoteKey.possiblyTruncated, note.possiblyTruncated)
        if let origin = note.from {
            w.key(NoteKey.from)
            w.beginObject()
            w.field(NoteOriginKey.chapter, origin.chapter)
            w.field(NoteOriginKey.language, origin.language?.rawValue)
            w.endObject()
        } else {
            w.field(NoteKey.from, nil as Int?)
        }
        w.endObject()
    }

    /// A chapter as `list --json` shows it: the summary fields, and its report's title (the rows are flat).
    public static func writeChapterSummary(_ chapter: Chapter, report: Report, file: String? = nil, into w: inout JSONWriter) {
        w.beginObject()
        w.field(ChapterKey.id, chapter.postID)
        if let file { w.field(ChapterKey.file, file) }
        w.field(ChapterKey.date, chapter.date)
        w.field(ChapterKey.language, chapter.language?.rawValue)
        w.field(ChapterKey.title, chapter.title)
        w.field(ChapterKey.report, report.title)
        w.field(ChapterKey.truncated, chapter.truncated)
        w.endObject()
    }

    /// A hit of `search --json`. Bounded fields only: the section by index, its heading and the
    /// chapter title cut short, so the output grows with the hits, never with hits × section size.
    public static func writeSearchHit(_ hit: SearchHit, chapterTitle: String, postID: Int? = nil, file: String? = nil, into w: inout JSONWriter) {
        w.beginObject()
        w.field(SearchHitKey.chapter, postID ?? hit.chapterID)
        if let file { w.field(SearchHitKey.file, file) }
        w.field(SearchHitKey.title, TextSearch.bounded(chapterTitle))
        switch hit.place {
        case .heading(let s), .block(let s, _): w.field(SearchHitKey.section, s)
        case .note: w.field(SearchHitKey.section, nil as Int?)
        }
        w.field(SearchHitKey.heading, hit.heading)
        if case .note(let n, _) = hit.place { w.field(SearchHitKey.note, n) } else { w.field(SearchHitKey.note, nil as Int?) }
        w.field(SearchHitKey.snippet, hit.snippet)
        w.endObject()
    }

    public static func writeFinding(_ finding: Finding, into w: inout JSONWriter) {
        w.beginObject()
        w.field(FindingKey.code, finding.code.rawValue)
        w.field(FindingKey.number, finding.number)
        w.field(FindingKey.scope, finding.scope.description)
        w.field(FindingKey.message, finding.message)
        w.endObject()
    }
}
