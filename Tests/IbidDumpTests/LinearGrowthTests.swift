import Testing
import IbidTestSupport
@testable import IbidDump

/// Shapes that used to cost quadratic time, each read at N and 4N. The time limit only guards against
/// a hang (the speed itself is `ibid-bench`'s business); the assertions check the output is right.
@Suite("Linear growth on hostile shapes")
struct LinearGrowthTests {
    /// post_content holding ` [ID] => x ) y` over and over: every `[ID]` looks like a later record, and
    /// the look for the `)` that would end the record restarted from the value's start each time.
    @Test(.timeLimit(.minutes(1)), arguments: [20_000, 80_000])
    func contentFullOfRecordLikeKeys(count: Int) throws {
        let content = String(repeating: " [ID] => x ) y", count: count)
        let value = Fixtures.array([
            Fixtures.post(id: 1, title: "One", content: content),
            Fixtures.post(id: 2, title: "Two", content: "Plain"),
        ])
        for layout in [PrintRWriter.Layout.collapsed, .raw] {
            let dump = try Fixtures.load(PrintRWriter.write(value, layout: layout))
            #expect(dump.posts.map(\.id) == [1, 2])
            // Compared outside `#expect`, whose failure message would print megabytes.
            let whole = try #require(dump.posts.first?.content).string == content
            #expect(whole, "\(layout): the content is not read back whole")
            #expect(dump.posts[0].title == "One")
            #expect(dump.warnings.isEmpty)
        }
    }

    /// The same in a `stdClass` row, where the content is the last column.
    @Test(.timeLimit(.minutes(1)), arguments: [20_000, 80_000])
    func lastColumnFullOfRecordLikeKeys(count: Int) throws {
        let content = String(repeating: " [ID] => x ) y", count: count)
        let row = { (id: Int, body: String) in
            PrintRValue.object(className: "stdClass", [(key: "ID", value: .string(String(id))), (key: "post_title", value: .string("T\(id)")),
                                                        (key: "post_content", value: .string(body))])
        }
        let dump = try Fixtures.load(PrintRWriter.write(Fixtures.array([row(1, "a"), row(2, content), row(3, "c")]), layout: .collapsed))
        #expect(dump.posts.map(\.id) == [1, 2, 3])
        let whole = dump.posts[1].content?.string == content
        #expect(whole, "the content is not read back whole")
        #expect(dump.posts[2].content?.string == "c")
    }

    /// `Array ( [0] => ` nested N deep: parsed to the nesting cap, the rest kept whole as one text value
    /// with one warning (it used to be one value and one warning per level past the cap).
    @Test(.timeLimit(.minutes(1)), arguments: [10_000, 40_000])
    func deepNesting(depth: Int) throws {
        let nested = String(repeating: "Array ( [0] => ", count: depth) + "x" + String(repeating: " )", count: depth)
        for closed in [true, false] {
            let tail = closed ? " ) )" : ""
            let text = "Array ( [0] => stdClass Object ( [ID] => 9 [post_content] => c [extra] => \(closed ? nested : String(nested.prefix(depth * 15 + 1)))\(tail)"
            let dump = try Fixtures.load(text)
            #expect(dump.posts.map(\.id) == [9])
            #expect(dump.posts[0].content?.string == "c")
            #expect(dump.warnings.filter { $0.code == .tooDeep }.count == 1, "closed: \(closed)")
            #expect(dump.posts[0].truncated == !closed)
            // Walk [extra] down: arrays to the cap, then one text value holding the rest.
            var value = try #require(dump.roots.first?.container?["0"]?.container?["extra"])
            var levels = 0
            while let inner = value.container?["0"] {
                levels += 1
                value = inner
            }
            // The root array and the row take two of the cap's levels; [extra] and the arrays below it the rest.
            #expect(levels == PrintRParser.maxDepth - 2)
            let rest = try #require(value.text).string
            #expect(rest.hasPrefix("Array ( [0] => Array ( [0] => "))
            let remaining = depth - levels
            #expect(rest.utf8.count == remaining * 15 + 1 + (closed ? remaining * 2 : 0))
        }
    }

    /// A bad byte in every title of a one-line (collapsed) dump: each warning's position used to rescan
    /// the file from its start. Each position is checked against an independent count.
    @Test(.timeLimit(.minutes(1)), arguments: [5_000, 20_000])
    func invalidByteInEveryTitle(count: Int) throws {
        let posts = (1...count).map { Fixtures.post(id: $0, title: "Заголовок BADBYTE \($0)", content: "Текст \($0) [1] note") }
        var bytes = Array(PrintRWriter.write(Fixtures.array(posts), layout: .collapsed).utf8)
        var poisoned: [Int] = []
        let marker = Array("BADBYTE".utf8)
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker {
                bytes[i] = 0xFF
                poisoned.append(i)
                i += marker.count
            } else {
                i += 1
            }
        }
        #expect(poisoned.count == count)
        let dump = try Fixtures.load(bytes: bytes)
        #expect(dump.posts.count == count)
        #expect(dump.posts[count - 1].title == "Заголовок \u{FFFD}ADBYTE \(count)")
        let warnings = dump.warnings.filter { $0.code == .invalidUTF8 }
        #expect(warnings.count == count)
        // Line 1 throughout; the column is one more than the scalars before the byte, counted by the
        // standard library's decoder (each earlier 0xFF decodes to one U+FFFD, one column).
        var expected: [SourcePosition] = []
        var scalars = 0
        var from = 0
        for offset in poisoned {
            scalars += String(decoding: bytes[from..<offset], as: UTF8.self).unicodeScalars.count
            expected.append(SourcePosition(line: 1, column: scalars + 1))
            from = offset
        }
        #expect(warnings.map(\.position) == expected)
        #expect(warnings.map(\.postID) == Array(1...count))
    }
}
