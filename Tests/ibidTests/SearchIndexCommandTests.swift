import Foundation
import IbidTestSupport
import Testing

/// `ibid search` with a search index: built by `--index` into `$XDG_CACHE_HOME/ibid`, used when
/// fresh, never when stale, replaced when corrupt, and always printing what the scan prints.
/// Every run gets its own HOME and XDG_CACHE_HOME under a temporary directory.
@Suite("ibid search with an index", .timeLimit(.minutes(5)))
struct SearchIndexCommandTests {
    struct Sandbox {
        let root: URL
        var dump: String { root.appendingPathComponent("dump.txt").path }
        var cache: String { root.appendingPathComponent("cache/ibid").path }
        var home: String { root.appendingPathComponent("home").path }
        var environment: [String: String] {
            var env = ProcessInfo.processInfo.environment
            env["HOME"] = home
            env["XDG_CACHE_HOME"] = root.appendingPathComponent("cache").path
            env["XDG_STATE_HOME"] = root.appendingPathComponent("state").path
            return env
        }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-search-index-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: root.appendingPathComponent("home").path, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Binary.samplePath, toPath: root.appendingPathComponent("dump.txt").path)
        }

        func search(_ args: [String]) throws -> Binary.Result {
            try Binary.run(["search"] + args, environment: environment)
        }

        func indexFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter { $0.hasPrefix("search-") }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static let queries = ["Nazarbayev", "nazarbayev's", "human rights", "Кыргызстан", "КЫРГЫЗ", "«", "Tokayev", "covid", "ыз"]

    @Test func theIndexedSearchPrintsWhatTheScanPrints() throws {
        let box = try Sandbox()
        defer { box.remove() }
        #expect(box.indexFiles().isEmpty)
        let built = try box.search(["--index", "Nazarbayev", box.dump, "--count"])
        #expect(built.status == 0)
        #expect(box.indexFiles().count == 1, "one index in the temporary cache")
        for query in Self.queries {
            for format in [[], ["--json"], ["--count"]] {
                let indexed = try box.search([query, box.dump, "--quiet-warnings"] + format)
                let scanned = try box.search([query, box.dump, "--quiet-warnings", "--no-index"] + format)
                #expect(indexed.status == scanned.status)
                #expect(indexed.stdout == scanned.stdout, "\(query) \(format)")
                #expect(!indexed.stdout.isEmpty)
            }
        }
        // The indexed search does not read the dump: the sample's load warning (its last record is
        // cut off) comes only from the scan.
        #expect(!(try box.search(["Nazarbayev", box.dump]).stderr.contains("warning")))
        #expect(try box.search(["Nazarbayev", box.dump, "--no-index"]).stderr.contains("warning"))
        // Nothing written under HOME.
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.home).isEmpty)
    }

    @Test func aStaleIndexIsNotUsed() throws {
        let box = try Sandbox()
        defer { box.remove() }
        _ = try box.search(["--index", "Tokayev", box.dump, "--count"])
        let before = try box.search(["Tokayev", box.dump, "--count"])
        #expect(before.status == 0 && Int(before.stdout.trimmingCharacters(in: .whitespacesAndNewlines))! > 0)
        // The same length, every Tokayev now Tokayiv, and the old modification time put back.
        let attributes = try FileManager.default.attributesOfItem(atPath: box.dump)
        let text = try String(contentsOfFile: box.dump, encoding: .utf8).replacingOccurrences(of: "Tokayev", with: "Tokayiv")
        try text.write(toFile: box.dump, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: box.dump)
        let after = try box.search(["Tokayev", box.dump, "--count"])
        #expect(after.status == 1)
        #expect(after.stdout == "0\n")
        // --index rebuilds it, and the new one answers the same.
        _ = try box.search(["--index", "Tokayiv", box.dump, "--count"])
        #expect(try box.search(["Tokayiv", box.dump, "--count"]).stdout == (try box.search(["Tokayiv", box.dump, "--count", "--no-index"])).stdout)
    }

    @Test func aCorruptIndexIsReplaced() throws {
        let box = try Sandbox()
        defer { box.remove() }
        _ = try box.search(["--index", "Nazarbayev", box.dump, "--count"])
        let file = box.cache + "/" + box.indexFiles()[0]
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: file))
        let scanned = try box.search(["Nazarbayev", box.dump, "--no-index"])
        let result = try box.search(["Nazarbayev", box.dump])
        #expect(result.stdout == scanned.stdout)
        #expect(box.indexFiles().isEmpty, "the corrupt file is removed")
        _ = try box.search(["--index", "Nazarbayev", box.dump, "--count"])
        #expect(box.indexFiles().count == 1)
        #expect(try box.search(["Nazarbayev", box.dump]).stdout == scanned.stdout)
    }

    @Test func indexFlagsAreChecked() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let both = try box.search(["--index", "--no-index", "x", box.dump])
        #expect(both.status == 64)
        // Standard input has no identity: it is scanned, and nothing is cached.
        let piped = try Binary.run(["search", "Nazarbayev", "-", "--index", "--count", "--quiet-warnings"],
                                   stdin: try Data(contentsOf: URL(fileURLWithPath: box.dump)), environment: box.environment)
        #expect(piped.stdout == "59\n")
        #expect(box.indexFiles().isEmpty)
    }
}
