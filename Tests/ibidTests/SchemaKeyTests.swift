import Foundation
import IbidDocument
import Testing

/// JSON keys live in one place (issue 9, Command line): two commands that write the same object use
/// the same keys, and docs/schema.md lists exactly the keys the enums hold.
@Suite("ibid/1: one set of keys per object")
struct SchemaKeyTests {
    static func json(_ arguments: [String]) throws -> Any {
        let result = try Binary.run(arguments + [Binary.samplePath, "--quiet-warnings"])
        #expect(result.status == 0 || (arguments.first == "check" && result.status == 1), "\(arguments)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    static func exportedChapters() throws -> [[String: Any]] {
        let root = try #require(try json(["export"]) as? [String: Any])
        let reports = try #require(root["reports"] as? [[String: Any]])
        return reports.flatMap { ($0["chapters"] as? [[String: Any]]) ?? [] }
    }

    static func keys(_ object: [String: Any]) -> Set<String> { Set(object.keys) }

    /// Two decoded JSON values are the same when they serialise to the same bytes, keys sorted.
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        guard let a, let b else { return false }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        guard let x = try? JSONSerialization.data(withJSONObject: a, options: options),
              let y = try? JSONSerialization.data(withJSONObject: b, options: options) else { return false }
        return x == y
    }

    @Test func notesAndExportWriteTheSameNotes() throws {
        let exported = try #require(try Self.exportedChapters().first { $0["id"] as? Int == 6003 })
        let fromExport = try #require(exported["notes"] as? [[String: Any]])
        let root = try #require(try Self.json(["notes", "6003", "--json"]) as? [String: Any])
        let fromNotes = try #require(root["notes"] as? [[String: Any]])
        #expect(fromNotes.count == fromExport.count)
        #expect(!fromNotes.isEmpty)
        for (a, b) in zip(fromNotes, fromExport) {
            #expect(Self.keys(a) == Set(NoteKey.allCases.map(\.rawValue)))
            #expect(Self.keys(a) == Self.keys(b))
            #expect(Self.same(a, b), "note \(a["number"] ?? "?")")
        }
        // The notes command's own object is a chapter: its keys are chapter keys with the same values.
        #expect(Self.keys(root).isSubset(of: Set(ChapterKey.allCases.map(\.rawValue))))
        #expect(root["title"] as? String == exported["title"] as? String)
    }

    @Test func checkAndExportWriteTheSameFindings() throws {
        let exported = try Self.exportedChapters()
        let checked = try #require(try Self.json(["check", "--json"]) as? [[String: Any]])
        #expect(checked.count == exported.count)
        var compared = 0
        for (c, e) in zip(checked, exported) {
            #expect(Self.keys(c).isSubset(of: Set(ChapterKey.allCases.map(\.rawValue))))
            for key in Self.keys(c).subtracting(["findings"]) {
                #expect(Self.same(c[key], e[key]), "\(key)")
            }
            let a = try #require(c["findings"] as? [[String: Any]]), b = try #require(e["findings"] as? [[String: Any]])
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) {
                #expect(Self.keys(x) == Set(FindingKey.allCases.map(\.rawValue)))
                #expect(Self.same(x, y))
                compared += 1
            }
        }
        #expect(compared > 0, "the sample has findings")
    }

    @Test func listAndExportWriteTheSameChapterFields() throws {
        let exported = try Self.exportedChapters()
        let listed = try #require(try Self.json(["list", "--json"]) as? [[String: Any]])
        #expect(listed.count == exported.count)
        for (l, e) in zip(listed, exported) {
            #expect(Self.keys(l).isSubset(of: Set(ChapterKey.allCases.map(\.rawValue))))
            // Every key the two share carries the same value; `report` is list's alone.
            for key in Self.keys(l).subtracting(["report"]) {
                #expect(e[key] != nil, "export lacks \(key)")
                #expect(Self.same(l[key], e[key]), "\(key)")
            }
        }
    }

    @Test func searchHitsUseTheirKeys() throws {
        let hits = try #require(try Self.json(["search", "kettling", "--json"]) as? [[String: Any]])
        #expect(!hits.isEmpty)
        // `file` only with several files (ManyDumpsTests).
        #expect(hits.allSatisfy { Self.keys($0) == Set(SearchHitKey.allCases.map(\.rawValue)).subtracting(["file"]) })
    }

    @Test func exportUsesEveryKeyOfItsObjects() throws {
        let root = try #require(try Self.json(["export"]) as? [String: Any])
        // One file: `source`, never `sources`; no `file` on warnings or chapters (ManyDumpsTests has the other shape).
        #expect(Self.keys(root) == Set(RootKey.allCases.map(\.rawValue)).subtracting(["sources"]))
        let source = try #require(root["source"] as? [String: Any])
        #expect(Self.keys(source) == Set(SourceKey.allCases.map(\.rawValue)))
        #expect(Self.keys(try #require(source["page"] as? [String: Any])) == Set(PageKey.allCases.map(\.rawValue)))
        let warnings = try #require(root["warnings"] as? [[String: Any]])
        #expect(warnings.allSatisfy { Self.keys($0) == Set(WarningKey.allCases.map(\.rawValue)).subtracting(["file"]) })
        let reports = try #require(root["reports"] as? [[String: Any]])
        #expect(reports.allSatisfy { Self.keys($0) == Set(ReportKey.allCases.map(\.rawValue)) })
        let chapter = try #require(try Self.exportedChapters().first { $0["id"] as? Int == 6003 })
        #expect(Self.keys(chapter) == Set(ChapterKey.allCases.map(\.rawValue)).subtracting(["report", "file"]))
        let sections = try #require(chapter["sections"] as? [[String: Any]])
        #expect(sections.allSatisfy { Self.keys($0) == Set(SectionKey.allCases.map(\.rawValue)) })
        let blocks = sections.flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
        #expect(!blocks.isEmpty && blocks.allSatisfy { Self.keys($0) == Set(BlockKey.allCases.map(\.rawValue)) })
        let cited = ((chapter["notes"] as? [[String: Any]]) ?? []).flatMap { ($0["citedIn"] as? [[String: Any]]) ?? [] }
        #expect(!cited.isEmpty && cited.allSatisfy { Self.keys($0) == Set(CitationKey.allCases.map(\.rawValue)) })
    }

    /// docs/schema.md's table names the same keys as the enums, object by object.
    @Test func theDocumentedTableMatchesTheEnums() throws {
        let doc = try String(contentsOf: Binary.packageRoot.appendingPathComponent("docs/schema.md"), encoding: .utf8)
        var documented: [String: [String]] = [:]
        // The objects' table only: it ends where the exit statuses begin.
        let table = try #require(doc.components(separatedBy: "## Exit statuses").first)
        for line in table.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let keys = cells[2].split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            if !keys.isEmpty { documented[cells[1]] = keys }
        }
        for (name, keys) in schemaObjects {
            #expect(documented[name] == keys, "\(name)")
        }
        #expect(Set(documented.keys) == Set(schemaObjects.map(\.name)))
    }
}
