import Foundation
import IbidDocument
import IbidStore
import IbidTestSupport
import Testing

/// The search index: the same hits as the scan (it only narrows where the matcher looks), built,
/// reused, rebuilt when its file changed, and replaced when corrupt. Every test has its own
/// temporary cache directory; nothing is written under the real home.
@Suite("Search index", .timeLimit(.minutes(5)))
struct SearchIndexTests {
    /// A fresh temporary directory, removed by `cleanUp`.
    static func temporaryDirectory() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-index-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func store(in dir: String) -> SearchIndexStore {
        SearchIndexStore(location: StoreLocation(directory: dir + "/cache/ibid"))
    }

    /// Every hit, as the scan finds it and as the index's candidates give it.
    static func scanHits(_ query: String, _ library: Library) -> [SearchHit] {
        var out: [SearchHit] = []
        LibrarySearch.scan(query, in: library) { _, hit in out.append(hit!) }
        return out
    }

    static func indexHits(_ query: String, _ index: SearchIndex) -> [SearchHit]? {
        var out: [SearchHit] = []
        let answered = LibrarySearch.indexed(query, index: index) { _, hit in out.append(hit!) }
        return answered ? out : nil
    }

    /// The sample or a generated dump (in `dir`), its library, and its index built in `dir`'s cache.
    static func freshIndex(of dump: String, seed: UInt64, in dir: String) throws -> (Library, SearchIndex)? {
        let path = dump == "sample" ? TestPaths.sample : try SearchDumps.write(in: dir, posts: 30, seed: seed)
        let library = try Library.load(path: path)
        let store = Self.store(in: dir)
        guard case .absent(let identity, _) = store.open(file: path) else {
            Issue.record("an index before any was built")
            return nil
        }
        return (library, try store.build(library, identity: identity))
    }

    static let queries = [
        "Nazarbayev", "nazarbayev's", "NAZARBAYEV’S", "Nazarbayevʼs", "human rights", "ights", "Кыргызстан", "КЫРГЫЗ",
        "кыргызстандагы", "«", "’", "\"", "covid-19", "naïve", "nai\u{0308}ve", "й", "и\u{0306}", "ok", "Straße", "istanbul",
        "zzzz-none", "e", "the", "Tokayev", "Ω", "\u{2126}", "kelvin",
    ]

    /// The sample, and a generated dump of the sample's posts with paragraphs that could make an
    /// index disagree with the matcher: decomposed marks, U+02BC apostrophes, words split by
    /// inline tags and entities, capitals in Cyrillic, the Kelvin and Ohm signs, emoji modifiers.
    @Test(arguments: ["sample", "generated"])
    func indexGivesTheScansHits(dump: String) throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard let (library, index) = try Self.freshIndex(of: dump, seed: 7, in: dir) else { return }
        // By spelling, scalar for scalar: a Set<String> would hold `й` and `и` + U+0306 as one.
        var narrowed: Set<[Unicode.Scalar]> = []
        for query in Self.queries {
            let scanned = Self.scanHits(query, library)
            guard let indexed = Self.indexHits(query, index) else { continue }
            narrowed.insert(Array(query.unicodeScalars))
            #expect(indexed == scanned, "query \(query.debugDescription): \(indexed.count) from the index, \(scanned.count) scanned")
        }
        // Words are answered by the index; what it cannot narrow (a lone quote, a combining mark,
        // a word in hundreds of tokens) is scanned, and was compared with nothing above.
        for query in ["Nazarbayev", "nazarbayev's", "NAZARBAYEV’S", "human rights", "Кыргызстан", "КЫРГЫЗ", "covid-19", "zzzz-none", "Tokayev"] {
            #expect(narrowed.contains(Array(query.unicodeScalars)), "\(query) is not answered by the index")
        }
        for query in ["’", "nai\u{0308}ve", "и\u{0306}", "\u{2126}"] {
            #expect(!narrowed.contains(Array(query.unicodeScalars)), "\(query.debugDescription) must be scanned")
        }
        if dump == "generated" {
            // The tricky paragraphs were found, so the comparison above compared something.
            #expect(Self.scanHits("Nazarbayevʼs", library).count >= 30)
            #expect(Self.scanHits("naïve", library).count >= 30)
            #expect(Self.scanHits("kelvin", library).count >= 30)
        }
    }

    /// A word's count from the index's table of words, without reading a row, against the scan's
    /// count: for every query the words can answer, and none for the queries they cannot.
    @Test(arguments: ["sample", "generated"])
    func indexCountsAsTheScanDoes(dump: String) throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard let (library, index) = try Self.freshIndex(of: dump, seed: 9, in: dir) else { return }
        var counted: [String] = []
        for query in Self.queries + ["NAZARBAYEV", "5", "2019", "ibid", "kettling", "Кыргыз", "ыз", "gov", "ss", "ß"] {
            let scanned = Self.scanHits(query, library).count
            guard let found = index.count(of: query) else { continue }
            counted.append(query)
            #expect(found == scanned, "query \(query.debugDescription): \(found) counted by the index, \(scanned) scanned")
        }
        for query in ["Nazarbayev", "NAZARBAYEV", "ights", "Кыргызстан", "КЫРГЫЗ", "e", "the", "Tokayev", "kelvin", "2019", "ыз", "Ω"] {
            #expect(counted.contains(query), "\(query) is not counted by the index")
        }
        for query in ["nazarbayev's", "human rights", "covid-19", "’", "nai\u{0308}ve", "и\u{0306}", "\u{1F7D}"] {
            #expect(index.count(of: query) == nil, "\(query.debugDescription) must not be counted from words")
        }
        // What was compared is not all zeros.
        #expect(Self.scanHits("the", library).count > (dump == "sample" ? 1000 : 300))
        if dump == "generated" {
            // The tricky spellings are there to be counted: the Kelvin sign, and `naïve` beside `nai` + U+0308.
            // Each of the 30 posts has the Kelvin line once in its text and once in its notes, and
            // posts 5, 13, 21 and 29 head a section with it: 30 × 2 × 2 + 4 × 2.
            #expect(index.count(of: "kelvin") == 128)
            // Ω and the Ohm sign both fold to ω, so either spelling counts both.
            #expect(index.count(of: "\u{2126}") == 128)
            #expect(index.count(of: "naïve") == Self.scanHits("naïve", library).count)
        }
    }

    @Test func builtThenReusedThenStaleThenRebuilt() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = try SearchDumps.write(in: dir, posts: 12, seed: 3)
        let store = Self.store(in: dir)
        guard case .absent(let identity, let why) = store.open(file: path) else { Issue.record("no index expected"); return }
        guard case .missing = why else { Issue.record("expected missing, got \(why)"); return }
        var reports: [Int] = []
        _ = try store.build(try Library.load(path: path), identity: identity, progress: { done, _ in reports.append(done) })
        #expect(reports.last == 12)
        let file = store.path(for: identity)
        #expect(FileManager.default.fileExists(atPath: file))
        // Nothing left beside it (the temporary file was renamed into place).
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.location.directory) == [identity.fileName])
        // Reused: the same file opens as ready, without a build.
        guard case .ready(let index, _) = store.open(file: path) else { Issue.record("the index is not reused"); return }
        #expect(Self.indexHits("Nazarbayev", index)?.count == Self.scanHits("Nazarbayev", try Library.load(path: path)).count)

        // The dump rewritten in place with the same length and its old mtime put back: only the
        // hash of its ends can tell, and it does.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let at = bytes.count - 40
        bytes[at] = bytes[at] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: bytes)
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: path)
        guard case .absent(let changed, let staleWhy) = store.open(file: path) else { Issue.record("a changed file's index is used"); return }
        guard case .stale = staleWhy else { Issue.record("expected stale, got \(staleWhy)"); return }
        #expect(changed.fileName == identity.fileName)
        // Appending changes the size: stale too.
        let appended = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try appended.seekToEnd()
        try appended.write(contentsOf: Data("\n".utf8))
        try appended.close()
        guard case .absent(let grown, _) = store.open(file: path) else { Issue.record("a grown file's index is used"); return }
        _ = try store.build(try Library.load(path: path), identity: grown)
        guard case .ready = store.open(file: path) else { Issue.record("the rebuilt index does not open"); return }
    }

    @Test(arguments: ["garbage", "cut", "empty"])
    func aCorruptIndexIsRemovedAndRebuilt(damage: String) throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = try SearchDumps.write(in: dir, posts: 12, seed: 5)
        let library = try Library.load(path: path)
        let store = Self.store(in: dir)
        guard case .absent(let identity, _) = store.open(file: path) else { return }
        _ = try store.build(library, identity: identity)
        let file = store.path(for: identity)
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        let bad: Data
        switch damage {
        case "garbage": bad = Data((0..<good.count).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        case "cut": bad = good.prefix(good.count / 3)
        default: bad = Data()
        }
        try bad.write(to: URL(fileURLWithPath: file))
        guard case .absent(_, let why) = store.open(file: path) else { Issue.record("a damaged index opened"); return }
        if case .corrupt = why {
            #expect(!FileManager.default.fileExists(atPath: file), "a corrupt cache file is removed")
        } else if damage != "empty" {
            Issue.record("\(damage): expected corrupt, got \(why)")
        }
        let rebuilt = try store.build(library, identity: identity)
        #expect(Self.indexHits("Nazarbayev", rebuilt) == Self.scanHits("Nazarbayev", library))
    }

    @Test func aCancelledBuildLeavesNothing() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = try SearchDumps.write(in: dir, posts: 80, seed: 9)
        let store = Self.store(in: dir)
        guard case .absent(let identity, _) = store.open(file: path) else { return }
        #expect(throws: SearchIndexBuilder.Cancelled.self) {
            _ = try store.build(try Library.load(path: path), identity: identity, cancelled: { true })
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.location.directory).isEmpty)
    }

    @Test func anAbandonedBuildsFileIsRemovedByTheNextBuild() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = try SearchDumps.write(in: dir, posts: 6, seed: 2)
        let store = Self.store(in: dir)
        guard case .absent(let identity, _) = store.open(file: path) else { return }
        #expect(store.location.create())
        // A PID that cannot be running (above Linux's pid_max), and one that is: ours.
        let dead = store.path(for: identity) + ".tmp-99999999"
        let alive = store.path(for: identity) + ".tmp-\(getpid() == 1 ? 2 : 1)"
        let other = store.location.directory + "/notes.txt"
        for file in [dead, alive, other] { FileManager.default.createFile(atPath: file, contents: Data("x".utf8)) }
        _ = try store.build(try Library.load(path: path), identity: identity)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: alive), "PID 1 runs: its file is left alone")
        #expect(FileManager.default.fileExists(atPath: other), "a file not of our naming is left alone")
    }

    @Test func standardInputAndMissingFilesHaveNoIndex() {
        let store = Self.store(in: "/nonexistent")
        if case .unindexable = store.open(file: "/nonexistent/dump.txt") {} else { Issue.record("a missing file has an identity") }
        if case .unindexable = store.open(file: "/dev/null") {} else { Issue.record("a device has an identity") }
    }
}
