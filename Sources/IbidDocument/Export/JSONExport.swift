import IbidDump

/// Writes a library in the `ibid/1` schema (see docs/decisions.md for its fields).
public enum JSONExport {
    public static let schema = "ibid/1"

    /// Streams the export: `sink` receives the output in pieces, a chapter at a time.
    public static func write(_ library: Library, pretty: Bool = true, to sink: ([UInt8]) -> Void) {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("schema", schema)
        writeSource(library.source, into: &w)
        w.key("warnings")
        w.beginArray()
        for warning in library.warnings { writeWarning(warning, into: &w) }
        w.endArray()
        w.key("reports")
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
                w.field("title", report.title)
                w.field("language", report.language?.rawValue)
                w.key("chapters")
                w.beginArray()
                open = r
            }
            writeChapter(chapter, content: content, into: &w)
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
        w.key("source")
        w.beginObject()
        w.field("path", source.path)
        w.field("kind", source.kind)
        w.field("layout", source.layout.rawValue)
        w.field("bytes", source.bytes)
        w.key("page")
        w.beginObject()
        w.field("name", source.page.name)
        w.field("role", source.page.role)
        w.field("bio", source.page.bio)
        w.endObject()
        w.endObject()
    }

    static func writeWarning(_ warning: DumpWarning, into w: inout JSONWriter) {
        w.beginObject()
        w.field("code", warning.code.rawValue)
        w.field("message", warning.message)
        w.field("line", warning.position?.line)
        w.field("column", warning.position?.column)
        w.field("chapter", warning.postID)
        w.endObject()
    }

    static func writeChapter(_ chapter: Chapter, content: ChapterContent, into w: inout JSONWriter) {
        w.beginObject()
        w.field("id", chapter.id)
        w.field("title", chapter.title)
        w.field("postTitle", chapter.postTitle)
        w.field("date", chapter.date)
        w.field("slug", chapter.slug)
        w.field("url", chapter.url)
        w.field("language", chapter.language?.rawValue)
        w.field("truncated", chapter.truncated)
        w.key("sections")
        w.beginArray()
        for section in content.sections { writeSection(section, into: &w) }
        w.endArray()
        w.key("notes")
        w.beginArray()
        for note in content.notes { writeNote(note, content: content, into: &w) }
        w.endArray()
        w.key("findings")
        w.beginArray()
        for finding in content.findings { writeFinding(finding, into: &w) }
        w.endArray()
        w.endObject()
    }

    static func writeSection(_ section: Section, into w: inout JSONWriter) {
        w.beginObject()
        w.field("heading", section.heading)
        w.field("kind", section.kind.rawValue)
        w.field("byline", section.byline)
        w.key("blocks")
        w.beginArray()
        for block in section.blocks {
            w.beginObject()
            w.field("type", block.typeName)
            if case .list(let items) = block {
                w.field("text", nil as String?)
                w.stringArray("items", items.map(\.plainText))
            } else {
                w.field("text", block.plainText)
                w.field("items", nil as String?)
            }
            w.numberArray("citations", block.citations.map(\.number))
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    public static func writeNote(_ note: Note, content: ChapterContent, into w: inout JSONWriter) {
        w.beginObject()
        w.field("number", note.number)
        w.field("scope", note.scope.description)
        w.field("text", note.plainText)
        w.stringArray("urls", note.urls)
        w.field("ibid", note.ibid)
        w.key("citedIn")
        w.beginArray()
        for anchor in note.citedBy {
            w.beginObject()
            w.field("section", anchor.section)
            w.field("block", anchor.block)
            w.field("heading", content.heading(at: anchor))
            w.endObject()
        }
        w.endArray()
        w.field("possiblyTruncated", note.possiblyTruncated)
        w.endObject()
    }

    public static func writeFinding(_ finding: Finding, into w: inout JSONWriter) {
        w.beginObject()
        w.field("code", finding.code.rawValue)
        w.field("number", finding.number)
        w.field("scope", finding.scope.description)
        w.field("message", finding.message)
        w.endObject()
    }
}
