import Foundation
import Testing
@testable import ibid

@Suite("ibid on the command line")
struct CLITests {
    @Test func listPrintsOneLineAChapter() throws {
        let result = try Binary.run(["list", Binary.samplePath])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines[0].hasPrefix("6005"))
        #expect(lines[0].contains("2021-07-22"))
        #expect(lines[0].hasSuffix("Retreating Rights - Kazakhstan: Executive Summary"))
        // The Kyrgyzstan report in its two editions (issue 11): 5612, 5607, then the Kyrgyz 5930, 5845, 5954.
        #expect(lines[5].contains(" ky "))
        #expect(lines[4].hasPrefix("5607"))
        #expect(lines[4].hasSuffix("[truncated]"))
        // The truncation is reported on stderr with its position, not mixed into the listing.
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("fpc-author-page.txt:167:"))
    }

    @Test func noFileReadsTheBundledSample() throws {
        let result = try Binary.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 12)
    }

    @Test func listJSONHasTheSameFields() throws {
        let result = try Binary.run(["list", Binary.samplePath, "--json", "--quiet-warnings"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 12)
        #expect(rows.compactMap { $0["id"] as? Int } == [6005, 6003, 5987, 5612, 5607, 5930, 5845, 5954, 5811, 5806, 5763, 5636])
        #expect(rows[0]["date"] as? String == "2021-07-22 11:10:45")
        #expect(rows[6]["language"] as? String == "ky")
        #expect(rows[4]["truncated"] as? Bool == true)
    }

    @Test func exportFollowsTheSchema() throws {
        let result = try Binary.run(["export", Binary.samplePath, "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "ibid/1")
        let source = try #require(root["source"] as? [String: Any])
        #expect(source["kind"] as? String == "print_r")
        #expect(source["bytes"] as? Int == 868_528)
        let page = try #require(source["page"] as? [String: Any])
        #expect(page["name"] as? String == "Adam Hug")
        #expect(page["role"] as? String == "Director")
        let warnings = try #require(root["warnings"] as? [[String: Any]])
        #expect(warnings.first?["code"] as? String == "truncated")
        #expect(warnings.first?["line"] as? Int == 167)
        #expect(warnings.first?["chapter"] as? Int == 5607)
        let reports = try #require(root["reports"] as? [[String: Any]])
        let chapters = reports.flatMap { ($0["chapters"] as? [[String: Any]]) ?? [] }
        #expect(chapters.count == 12)
        let first = chapters[0]
        for key in ["id", "title", "postTitle", "date", "slug", "url", "language", "truncated", "sections", "notes", "findings"] {
            #expect(first[key] != nil, "chapter field \(key)")
        }
        #expect(first["url"] as? String == "https://fpc.org.uk/?p=6005")
        #expect(chapters[4]["truncated"] as? Bool == true)
        #expect(chapters[4]["postTitle"] as? String == "")
        #expect(chapters[4]["title"] as? String == "Introduction: Examining the pressure on human rights in Kyrgyzstan")
    }

    @Test func standardInputIsADumpToo() throws {
        let sample = try Data(contentsOf: URL(fileURLWithPath: Binary.samplePath))
        let result = try Binary.run(["list", "-"], stdin: sample)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 12)
    }

    static let badInputs: [(name: String, contents: Data, status: Int32, reason: String)] = [
        ("empty", Data(), 65, "empty file"),
        ("binary", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0, count: 64)), 65, "binary"),
        ("random", Data((0..<20_000).map { UInt8(truncatingIfNeeded: ($0 &* 7919) ^ ($0 >> 3)) }), 65, "binary"),
        ("prose", Data("Just an article.\n\nNo dump here, only (parentheses) and [brackets].\n".utf8), 65, "no print_r dump"),
        ("no posts", Data("Array ( [0] => Array ( [a] => 1 ) )".utf8), 65, "no WordPress posts"),
    ]

    @Test(arguments: 0..<badInputs.count)
    func badDataIsOneLineAndStatus65(index: Int) throws {
        let bad = Self.badInputs[index]
        let file = try Binary.temporaryFile(bad.contents)
        let result = try Binary.run(["list", file.path])
        #expect(result.status == bad.status, "\(bad.name)")
        #expect(result.stdout.isEmpty, "\(bad.name): no invented chapters")
        #expect(result.stderrLines.count == 1, "\(bad.name): \(result.stderr)")
        #expect(result.stderr.hasPrefix("ibid: \(file.path):"), "\(bad.name): \(result.stderr)")
        #expect(result.stderr.contains(bad.reason), "\(bad.name): \(result.stderr)")
        let position = result.stderr.dropFirst("ibid: \(file.path):".count).split(separator: ":").prefix(2)
        #expect(bad.name == "empty" || position.allSatisfy { Int($0) != nil }, "\(bad.name) names line:column: \(result.stderr)")
    }

    @Test func unopenablePathsExit66() throws {
        let file = try Binary.temporaryFile(Data("x".utf8))
        for path in ["/no/such/dump.txt", file.path + "/inside-a-file"] {
            let result = try Binary.run(["list", path])
            #expect(result.status == 66, "\(path)")
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.hasPrefix("ibid: \(path): "), "\(result.stderr)")
        }
        // A directory is read as the dumps in it (issue 11); one with none that can be read cannot be
        // opened as a library: each file skipped is said, then one line for the directory.
        let dir = file.deletingLastPathComponent().path
        let result = try Binary.run(["list", dir])
        #expect(result.status == 66)
        #expect(result.stderrLines.count == 2)
        #expect(result.stderrLines.first?.hasSuffix("(skipped)") == true)
        #expect(result.stderrLines.last == "ibid: \(dir): no dump could be read (1 file skipped)")
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
            let result = try Binary.run(["list", file.path])
            #expect(result.status == 66)
        }
    }

    @Test func aBinaryWithoutItsSampleSaysSo() throws {
        let copy = try Binary.temporaryFile(try Data(contentsOf: Binary.url), name: "ibid")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        var environment = ProcessInfo.processInfo.environment
        environment["IBID_SAMPLE"] = nil
        // Tests run in parallel: another test's child, forked while the copy was open for writing,
        // holds that descriptor until it execs, and running a file open for writing fails with
        // ETXTBSY. That passes within moments; try again rather than fail.
        var attempt = 0
        var run: Binary.Result?
        while run == nil {
            do {
                run = try Binary.run(["list"], executable: copy, environment: environment)
            } catch let error as NSError where attempt < 50 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                attempt += 1
                usleep(100_000)
            }
        }
        let result = try #require(run)
        #expect(result.status == 66)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("bundled sample"))
        #expect(result.stdout.isEmpty)
    }

    @Test func argumentsParseAsDocumented() throws {
        let list = try #require(try Ibid.parseAsRoot(["list", "x.txt", "--json"]) as? ListCommand)
        #expect(list.json)
        #expect(list.dump.files == ["x.txt"])
        let export = try #require(try Ibid.parseAsRoot(["export", "--format", "json"]) as? ExportCommand)
        #expect(export.format == .json)
        #expect(export.dump.files.isEmpty)
        #expect(throws: (any Error).self) { try Ibid.parseAsRoot(["export", "--format", "yaml"]) }
        let usage = try Binary.run(["export", "--format", "yaml"])
        #expect(usage.status == 64)
    }
}
