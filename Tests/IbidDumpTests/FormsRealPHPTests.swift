import Foundation
import IbidTestSupport
import Testing
@testable import IbidDump

/// The same WordPress posts written by real PHP in every form (print_r, var_dump, REST and WP-CLI JSON,
/// WXR through XMLWriter) must load into the same posts: the rows PHP was given are the expectation.
@Suite("Every form from real PHP")
struct FormsRealPHPTests {
    typealias Row = WordPressForms.Row

    /// Hostile strings aimed at each form's delimiters: var_dump's `"` + `["ID"]=>`, WXR's `]]>` and
    /// `</item>`, JSON's escapes and U+2028, print_r's arrows, entities that must stay as written.
    static let hostile: [Row] = [
        Row(id: 8001, title: "Tom & Jerry's <b>\"quoted\"</b> ]]> </title> &amp;",
            content: "<p>Body [1] with \"quotes\", ]]> and </item> and </content:encoded>\n  [\"ID\"]=>\n  int(5)\n}\n  [1]=>\n  string(3) \"abc\"</p>\r\n<p>[1] Ibid. é \u{2028} https://example.org/a?b=1&c=2 &amp; &lt;</p>\n\u{1B}[31m"),
        Row(id: 8002, title: "Кыргызстан: басым", content: "Text with [note] => fake and Array ( [0] => z ) inside, \" } ] and string(2) \"x\"\n\n1. Note one\n2. Ibid.",
            status: "draft"),
        Row(id: 8003, title: "", content: "Untitled: the first line is the title\n\n\"\n}\n", date: "2022-02-03 04:05:06"),
    ]

    /// The sample's twelve posts (content, titles, dates as the print_r reader reads them) and the hostile rows.
    static func rows() throws -> [Row] {
        let sample = try DumpLoader.load(path: TestPaths.sample)
        let fromSample = sample.posts.map {
            Row(id: $0.id, title: $0.title, content: $0.content?.string ?? "", date: $0.date, slug: $0.slug, guid: $0.guid,
                status: $0.status)
        }
        #expect(fromSample.count == 12)
        return fromSample + hostile
    }

    static func load(_ bytes: [UInt8], path: String = "forms.txt") throws -> LoadedDump {
        try DumpLoader.load(DumpBytes(copying: bytes), path: path)
    }

    /// The fields each form carries, compared with the rows.
    static func expectSame(_ dump: LoadedDump, _ rows: [Row], form: WordPressForms.Form, content: (String) -> String = { $0 },
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let name = form.rawValue
        #expect(dump.posts.map(\.id) == rows.map(\.id), "\(name)", sourceLocation: sourceLocation)
        #expect(dump.posts.map(\.title) == rows.map(\.title), "\(name)", sourceLocation: sourceLocation)
        #expect(dump.posts.map(\.date) == rows.map(\.date), "\(name)", sourceLocation: sourceLocation)
        let contents = dump.posts.map { $0.content?.string ?? "<none>" }
        let expected = rows.map { content(UTF8Repair.foldCRLF($0.content)) }
        #expect(contents.count == expected.count, "\(name)", sourceLocation: sourceLocation)
        for (i, (got, want)) in zip(contents, expected).enumerated() where got != want {
            Issue.record("\(name): post \(rows[i].id)'s content differs: \(got.prefix(200).debugDescription) vs \(want.prefix(200).debugDescription)",
                         sourceLocation: sourceLocation)
        }
        #expect(dump.posts.allSatisfy { !$0.truncated }, "\(name)", sourceLocation: sourceLocation)
        guard form != .cli else { return }
        #expect(dump.posts.map(\.slug) == rows.map(\.slug), "\(name)", sourceLocation: sourceLocation)
        #expect(dump.posts.map(\.guid) == rows.map(\.guid), "\(name)", sourceLocation: sourceLocation)
        #expect(dump.posts.map(\.status) == rows.map(\.status), "\(name)", sourceLocation: sourceLocation)
    }

    @Test(arguments: WordPressForms.Form.allCases)
    func everyFormGivesThePostsPHPWasGiven(form: WordPressForms.Form) throws {
        let rows = try Self.rows()
        let dump = try Self.load(try WordPressForms.render(rows, as: form))
        Self.expectSame(dump, rows, form: form)
        let kind: DumpForm = switch form {
        case .printR: .printR
        case .varDump, .varDumpEscaped: .varDump
        case .rest: .restJSON
        case .cli: .wpCLIJSON
        case .wxr, .wxrUndeclared: .wxr
        }
        #expect(dump.form == kind)
        // The only warnings: WXR flags the draft and names the attachment and menu item it skipped.
        let codes = dump.warnings.map(\.code)
        switch form {
        case .wxr, .wxrUndeclared:
            #expect(codes == [.unpublished, .skippedItems], "\(dump.warnings)")
            #expect(dump.warnings.first?.postID == 8002)
            #expect(dump.warnings.last?.message.contains("1 attachment, 1 nav_menu_item") == true, "\(dump.warnings)")
            #expect(dump.page.name == "Policy & Reports")
        default:
            #expect(codes.isEmpty, "\(form): \(dump.warnings)")
        }
    }

    /// The REST export's `link` and WXR's `<link>` are kept beside the guid.
    @Test func restAndWXRKeepTheLink() throws {
        let rows = Self.hostile
        for form in [WordPressForms.Form.rest, .wxr] {
            let dump = try Self.load(try WordPressForms.render(rows, as: form))
            #expect(dump.posts.map { $0.string("link") } == rows.map(WordPressForms.link), "\(form)")
        }
    }

    // MARK: var_dump as it reaches a file

    static func varDump(_ rows: [Row]) throws -> [UInt8] { try WordPressForms.render(rows, as: .varDump) }

    /// Printed into a page without `<pre>`: every whitespace run folded, so `string(N)` no longer matches
    /// the text and each value ends by structure.
    @Test func collapsedVarDumpEndsValuesByStructure() throws {
        let rows = try Self.rows()
        let dump = try Self.load(PHP.collapsed(try Self.varDump(rows)))
        // var_dump quotes its strings, so a folded value keeps a space where it began or ended with whitespace.
        let foldOnly = { (s: String) in String(decoding: PHP.collapsed(Array(s.utf8)), as: UTF8.self) }
        Self.expectSame(dump, rows.map { var r = $0; r.title = foldOnly(r.title); return r }, form: .varDump, content: foldOnly)
        #expect(dump.layout == .collapsed)
        #expect(dump.warnings.isEmpty, "\(dump.warnings)")
    }

    static func fold(_ s: String) -> String {
        String(decoding: PHP.collapsed(Array(s.utf8)), as: UTF8.self).trimmingCharacters(in: .init(charactersIn: " "))
    }

    /// What a browser shows of a var_dump printed into HTML unescaped: tags rendered away, whitespace folded.
    @Test func htmlRenderedVarDumpKeepsEveryPost() throws {
        let rows = try Self.rows().prefix(12).map { $0 }
        let html = "<html><body><h1>Debug</h1>" + String(decoding: try Self.varDump(rows), as: UTF8.self) + "</body></html>"
        let rendered = Self.fold(Self.stripTags(html))
        let dump = try Self.load(Array(rendered.utf8))
        #expect(dump.form == .varDump)
        #expect(dump.posts.map(\.id) == rows.map(\.id))
        #expect(dump.posts.map(\.title) == rows.map { Self.fold(Self.stripTags($0.title)) })
        #expect(dump.posts.map { $0.content?.string ?? "" } == rows.map { Self.fold(Self.stripTags($0.content)) })
    }

    static func stripTags(_ s: String) -> String {
        s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }

    /// Line ends rewritten (CRLF → LF): the hostile post's count is two bytes too many, the value is read by
    /// structure, and the posts after it are untouched.
    @Test func varDumpWithRewrittenLineEndsFallsBackToStructure() throws {
        let rows = Self.hostile
        let lf = String(decoding: try Self.varDump(rows), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let dump = try Self.load(Array(lf.utf8))
        Self.expectSame(dump, rows, form: .varDump)
    }

    /// Commented out in a PHP or shell file: `// ` before every line, after a line of other text.
    @Test func commentPrefixedVarDump() throws {
        let rows = try Self.rows()
        for prefix in ["// ", "# ", " * "] {
            // Split on LF bytes: an editor's line is what ends in LF, CRLF included (a Swift `Character` would keep "\r\n" whole).
            let lines = try Self.varDump(rows).split(separator: 0x0A, omittingEmptySubsequences: false)
            let commented = Array("<?php\n/* debug */\n".utf8) + Array(lines.map { Array(prefix.utf8) + $0 }.joined(separator: [0x0A]))
            let dump = try Self.load(commented)
            Self.expectSame(dump, rows, form: .varDump)
            #expect(dump.warnings.isEmpty, "\(prefix): \(dump.warnings)")
        }
    }

    /// Cut inside the last post's content: every earlier post whole, the last kept as truncated with a warning.
    @Test func truncatedVarDumpKeepsWhatItHas() throws {
        let rows = Array(try Self.rows().prefix(3))
        let bytes = try Self.varDump(rows)
        let lastContent = Array(rows[2].content.utf8.prefix(40))
        let cut = try #require(Self.lastRange(of: lastContent, in: bytes)).lowerBound + lastContent.count
        let dump = try Self.load(Array(bytes[..<cut]))
        #expect(dump.posts.map(\.id) == rows.map(\.id))
        #expect(dump.posts.prefix(2).map { $0.content?.string } == rows.prefix(2).map(\.content))
        #expect(dump.posts[2].truncated)
        #expect(dump.posts[2].content?.string == String(decoding: lastContent, as: UTF8.self))
        #expect(dump.warnings.map(\.code) == [.truncated])
        #expect(dump.warnings.first?.postID == rows[2].id)
    }

    static func lastRange(of needle: [UInt8], in hay: [UInt8]) -> Range<Int>? {
        guard needle.count <= hay.count else { return nil }
        for start in stride(from: hay.count - needle.count, through: 0, by: -1) where hay[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    // MARK: Several forms in one file

    /// A log holding a print_r and a var_dump of the same posts, plus one more post only in the var_dump:
    /// each post once, in file order, and a warning that says so.
    @Test func logWithPrintRAndVarDumpYieldsEachPostOnce() throws {
        let rows = Self.hostile
        let extra = Row(id: 8100, title: "Only in the var_dump", content: "Its body.")
        let log = Array("[2024-05-01 10:00:00] DEBUG ".utf8) + (try WordPressForms.render(rows, as: .printR))
            + Array("\n[2024-05-01 10:00:01] DEBUG ".utf8) + (try Self.varDump(rows + [extra]))
        let dump = try Self.load(log)
        #expect(dump.posts.map(\.id) == rows.map(\.id) + [8100])
        #expect(dump.form == .printR)
        #expect(dump.warnings.map(\.code) == [.mixedForms] + rows.map { _ in .duplicatePost })
        #expect(dump.warnings.first?.message.contains("3 as print_r, 4 as var_dump") == true, "\(dump.warnings)")
        #expect(dump.warnings.dropFirst().map(\.postID) == rows.map(\.id))
        #expect(dump.posts.last?.content?.string == "Its body.")
    }

    /// The other order: the var_dump first reads the file, the print_r after it is still found, and the
    /// print_r-looking text inside the var_dump's strings is not read as a dump of its own.
    @Test func logWithVarDumpBeforePrintR() throws {
        let rows = Self.hostile
        let extra = Row(id: 8200, title: "Only in the print_r", content: "Its own body.")
        let log = Array("# var_dump at 10:00\n".utf8) + (try Self.varDump(rows))
            + Array("\n# print_r at 10:01\n".utf8) + (try WordPressForms.render(rows + [extra], as: .printR))
        let dump = try Self.load(log)
        #expect(dump.form == .varDump)
        #expect(dump.posts.map(\.id) == rows.map(\.id) + [8200])
        #expect(dump.posts.map { $0.content?.string ?? "" } == rows.map { UTF8Repair.foldCRLF($0.content) } + ["Its own body."])
        #expect(dump.warnings.map(\.code) == [.mixedForms] + rows.map { _ in .duplicatePost })
        #expect(dump.warnings.first?.message.contains("3 as var_dump, 4 as print_r") == true, "\(dump.warnings)")
    }
}
