import IbidDump
import IbidTestSupport
import Testing
@testable import IbidDocument

/// Markdown export never leaves a footnote reference without its definition, and text that starts
/// a block cannot turn into a list or code block (issue 9, Command line).
@Suite("Markdown export: footnotes and block starts")
struct MarkdownExportTests {
    /// `[^label]` references (not definitions) and `[^label]:` definitions, by a plain scan.
    static func footnotes(in markdown: String) -> (references: Set<String>, definitions: Set<String>) {
        var references = Set<String>(), definitions = Set<String>()
        var rest = markdown[...]
        while let open = rest.range(of: "[^") {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            let label = String(rest[open.upperBound..<close])
            let after = rest.index(after: close)
            let atLineStart = open.lowerBound == markdown.startIndex || markdown[markdown.index(before: open.lowerBound)] == "\n"
            if atLineStart && after < rest.endIndex && rest[after] == ":" { definitions.insert(label) } else { references.insert(label) }
            rest = rest[after...]
        }
        return (references, definitions)
    }

    /// `123] ` or `1] of box 1 `: number and scope of every "has no note" comment in `markdown`.
    static func unnoted(in markdown: String) -> [String] {
        markdown.components(separatedBy: "<!-- ibid: marker [").dropFirst().map { $0.components(separatedBy: "has no note").first ?? "" }
    }

    @Test func everyReferenceInTheSampleHasItsDefinition() throws {
        let library = try Library.load(path: TestPaths.sample)
        let markdown = MarkdownExport.string(library)
        let (references, definitions) = Self.footnotes(in: markdown)
        #expect(references.count > 600)
        #expect(references.subtracting(definitions).isEmpty, "\(references.subtracting(definitions).sorted().prefix(5))")
        // The markers left as text are exactly those the audit finds without a note, chapter by chapter.
        var checked = 0
        library.forEachContent { chapter, content in
            let text = MarkdownExport.chapterText(chapter, content: content)
            let written = Set(Self.unnoted(in: text))
            let found = Set(content.findings.filter { $0.code == .undefinedCitation }.map { finding -> String in
                "\(finding.number ?? -1)] " + (finding.scope == .chapter ? "" : "of \(finding.scope) ")
            })
            #expect(written == found, "chapter \(chapter.id)")
            checked += found.count
            // Each is plain `\[n\]` before its comment, not a reference.
            for number in written.map({ $0.prefix { $0 != "]" } }) {
                #expect(text.contains("\\[\(number)\\]<!-- ibid: marker [\(number)]"))
            }
        }
        // 5607's [123]–[185] have their notes from the Kyrgyz edition since issue 11: only the box's [1] is left.
        #expect(checked == 1, "the box's [1] in 5607")
        let cut = MarkdownExport.chapterText(library.chapter(id: 5607)!, content: library.content(of: library.chapter(id: 5607)!))
        #expect(cut.contains("[^c5607-150]: "))
        #expect(cut.components(separatedBy: "(from the Kyrgyz edition, 5845)").count - 1 == 63)
    }

    static let starts = ["- not a list", "+ nor this", "1. nor a numbered list", "12) nor this", "~~~ nor a fence",
                         "    nor code", "-", "2021 was a year", "1.5 million people", "A plain sentence."]

    @Test func blockStartsAreEscaped() throws {
        let dump = "Array ( [0] => WP_Post Object ( [ID] => 7 [post_content] => x [post_title] => T ) )"
        let library = Library(dump: try DumpLoader.load(DumpBytes(dump), path: "t.txt"))
        let chapter = try #require(library.chapters.first)
        let content = ChapterContent(sections: [
            Section(blocks: Self.starts.map { .paragraph([.text($0)]) }),
            Section(blocks: [.list(Self.starts.map { [.text($0)] }), .quote([.text("- quoted")])]),
            Section(heading: "Box", kind: .box, blocks: [.paragraph([.text("3. boxed")])], boxIndex: 0),
        ], notes: [Note(number: 1, scope: .chapter, text: [.text("- a note")], urls: [])], findings: [])
        let text = MarkdownExport.chapterText(chapter, content: content)
        let lines = text.split(separator: "\n").map(String.init)
        // The second method: CommonMark's own list-item, fence and indented-code starts, on each
        // line after the quote and list prefixes this exporter writes itself.
        func body(_ line: String) -> String {
            var s = line[...]
            if s.hasPrefix("> ") { s = s.dropFirst(2) }
            if s.hasPrefix("- ") { s = s.dropFirst(2) }
            if s.hasPrefix("[^c7-1]: ") { s = s.dropFirst("[^c7-1]: ".count) }
            return String(s)
        }
        for line in lines.map(body) where !line.hasPrefix("#") && !line.hasPrefix("*") && line != ">" {
            #expect(line.wholeMatch(of: /( {0,3})([-+*]|\d{1,9}[.)])( .*)?/) == nil, "list item: \(line)")
            #expect(line.firstMatch(of: /^ {0,3}(~~~|```)/) == nil, "fence: \(line)")
            #expect(!line.hasPrefix("    ") && !line.hasPrefix("\t"), "code: \(line)")
        }
        // Nothing is lost: without the escapes, each text reads as given (less indentation).
        let unescaped = lines.map { body($0).replacingOccurrences(of: "\\", with: "") }
        for start in Self.starts {
            let shown = String(start.drop { $0 == " " })
            #expect(unescaped.filter { $0 == shown }.count == 2, "\(start) as a paragraph and a list item")
        }
        #expect(unescaped.contains("3. boxed") && unescaped.contains("- quoted") && unescaped.contains("- a note"))
        #expect(lines.contains("\\- not a list") && lines.contains("12\\) nor this") && lines.contains("2021 was a year"))
    }

    /// A box citation with no note says which box; one with a note is a reference.
    @Test func unnotedBoxMarkerNamesTheBox() throws {
        let dump = "Array ( [0] => WP_Post Object ( [ID] => 7 [post_content] => x [post_title] => T ) )"
        let library = Library(dump: try DumpLoader.load(DumpBytes(dump), path: "t.txt"))
        let chapter = try #require(library.chapters.first)
        let content = ChapterContent(sections: [
            Section(heading: "Box", kind: .box, blocks: [.paragraph([.text("A claim."), .citation(Citation(number: 2, scope: .box(0))),
                                                                    .text(" Another."), .citation(Citation(number: 1, scope: .box(0)))])], boxIndex: 0),
        ], notes: [Note(number: 1, scope: .box(0), text: [.text("Source.")], urls: [])], findings: [])
        let text = MarkdownExport.chapterText(chapter, content: content)
        #expect(text.contains("A claim.\\[2\\]<!-- ibid: marker [2] of box 1 has no note in the dump --> Another.[^c7-b1-1]"))
        #expect(text.contains("\n[^c7-b1-1]: Source.\n"))
    }
}
