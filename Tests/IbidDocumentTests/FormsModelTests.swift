import IbidTestSupport
import Testing
import IbidDump
@testable import IbidDocument

/// The sample's posts written by real PHP in each form recover into the same document as their print_r:
/// the same chapters, reports, sections, notes, Ibid targets and URLs. The print_r of the same objects,
/// read by the long-standing reader, is the reference; `SourceInfo.kind` names each form.
@Suite("Every form recovers the same document")
struct FormsModelTests {
    static func rows() throws -> [WordPressForms.Row] {
        let sample = try DumpLoader.load(path: TestPaths.sample)
        return sample.posts.map {
            WordPressForms.Row(id: $0.id, title: $0.title, content: $0.content?.string ?? "", date: $0.date, slug: $0.slug,
                               guid: $0.guid, status: $0.status)
        }
    }

    static func library(_ rows: [WordPressForms.Row], _ form: WordPressForms.Form) throws -> Library {
        Library(dump: try DumpLoader.load(DumpBytes(copying: try WordPressForms.render(rows, as: form)), path: form.rawValue))
    }

    @Test(arguments: [WordPressForms.Form.varDump, .varDumpEscaped, .rest, .cli, .wxr, .wxrUndeclared])
    func sameDocumentAsPrintR(form: WordPressForms.Form) throws {
        let rows = try Self.rows()
        let reference = try Self.library(rows, .printR)
        let library = try Self.library(rows, form)
        #expect(reference.chapters.count == 12)
        #expect(library.source.kind == ["var_dump": "var_dump", "var_dump_escaped": "var_dump", "rest": "rest-json",
                                        "cli": "wp-cli-json", "wxr": "wxr", "wxr_undeclared": "wxr"][form.rawValue])
        #expect(reference.source.kind == "print_r")
        #expect(library.chapters.map(\.id) == reference.chapters.map(\.id))
        #expect(library.chapters.map(\.title) == reference.chapters.map(\.title))
        #expect(library.chapters.map(\.date) == reference.chapters.map(\.date))
        #expect(library.chapters.map(\.language) == reference.chapters.map(\.language))
        #expect(library.reports.map(\.title) == reference.reports.map(\.title))
        if form != .cli {
            #expect(library.chapters.map(\.url) == reference.chapters.map(\.url))
            #expect(library.chapters.map(\.slug) == reference.chapters.map(\.slug))
        }
        var notes = 0, ibids = 0, urls = 0
        for (mine, theirs) in zip(library.chapters, reference.chapters) {
            let a = library.content(of: mine), b = reference.content(of: theirs)
            #expect(a.sections == b.sections, "\(form): sections of \(mine.id)")
            #expect(a.notes == b.notes, "\(form): notes of \(mine.id)")
            #expect(a.notes.map(\.ibid) == b.notes.map(\.ibid), "\(form): Ibid targets of \(mine.id)")
            #expect(a.notes.map(\.urls) == b.notes.map(\.urls), "\(form): URLs of \(mine.id)")
            notes += b.notes.count
            ibids += b.notes.filter { $0.ibid != nil }.count
            urls += b.notes.reduce(0) { $0 + $1.urls.count }
        }
        // The comparison covers something: the sample's reports are footnoted, with Ibid chains and links.
        #expect(notes > 300 && ibids > 10 && urls > 100, "notes \(notes), ibid \(ibids), urls \(urls)")
    }
}
