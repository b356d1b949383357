import Foundation
import Testing
@testable import ibid

@Suite("notes, check, search and export on the command line")
struct DocumentCommandTests {
    @Test func notesOfAChapter() throws {
        let result = try Binary.run(["notes", "6003", Binary.samplePath, "--quiet-warnings"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "6003  Retreating Rights - Kazakhstan: Introduction — 140 notes")
        #expect(lines[1].hasPrefix("[1] Francisco Olmos, State-building myths in Central Asia"))
        #expect(lines[2] == "     cited in: A very brief history of Kazakhstan")
        let ibid = try #require(lines.firstIndex { $0.hasPrefix("[39] Ibid. → [38] ") })
        #expect(lines[ibid + 1] == "     cited in: The situation today: Politics and protest")
    }

    @Test func notesAsJSON() throws {
        let result = try Binary.run(["notes", "6003", Binary.samplePath, "--json", "--quiet-warnings"])
        let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let notes = try #require(root["notes"] as? [[String: Any]])
        #expect(notes.count == 140)
        #expect(notes[38]["ibid"] as? Int == 38)
        #expect((notes[0]["urls"] as? [String]) == ["https://fpc.org.uk/state-building-myths-in-central-asia/"])
        let cited = try #require(notes[0]["citedIn"] as? [[String: Any]])
        #expect(cited.first?["heading"] as? String == "A very brief history of Kazakhstan")
    }

    @Test func unknownChapterIsAUsageError() throws {
        let result = try Binary.run(["notes", "42", Binary.samplePath, "--quiet-warnings"])
        #expect(result.status == 64)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("no chapter with ID 42"))
    }

    @Test func checkGroupsFindingsByChapterAndExitsOne() throws {
        let result = try Binary.run(["check", Binary.samplePath, "--quiet-warnings"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "5607  Introduction: Examining the pressure on human rights in Kyrgyzstan  [truncated]")
        // Issue 11: 123–185 come from the Kyrgyz edition, information that does not fail the check.
        #expect(lines.contains { $0.contains("recovered-note [123]–[185] (chapter): 63 alike") && $0.hasSuffix("note 123 recovered from the Kyrgyz edition, 5845") })
        #expect(!lines.contains { $0.contains("undefined-citation [123]") })
        #expect(lines.last == "12 chapters checked: 2 findings in 1 chapter; 63 recovered from other editions")
        let json = try Binary.run(["check", Binary.samplePath, "--json", "--quiet-warnings"])
        let chapters = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(chapters.count == 12)
        let findings = chapters.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        #expect(findings.count == 65)
    }

    @Test func checkOfACleanDumpExitsZero() throws {
        let clean = "Array ( [0] => WP_Post Object ( [ID] => 1 [post_content] => A claim.[1]\u{A0}[1] Its source. [post_title] => Clean ) )"
        let file = try Binary.temporaryFile(Data(clean.utf8))
        let result = try Binary.run(["check", file.path])
        #expect(result.status == 0)
        #expect(result.stdout == "1 chapter checked: no findings\n")
    }

    @Test func searchFindsBodyAndNotesCaseInsensitively() throws {
        let result = try Binary.run(["search", "KETTLING", Binary.samplePath, "--quiet-warnings"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("6005  Key recommendations  ") && $0.contains("kettling") })
        #expect(lines.contains { $0.hasPrefix("6003  note 60  ") })
        let json = try Binary.run(["search", "Ошол эле жерде", Binary.samplePath, "--json", "--quiet-warnings"])
        let hits = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(hits.contains { $0["chapter"] as? Int == 5954 && $0["note"] as? Int == 22 })
        #expect(throws: (any Error).self) { try Ibid.parseAsRoot(["search", "  "]) }
    }

    @Test func exportJSONCarriesTheWholeModel() throws {
        let result = try Binary.run(["export", Binary.samplePath, "--format", "json", "--quiet-warnings"])
        let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let reports = try #require(root["reports"] as? [[String: Any]])
        #expect(reports.count == 4)  // the Kyrgyz posts are an edition of the Kyrgyzstan report (issue 11)
        let kz = try #require((reports[0]["chapters"] as? [[String: Any]])?[1])
        #expect(kz["id"] as? Int == 6003)
        let sections = try #require(kz["sections"] as? [[String: Any]])
        #expect(sections[1]["heading"] as? String == "A very brief history of Kazakhstan")
        #expect(sections[0]["heading"] is NSNull)
        let box = try #require(sections.first { $0["kind"] as? String == "box" })
        #expect(box["byline"] as? String == "By Public Association Kadyr-Kasiyet")
        let blocks = try #require(sections[1]["blocks"] as? [[String: Any]])
        #expect(blocks[0]["type"] as? String == "paragraph")
        #expect((blocks.flatMap { ($0["citations"] as? [Int]) ?? [] }).first == 1)
        let notes = try #require(kz["notes"] as? [[String: Any]])
        #expect(notes.count == 140)
        #expect(notes[0]["ibid"] is NSNull)
        #expect(notes[38]["ibid"] as? Int == 38)
    }

    @Test func exportMarkdownWithFootnotesToAFile() throws {
        let dir = try Binary.temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let out = dir.appendingPathComponent("library.md")
        let result = try Binary.run(["export", Binary.samplePath, "--format", "markdown", "--output", out.path, "--quiet-warnings"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let md = try String(contentsOf: out, encoding: .utf8)
        #expect(md.hasPrefix("# Retreating Rights – Kazakhstan\n\n## Retreating Rights - Kazakhstan: Executive Summary\n"))
        #expect(md.contains("### A very brief history of Kazakhstan\n"))
        #expect(md.contains("pageantry.[^c6003-1]"))
        #expect(md.contains("\n[^c6003-39]: Ibid. (→ note 38)\n"))
        #expect(md.contains("> ### Azimjan Askarov\n>\n> *By Aydar Sydykov*"))
        #expect(md.contains("- Stop targeting NGOs with punitive tax inspections"))
        let unwritable = try Binary.run(["export", Binary.samplePath, "--format", "markdown", "--output", "/no/such/dir/x.md", "--quiet-warnings"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderrLines.count == 1)
    }
}
