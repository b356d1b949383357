import Foundation
import IbidTestSupport
import Testing

/// Issue 11, many dumps: every command takes several files and directories as one library.
/// Expectations come from the files the tests write (which posts each holds), not from ibid's output.
@Suite("Several dumps")
struct ManyDumpsTests {
    /// A directory holding the sample as `a.txt`, and `sub/b.txt`: the sample again with post 5636
    /// retitled (the same site dumped twice, one post edited), plus things a walk must not take.
    static func library() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-many-\(UUID().uuidString)")
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let sample = try String(contentsOfFile: Binary.samplePath, encoding: .utf8)
        try sample.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let edited = sample.replacingOccurrences(of: "[post_title] => Building on the Integrated Review ",
                                                 with: "[post_title] => Building on the Integrated Review, revised ")
        #expect(edited != sample)
        try edited.write(to: sub.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        // Not dumps, hidden, or a loop: skipped with a warning, ignored, never followed.
        try "just some notes\n".write(to: dir.appendingPathComponent("junk.txt"), atomically: true, encoding: .utf8)
        try sample.write(to: dir.appendingPathComponent(".hidden.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: "..")
        return dir
    }

    static let sampleIDs = [6005, 6003, 5987, 5612, 5607, 5930, 5845, 5954, 5811, 5806, 5763, 5636]

    @Test func aDirectoryIsWalkedSortedWithoutHiddenFilesOrLoops() throws {
        let dir = try Self.library()
        let result = try Binary.run(["list", dir.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // a.txt's chapters under its path, then sub/b.txt's one post that differs.
        #expect(lines.first == dir.path + "/a.txt:")
        let bHeader = try #require(lines.firstIndex(of: dir.path + "/sub/b.txt:"))
        let aRows = lines[1..<bHeader].filter { !$0.isEmpty }
        #expect(aRows.count == 12)
        #expect(aRows.contains { $0.hasPrefix("1:5636  ") && $0.hasSuffix("Building on the Integrated Review") })
        let bRows = lines[(bHeader + 1)...].filter { !$0.isEmpty }
        #expect(bRows == ["2:5636  2021-03-16  en  Building on the Integrated Review, revised"])
        // The other eleven posts are the same posts: kept once, each with a warning naming a.txt.
        let duplicates = result.stderrLines.filter { $0.contains("is also in \(dir.path)/a.txt; the first copy is kept") }
        #expect(duplicates.count == 11)
        // junk.txt is not a dump: a warning, and the rest is read; the hidden file is never read.
        #expect(result.stderrLines.contains { $0.contains("junk.txt") && $0.hasSuffix("(skipped)") })
        #expect(!result.stderr.contains(".hidden.txt"))
        #expect(!result.stdout.contains("loop"))
    }

    @Test func aNamedFileThatIsNoDumpStillFails() throws {
        let dir = try Self.library()
        let result = try Binary.run(["list", dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("junk.txt").path, "--quiet-warnings"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("junk.txt"))
        let twice = try Binary.run(["list", "-", "-"], stdin: Data())
        #expect(twice.status == 64)
    }

    @Test func notesTakeAnAddressWhenTwoFilesShareAnID() throws {
        let dir = try Self.library()
        let a = dir.appendingPathComponent("a.txt").path, b = dir.appendingPathComponent("sub/b.txt").path
        let ambiguous = try Binary.run(["notes", "5636", a, b, "--quiet-warnings"])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("1:5636, 2:5636"))
        let second = try Binary.run(["notes", "2:5636", a, b, "--quiet-warnings"])
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("2:5636  Building on the Integrated Review, revised — 5 notes"))
        // An ID only one file holds needs no prefix.
        let unique = try Binary.run(["notes", "6003", a, b, "--quiet-warnings"])
        #expect(unique.stdout.hasPrefix("6003  Retreating Rights - Kazakhstan: Introduction — 140 notes"))
    }

    @Test func checkSearchAndExportReadEveryFile() throws {
        let dir = try Self.library()
        let a = dir.appendingPathComponent("a.txt").path, b = dir.appendingPathComponent("sub/b.txt").path
        let check = try Binary.run(["check", a, b, "--quiet-warnings"])
        #expect(check.status == 1)  // the box's [1] in 5607 still has no note
        #expect(check.stdout.hasSuffix("13 chapters checked: 2 findings in 1 chapter; 63 recovered from other editions\n"))
        // `Integrated Review` is in 5636's title and text: the retitled copy in b.txt is searched too.
        let one = try Binary.run(["search", "Integrated Review", a, "--count", "--quiet-warnings"])
        let both = try Binary.run(["search", "Integrated Review", a, b, "--count", "--quiet-warnings"])
        let perFile = try #require(Int(one.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(perFile > 0)
        #expect(Int(both.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == 2 * perFile)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(try Binary.run(["search", "Integrated Review", a, b, "--json", "--quiet-warnings"]).stdout.utf8)) as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["file"] as? String }) == [a, b])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(try Binary.run(["list", a, b, "--json", "--quiet-warnings"]).stdout.utf8)) as? [[String: Any]])
        #expect(listed.filter { $0["id"] as? Int == 5636 }.map { $0["file"] as? String } == [a, b])

        let export = try Binary.run(["export", "--compact", a, b, "--quiet-warnings"])
        #expect(export.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "ibid/1")
        #expect(root["source"] == nil)
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.map { $0["path"] as? String } == [a, b])
        let chapters = (root["reports"] as! [[String: Any]]).flatMap { $0["chapters"] as! [[String: Any]] }
        let pairs = chapters.map { "\($0["file"] as! Int):\($0["id"] as! Int)" }
        #expect(pairs.sorted() == (Self.sampleIDs.map { "0:\($0)" } + ["1:5636"]).sorted())
        let warnings = try #require(root["warnings"] as? [[String: Any]])
        #expect(warnings.filter { $0["code"] as? String == "duplicate-post" }.allSatisfy { $0["file"] as? Int == 1 })
        #expect(warnings.filter { $0["code"] as? String == "duplicate-post" }.count == 11)
    }

    @Test func theReaderListsEachFileAndOpensAnAddress() throws {
        let dir = try Self.library()
        let a = dir.appendingPathComponent("a.txt").path, b = dir.appendingPathComponent("sub/b.txt").path
        let screen = try Binary.run(["screen", a, b, "--size", "140x40", "--open", "2:5636", "--quiet-warnings"])
        #expect(screen.status == 0)
        let rows = screen.stdout.split(separator: "\n").map(String.init)
        #expect(rows[0].contains("Building on the Integrated Review, revised"))
        #expect(rows.filter { $0.hasPrefix(" ▤ ") }.count == 2)
        let aRow = try #require(rows.firstIndex { $0.hasPrefix(" ▤ ") && $0.contains("a.txt") })
        let bRow = try #require(rows.lastIndex { $0.hasPrefix(" ▤ ") && $0.contains("/sub/b.txt") })
        #expect(aRow < bRow)
        // The list's b.txt part is its one differing post.
        #expect(rows[bRow + 1].contains("Building on th"))
    }

    @Test func oneFileKeepsTheExactSingleFileShape() throws {
        let dir = try Self.library()
        let one = try Binary.run(["export", "--compact", dir.appendingPathComponent("a.txt").path, "--quiet-warnings"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["schema", "source", "warnings", "reports"])
        let chapters = (root["reports"] as! [[String: Any]]).flatMap { $0["chapters"] as! [[String: Any]] }
        #expect(chapters.allSatisfy { $0["file"] == nil })
    }
}
