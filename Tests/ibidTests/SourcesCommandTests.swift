import Foundation
import IbidDocument
import IbidTestSupport
import Testing

/// `ibid sources` (issue 11): every cited URL by domain, as text or JSON. Expected counts are
/// computed here from the notes' text with a regular expression.
@Suite("ibid sources")
struct SourcesCommandTests {
    static func expectedCounts() throws -> [String: Int] {
        let library = try Library.load(path: Binary.samplePath)
        return NoteDomains.distinctNotesCiting(library.chapters.flatMap { library.content(of: $0).notes.map(\.plainText) })
    }

    static func json(_ file: String = Binary.samplePath) throws -> [String: Any] {
        let result = try Binary.run(["sources", file, "--json", "--quiet-warnings"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func jsonHasTheIssuesShapeAndCounts() throws {
        let root = try Self.json()
        #expect(Set(root.keys) == Set(SourcesKey.allCases.map(\.rawValue)))
        let domains = try #require(root["domains"] as? [[String: Any]])
        var counts: [String: Int] = [:]
        for d in domains {
            #expect(Set(d.keys) == Set(SourceDomainKey.allCases.map(\.rawValue)))
            let name = try #require(d["domain"] as? String)
            counts[name] = d["notes"] as? Int
            let urls = try #require(d["urls"] as? [[String: Any]])
            var notes = Set<String>()
            for u in urls {
                #expect(Set(u.keys) == Set(SourceURLKey.allCases.map(\.rawValue)))
                for c in try #require(u["citedBy"] as? [[String: Any]]) {
                    #expect(Set(c.keys) == Set(CitingNoteKey.allCases.map(\.rawValue)))
                    notes.insert("\(c["chapter"] ?? "")/\(c["note"] ?? "")/\(c["scope"] ?? "")")
                }
            }
            #expect(notes.count == d["notes"] as? Int, "\(name): notes counts the distinct notes of its URLs")
        }
        #expect(counts == (try Self.expectedCounts()))
        #expect(domains.first?["domain"] as? String == "rferl.org")
    }

    /// 6003's notes 31 and 32 and its note 130 cite the OSCE's report on the 2021 elections (read
    /// in the sample); the human output shows 31 and 32 as one source cited twice.
    @Test func identicalNotesAreOneSourceInTheTextOutput() throws {
        let root = try Self.json()
        let urls = ((root["domains"] as? [[String: Any]]) ?? []).flatMap { ($0["urls"] as? [[String: Any]]) ?? [] }
        let osce = try #require(urls.first { $0["url"] as? String == "https://www.osce.org/odihr/elections/kazakhstan/470850" })
        let cited = ((osce["citedBy"] as? [[String: Any]]) ?? []).map { "\($0["chapter"] ?? "") \($0["note"] ?? "")" }
        #expect(cited == ["6003 31", "6003 32", "6003 130"])

        let text = try Binary.run(["sources", Binary.samplePath, "--quiet-warnings"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex(of: "  https://www.osce.org/odihr/elections/kazakhstan/470850"))
        #expect(lines[at + 1] == "      cited by 6003 note 31, note 32 (identical notes)")
        #expect(lines[at + 2] == "      cited by 6003 note 130")
        #expect(lines.contains { $0.hasPrefix("osce.org — ") })
    }

    @Test func hostileURLsAreShownNotSent() throws {
        let file = try Binary.temporaryFile(HostileOutputTests.dump())
        let result = try Binary.run(["sources", file.path, "--quiet-warnings"])
        HostileOutputTests.expectClean(result, "sources")
        #expect(result.stdout.contains("https://evil.example/^[") || result.stdout.contains("https://x.example/^["), "\(result.stdout)")
        let json = try Binary.run(["sources", file.path, "--json", "--quiet-warnings"])
        HostileOutputTests.expectClean(json, "sources --json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let urls = ((root["domains"] as? [[String: Any]]) ?? []).flatMap { ($0["urls"] as? [[String: Any]]) ?? [] }.compactMap { $0["url"] as? String }
        #expect(urls.contains { $0.contains("\u{1B}") }, "JSON escapes the ESC and still carries it")
    }

    @Test func aDumpWithoutURLsSaysSo() throws {
        let text = "Array\n(\n    [0] => WP_Post Object\n        (\n            [ID] => 7\n"
            + "            [post_content] => <p>Text.[1]</p><p>[1] A book, 1999.</p>\n            [post_title] => Plain\n        )\n\n)\n"
        let file = try Binary.temporaryFile(Data(text.utf8))
        let result = try Binary.run(["sources", file.path, "--quiet-warnings"])
        #expect(result.status == 0)
        #expect(result.stdout == "no URLs in the notes\n")
        #expect(try Self.json(file.path)["domains"] as? [Any] != nil)
    }

    /// `ibid screen` reports `o` and `y` on its status line and runs nothing: a browser script that
    /// would record its argument is never started.
    @Test func screenRunsNoBrowser() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let record = dir.appendingPathComponent("opened")
        let script = dir.appendingPathComponent("browser.sh")
        try "#!/bin/sh\necho \"$1\" >> '\(record.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var env = ProcessInfo.processInfo.environment
        env["BROWSER"] = script.path
        let result = try Binary.run(["screen", Binary.samplePath, "--open", "6003", "--size", "100x24", "--keys", "5<Enter>o", "--quiet-warnings"], environment: env)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last?.contains("opening https://www.cia.gov/") == true)
        #expect(!FileManager.default.fileExists(atPath: record.path), "ibid screen started the browser")
        HostileOutputTests.expectClean(result, "screen")
    }
}
