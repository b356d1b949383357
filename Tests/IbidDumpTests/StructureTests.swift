import Foundation
import Testing
import IbidTestSupport
@testable import IbidDump

@Suite("Hand-written dumps")
struct StructureTests {
    @Test(arguments: [PrintRWriter.Layout.raw, .collapsed])
    func nestedArraysObjectsAndVisibilityKeys(layout: PrintRWriter.Layout) throws {
        let query = PrintRValue.object(className: "WP_Query", [
            (key: "query", value: .array([(key: "post_type", value: .string("post"))])),
            (key: "tax_query:protected", value: .array([])),
            (key: "meta:WP_Query:private", value: .object(className: "Some\\Meta", [(key: "x", value: .string("1"))])),
            (key: "posts", value: Fixtures.array([
                Fixtures.post(id: 10, title: "Ten", content: "Body of ten [1]\n[1] Note"),
                Fixtures.post(id: 11, title: "Eleven", content: "Body of eleven"),
            ])),
            (key: "post", value: Fixtures.post(id: 10, title: "Ten", content: "Body of ten [1]\n[1] Note")),
            (key: "post_count", value: .string("2")),
        ])
        let dump = try Fixtures.load(PrintRWriter.write(query, layout: layout))
        #expect(dump.posts.map(\.id) == [10, 11])
        #expect(dump.posts[0].content?.string == "Body of ten [1]\n[1] Note")
        #expect(dump.warnings.map(\.code) == [.duplicatePost])
        let root = try #require(dump.roots.first?.container)
        #expect(dump.roots.first?.className == "WP_Query")
        #expect(root.entries.map(\.key.description) == ["[query]", "[tax_query:protected]", "[meta:WP_Query:private]", "[posts]", "[post]", "[post_count]"])
        #expect(root.entries[1].key.visibility == .protected)
        #expect(root.entries[2].key.declaringClass == "WP_Query")
        #expect(root.entries[1].value.container?.entries.isEmpty == true)
        #expect(root.entries[2].value.className == "Some\\Meta")
        #expect(root["post_count"]?.text?.string == "2")
        #expect(root["query"]?.container?["post_type"]?.text?.string == "post")
    }

    @Test(arguments: [PrintRWriter.Layout.raw, .collapsed])
    func valuesHoldingBracketsParenthesesAndArrows(layout: PrintRWriter.Layout) throws {
        let tricky = """
            [vc_row full_width="true"][vc_column]Text (with parens) and [12] cites => arrows ) here \
            [post_title] is named, [x] => y, Array ( [0] => z ) and ) [ ] (
            [1] Ibid.
            """
        let value = Fixtures.array([
            Fixtures.post(id: 1, title: "A (title) [with] => brackets", content: tricky),
            Fixtures.post(id: 2, title: "Second", content: "Plain"),
        ])
        let dump = try Fixtures.load(PrintRWriter.write(value, layout: layout))
        #expect(dump.posts.map(\.id) == [1, 2])
        #expect(dump.posts[0].content?.string == tricky)
        #expect(dump.posts[0].title == "A (title) [with] => brackets")
        #expect(dump.posts[1].title == "Second")
        #expect(dump.posts.allSatisfy { !$0.truncated })
    }

    @Test func emptyArraysAndEmptyValues() throws {
        let text = "Array ( [0] => stdClass Object ( [ID] => 5 [post_title] => [post_content] => Hello [tags] => Array ( ) ) )"
        let dump = try Fixtures.load(text)
        #expect(dump.posts.count == 1)
        #expect(dump.posts[0].title == "")
        #expect(dump.posts[0].content?.string == "Hello")
        #expect(dump.posts[0].className == "stdClass")
        let raw = "Array\n(\n    [0] => Array\n        (\n            [ID] => 7\n            [post_content] => Hi\n            [terms] => Array\n                (\n                )\n\n        )\n\n)\n"
        let rawDump = try Fixtures.load(raw)
        #expect(rawDump.posts.map(\.id) == [7])
        #expect(rawDump.posts[0].content?.string == "Hi")
        #expect(rawDump.warnings.isEmpty)
    }

    @Test func sampleShapeWithoutSpaceAfterClosingParen() throws {
        let one = PrintRWriter.write(Fixtures.post(id: 1, title: "One", content: "x"), layout: .collapsed)
        let two = PrintRWriter.write(Fixtures.post(id: 2, title: "Two", content: "y (z)"), layout: .collapsed)
        let dump = try Fixtures.load("Array ( [0] => \(one)[1] => \(two) )")
        #expect(dump.posts.map(\.title) == ["One", "Two"])
        #expect(dump.posts[1].content?.string == "y (z)")
    }

    static let small = PrintRWriter.write(Fixtures.array([Fixtures.post(id: 42, title: "Answer", content: "Line one\nLine two")]), layout: .raw)

    @Test func dumpInsidePre() throws {
        let dump = try Fixtures.load("<html><body><h1>Jane Doe</h1>\n<pre>\(Self.small)</pre>\n<footer>(c) Site ) [x] => y</footer>")
        #expect(dump.posts.map(\.id) == [42])
        #expect(dump.posts[0].content?.string == "Line one\nLine two")
        #expect(dump.page.name == "Jane Doe")
    }

    @Test(arguments: ["[29-Aug-2025 07:13:10 UTC] ", "2021-01-08 16:40:37 - "])
    func logLinePrefix(prefix: String) throws {
        let dump = try Fixtures.load("[29-Aug-2025 07:13:09 UTC] PHP Notice: something\n" + prefix + Self.small)
        #expect(dump.posts.map(\.id) == [42])
        #expect(dump.posts[0].content?.string == "Line one\nLine two")
        #expect(dump.warnings.isEmpty)
    }

    @Test(arguments: ["// ", " * ", "# "])
    func commentPrefixOnEveryLine(prefix: String) throws {
        let lines = Self.small.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // Editors strip the trailing space of a prefix on an otherwise blank line.
        let commented = lines.map { $0.isEmpty ? String(prefix.dropLast()) : prefix + $0 }.joined(separator: "\n")
        let dump = try Fixtures.load("/*\n\(commented)\n */\nnext();\n")
        #expect(dump.posts.map(\.id) == [42])
        #expect(dump.posts[0].content?.string == "Line one\nLine two")
        #expect(dump.posts[0].title == "Answer")
        #expect(dump.posts.allSatisfy { !$0.truncated })
    }

    @Test func crlfLineEnds() throws {
        let dump = try Fixtures.load(Self.small.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(dump.posts[0].content?.string == "Line one\nLine two")
        #expect(dump.posts[0].title == "Answer")
    }

    @Test func entityEscapedDump() throws {
        let escaped = Self.small.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "Line one", with: "Line &lt;b&gt;one&lt;/b&gt;")
        let dump = try Fixtures.load("<p>Escaped</p>\n" + escaped)
        #expect(dump.posts.map(\.id) == [42])
        #expect(dump.posts[0].content?.string == "Line <b>one</b>\nLine two")
    }

    @Test func invalidUTF8IsRepairedAndReported() throws {
        var bytes = Array(PrintRWriter.write(Fixtures.array([Fixtures.post(id: 3, title: "Bad TITLE", content: "Bad CONTENT")]), layout: .collapsed).utf8)
        func poison(_ word: String) {
            let w = Array(word.utf8)
            let at = (0...(bytes.count - w.count)).first { Array(bytes[$0..<($0 + w.count)]) == w }!
            bytes[at] = 0xFF
        }
        poison("TITLE")
        poison("CONTENT")
        let dump = try Fixtures.load(bytes: bytes)
        #expect(dump.posts[0].title == "Bad \u{FFFD}ITLE")
        let decoded = try #require(dump.posts[0].content).decode()
        #expect(decoded.text == "Bad \u{FFFD}ONTENT")
        #expect(decoded.firstInvalidOffset != nil)
        let warning = try #require(dump.warnings.first { $0.code == .invalidUTF8 })
        #expect(warning.message.contains("[post_title]"))
        #expect(warning.position?.line == 1)
    }

    @Test func multipleDumpsInOneLog() throws {
        let a = PrintRWriter.write(Fixtures.array([Fixtures.post(id: 1, title: "A", content: "a")]), layout: .raw)
        let b = PrintRWriter.write(Fixtures.array([Fixtures.post(id: 2, title: "B", content: "b")]), layout: .raw)
        let dump = try Fixtures.load("[01-Jan-2024 00:00:00 UTC] " + a + "[01-Jan-2024 00:00:01 UTC] " + b)
        #expect(dump.posts.map(\.id) == [1, 2])
        #expect(dump.posts[0].content?.string == "a")
    }

    @Test func tooDeepNestingIsKeptAsText() throws {
        let depth = 400
        let nested = String(repeating: "Array ( [a] => ", count: depth) + "x" + String(repeating: " )", count: depth)
        let text = "Array ( [0] => stdClass Object ( [ID] => 9 [post_content] => c [extra] => \(nested) ) )"
        let dump = try Fixtures.load(text)
        #expect(dump.posts.map(\.id) == [9])
        #expect(dump.warnings.contains { $0.code == .tooDeep })
    }
}
