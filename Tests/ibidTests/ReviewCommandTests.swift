import Foundation
import IbidTestSupport
import Testing

/// Issue 10 through the binary: marks made headlessly with `ibid screen` (which keeps state as
/// `ibid read` does), read back by the next run and by `ibid review` and `ibid citations`; two
/// processes at once; a corrupt database; a dump whose note 1 changed after it was checked;
/// `--no-state`. Every test has a temporary `XDG_STATE_HOME` of its own.
@Suite("Review commands")
struct ReviewCommandTests {
    /// A state directory of the test's own, and the environment naming it.
    struct State {
        let dir: URL
        var environment: [String: String] {
            var env = ProcessInfo.processInfo.environment
            env["XDG_STATE_HOME"] = dir.path
            return env
        }
        var database: String { dir.appendingPathComponent("ibid/ibid.sqlite").path }

        init() throws { dir = try Spawn.scratchDirectory() }

        func run(_ arguments: [String], file: String = Binary.samplePath) throws -> Binary.Result {
            try Binary.run(arguments + [file, "--quiet-warnings"], environment: environment)
        }

        func screen(_ keys: String, open: Int? = 6003, size: String = "120x40", file: String = Binary.samplePath) throws -> Binary.Result {
            try run(["screen", "--size", size, "--keys", keys] + (open.map { ["--open", String($0)] } ?? []), file: file)
        }

        func review(file: String = Binary.samplePath) throws -> [String: [String: Any]] {
            let result = try run(["review", "--json"], file: file)
            #expect(result.status == 0, "\(result.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let chapters = try #require(root["chapters"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: chapters.map { (String(describing: $0["id"]!), $0) })
        }
    }

    @Test func marksMadeHeadlesslyAreThereNextTimeAndInTheReports() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        // Check [1] and [2], flag [3], comment on [4] in wide text.
        let first = try state.screen("Xx" + "Xx" + "]!" + "]a漢字 ok<Enter>")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: state.database))
        // A new process shows them: on the markers, in the list.
        let again = try state.screen("g]")
        #expect(again.stdout.contains("✓1]"))
        #expect(try state.screen("g]]").stdout.contains("✓2]"))
        #expect(again.stdout.contains("2/140 ✓ 1 ⚑"))
        let chapters = try state.review()
        let c = try #require(chapters["6003"])
        #expect(c["citations"] as? Int == 140 && c["checked"] as? Int == 2 && c["flagged"] as? Int == 1 && c["changed"] as? Int == 0)
        let items = try #require(c["items"] as? [[String: Any]])
        #expect(items.map { $0["number"] as? Int } == [3, 4])
        #expect(items.map { $0["state"] as? String } == ["flagged", "unchecked"])
        #expect(items[1]["comment"] as? String == "漢字 ok")
        #expect(Set(items[0].keys) == ["number", "scope", "state", "comment", "changed", "sentence", "note"])
        #expect(Set(c.keys) == ["id", "title", "citations", "checked", "flagged", "changed", "items"])
        // The other chapters are there, unmarked.
        #expect(chapters["5987"]?["checked"] as? Int == 0)

        // The sheet: one CSV record per marker, RFC 4180, marks in their columns.
        let csv = try state.run(["citations", "6003", "--format", "csv"])
        let records = try CSVReader.parse(csv.stdout)
        #expect(records.first == ["number", "scope", "section", "sentence", "note", "urls", "state", "comment", "changed"])
        #expect(records.count == 1 + 140)
        #expect(records[1][0] == "1" && records[1][6] == "checked")
        #expect(records[1][3].hasSuffix("with conspicuous pageantry."))
        #expect(records[1][4].hasPrefix("Francisco Olmos, State-building myths in Central Asia"))
        #expect(records[3][6] == "flagged" && records[4][7] == "漢字 ok")
        #expect(csv.stdout.hasSuffix("\r\n") && !csv.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let json = try state.run(["citations", "6003", "--json"])
        let sheet = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(sheet["citations"] as? [[String: Any]])
        #expect(rows.count == 140 && rows[0]["state"] as? String == "checked")
        #expect(Set(rows[0].keys) == ["number", "scope", "section", "sentence", "note", "urls", "state", "comment", "changed"])
        let text = try state.run(["review"])
        #expect(text.stdout.contains("6003  Retreating Rights - Kazakhstan: Introduction — 140 citations, 2 checked, 1 flagged, 0 changed"))
        let markdown = try state.run(["review", "--format", "markdown"])
        #expect(markdown.stdout.contains("- **\\[4\\]**") && markdown.stdout.contains("漢字 ok"))
    }

    @Test func reopeningResumesTheChapterAndPlace() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        let left = try state.screen(String(repeating: "j", count: 25), open: 5806)
        let resumed = try state.screen("", open: nil)
        // The same reader text as where it was left (the list and status may differ in focus).
        let column = { (s: String) in s.split(separator: "\n").dropLast().map { String($0.split(separator: "│").dropFirst().first ?? "") } }
        #expect(column(resumed.stdout) == column(left.stdout))
        #expect(resumed.stdout.split(separator: "\n").last?.contains("5806") == true)
    }

    @Test func noStateNeitherReadsNorWrites() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        let a = try state.run(["screen", "--no-state", "--open", "6003", "--keys", "Xx"])
        #expect(a.status == 0 && a.stdout.contains("✓1]"))
        #expect(!FileManager.default.fileExists(atPath: state.database))
        _ = try state.screen("Xx")
        let b = try state.run(["screen", "--no-state", "--open", "6003"])
        #expect(!b.stdout.contains("✓"))
        let r = try state.run(["review", "--json", "--no-state"])
        #expect(r.stdout.contains("\"checked\": 0") && !r.stdout.contains("\"checked\": 1"))
    }

    @Test(.timeLimit(.minutes(1)))
    func twoProcessesAtOnceBothKeepAllTheirMarks() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        _ = try state.screen("")  // the database exists before the race
        let keys = String(repeating: "Xx", count: 30)
        // Both started before either is waited for.
        let processes = [6003, 5806].map { chapter in
            let p = Process()
            p.executableURL = Binary.url
            p.arguments = ["screen", "--open", String(chapter), "--keys", keys, Binary.samplePath, "--quiet-warnings"]
            p.environment = state.environment
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let chapters = try state.review()
        #expect(chapters["6003"]?["checked"] as? Int == 30)
        #expect(chapters["5806"]?["checked"] as? Int == 30)
    }

    @Test func aCorruptDatabaseIsMovedAsideAndTheReaderSaysMarksAreNotSaved() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        try FileManager.default.createDirectory(at: state.dir.appendingPathComponent("ibid"), withIntermediateDirectories: true)
        let garbage = Data(String(repeating: "not a database ", count: 400).utf8)
        try garbage.write(to: URL(fileURLWithPath: state.database))
        // The reports refuse it, leaving it where it is.
        let report = try state.run(["review"])
        #expect(report.status == 74 && report.stderr.contains("cannot read the review state"))
        let run = try state.screen("Xx")
        #expect(run.status == 0, "\(run.stderr)")
        let status = try #require(run.stdout.split(separator: "\n").last)
        #expect(status.contains("marks not saved"))
        #expect(run.stdout.contains("✓1]"), "the mark lasts for the run")
        let names = try FileManager.default.contentsOfDirectory(atPath: state.dir.appendingPathComponent("ibid").path)
        let aside = try #require(names.first { $0.hasPrefix("ibid.sqlite.unreadable-") })
        #expect(try Data(contentsOf: state.dir.appendingPathComponent("ibid/" + aside)) == garbage)
        // The next run starts a new database and saves again.
        _ = try state.screen("Xx")
        #expect(try state.review()["6003"]?["checked"] as? Int == 1)
    }

    @Test func aNoteChangedAfterItWasCheckedShowsAsChanged() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        _ = try state.screen("XxXx")
        // The same posts re-exported, note 1 of 6003 with another year.
        let sample = try String(contentsOfFile: Binary.samplePath, encoding: .utf8)
        let old = "State-building myths in Central Asia, Foreign Policy Centre, October 2019"
        #expect(sample.components(separatedBy: old).count == 2, "note 1 of 6003 is the only such text")
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let changed = dir.appendingPathComponent("reexport.txt")
        try sample.replacingOccurrences(of: old, with: old.replacingOccurrences(of: "2019", with: "2020"))
            .write(to: changed, atomically: true, encoding: .utf8)
        let c = try #require(try state.review(file: changed.path)["6003"])
        #expect(c["checked"] as? Int == 1 && c["changed"] as? Int == 1)
        let items = try #require(c["items"] as? [[String: Any]])
        #expect(items.count == 1 && items[0]["number"] as? Int == 1 && items[0]["changed"] as? Bool == true)
        #expect((items[0]["note"] as? String)?.contains("October 2020") == true)
        let screen = try state.screen("g]", file: changed.path)
        #expect(screen.stdout.contains("⚠1]") && screen.stdout.contains("⚠ changed since checked"))
        #expect(try state.screen("g]]", file: changed.path).stdout.contains("✓2]"))
        // The original dump: the mark applies as made.
        #expect(try state.review()["6003"]?["changed"] as? Int == 0)
    }

    /// A note carrying terminal controls reaches no report as controls: text, CSV and
    /// Markdown show them (`^[`), JSON escapes them.
    @Test func controlsInNotesAndCommentsAreShownNotObeyed() throws {
        let state = try State()
        defer { try? FileManager.default.removeItem(at: state.dir) }
        let sample = try String(contentsOfFile: Binary.samplePath, encoding: .utf8)
        let old = "Francisco Olmos, State-building myths in Central Asia, Foreign Policy Centre"
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = dir.appendingPathComponent("hostile.txt")
        try sample.replacingOccurrences(of: old, with: "\u{1B}]0;pwned\u{07}\u{9B}2J" + old).write(to: hostile, atomically: true, encoding: .utf8)
        let marked = try state.screen("g]!", file: hostile.path)
        #expect(marked.status == 0)
        for args in [["citations", "6003"], ["citations", "6003", "--format", "csv"], ["citations", "6003", "--format", "markdown"],
                     ["review"], ["review", "--format", "csv"], ["review", "--format", "markdown"]] {
            let out = try state.run(args, file: hostile.path)
            #expect(out.status == 0, "\(args)")
            // (Markdown escapes the `[` of `^[` as well.)
            #expect(out.stdout.contains(args.contains("markdown") ? "0;pwned^G" : "^[]0;pwned^G"), "\(args)")
            #expect(!out.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }, "\(args)")
        }
        let json = try state.run(["review", "--json"], file: hostile.path)
        #expect(json.stdout.contains("\\u001b]0;pwned\\u0007") && !json.stdout.contains("\u{1B}"))
    }
}

/// RFC 4180 read back, independently of the writer: quoted fields with doubled quotes, CRLF records.
enum CSVReader {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw Malformed() }
                record.append(field); field = ""
                records.append(record); record = []
            } else { field.unicodeScalars.append(c) }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { throw Malformed() }
        return records
    }
}
