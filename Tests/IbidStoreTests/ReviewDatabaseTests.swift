import Foundation
import GRDB
import IbidDocument
import IbidReader
@testable import IbidStore
import Testing

/// The review database: what is written comes back, in another connection as in another process;
/// a database that cannot be opened is moved aside whole and never deleted; one from a newer ibid
/// is left alone.
@Suite("Review database")
struct ReviewDatabaseTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let post = PostKey(site: "fpc.org.uk", post: 6003)
    static func key(_ n: Int, _ scope: NoteScope = .chapter) -> MarkKey { MarkKey(post: post, citation: Citation(number: n, scope: scope)) }

    @Test func whatIsWrittenIsReadBackByAnotherConnection() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/ibid.sqlite"
        let a = try ReviewDatabase(path: path)
        let place = SavedPlace(top: 30, width: 56, section: 1, block: 4)
        try a.apply([.mark(Self.key(1), CitationMark(state: .checked, fingerprint: "f1"))])
        try a.apply([.mark(Self.key(2, .box(1)), CitationMark(state: .flagged, comment: "wrong year — 1989, not 1998", fingerprint: "f2"))])
        try a.apply([.mark(Self.key(3), CitationMark(state: .checked, fingerprint: "f3"))])
        try a.apply([.mark(Self.key(3), nil)])
        try a.apply([.place(Self.post, place), .lastChapter(library: "L", Self.post),
                     .placeMark(library: "L", letter: "q", PlaceMark(post: Self.post, place: place))])
        let b = try ReviewDatabase(path: path)
        let saved = try b.load(library: "L", posts: [Self.post])
        #expect(saved.marks.marks == [
            Self.key(1): CitationMark(state: .checked, fingerprint: "f1"),
            Self.key(2, .box(1)): CitationMark(state: .flagged, comment: "wrong year — 1989, not 1998", fingerprint: "f2"),
        ])
        #expect(saved.places == [Self.post: place])
        #expect(saved.lastChapter == Self.post)
        #expect(saved.placeMarks == ["q": PlaceMark(post: Self.post, place: place)])
        // Another library, another post: neither the last chapter nor the marks of place nor the marks.
        let other = try b.load(library: "M", posts: [PostKey(site: "fpc.org.uk", post: 1)])
        #expect(other == SavedReview())
        // The same ID on another site is another post.
        #expect(try b.load(library: "L", posts: [PostKey(site: "example.org", post: 6003)]).marks.marks.isEmpty)
    }

    @Test func theDatabaseIsInWALModeWithItsSchemaVersioned() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try ReviewDatabase(path: dir + "/ibid.sqlite")
        let queue = try DatabaseQueue(path: dir + "/ibid.sqlite")
        let (mode, migrations) = try queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(mode == "wal")
        #expect(migrations == ["v1 marks, places, marks of place"])
    }

    @Test func twoConnectionsWritingAtOnceKeepEveryMark() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/ibid.sqlite"
        _ = try ReviewDatabase(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let db = try ReviewDatabase(path: path)
                    for n in 1...100 {
                        try db.apply([.mark(Self.key(writer * 1000 + n), CitationMark(state: .checked, fingerprint: "x"))])
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try ReviewDatabase(path: path).markCount() == 200)
    }

    @Test func aCorruptDatabaseIsMovedAsideWholeAndTheNextRunStartsAnew() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["XDG_STATE_HOME": dir, "HOME": "/nonexistent"]
        try FileManager.default.createDirectory(atPath: dir + "/ibid", withIntermediateDirectories: true)
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: dir + "/ibid/ibid.sqlite"))
        let opened = ReviewStateFile.openForReader(environment: env)
        #expect(opened.store == nil)
        let problem = try #require(opened.problem)
        #expect(problem.contains("ibid.sqlite could not be opened") && problem.contains("moved to ibid.sqlite.unreadable-"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/ibid")
        let aside = try #require(names.first { $0.hasPrefix("ibid.sqlite.unreadable-") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/ibid/" + aside)) == garbage, "the bytes kept, not deleted")
        #expect(!names.contains("ibid.sqlite"))
        // The report commands do not repair: a corrupt file is an error for them.
        try garbage.write(to: URL(fileURLWithPath: dir + "/ibid/ibid.sqlite"))
        #expect(throws: ReviewStateFile.Unreadable.self) { try ReviewStateFile.openForReport(environment: env) }
        try FileManager.default.removeItem(atPath: dir + "/ibid/ibid.sqlite")
        // The next reader run makes a new database where the old one was.
        let again = ReviewStateFile.openForReader(environment: env)
        #expect(again.store != nil && again.problem == nil)
        #expect(FileManager.default.fileExists(atPath: dir + "/ibid/ibid.sqlite"))
        #expect(FileManager.default.fileExists(atPath: dir + "/ibid/" + aside))
    }

    @Test func aDatabaseFromANewerIbidIsLeftAlone() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["XDG_STATE_HOME": dir]
        let path = dir + "/ibid/ibid.sqlite"
        _ = ReviewStateFile.openForReader(environment: env)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2 from the future')") }
        let opened = ReviewStateFile.openForReader(environment: env)
        #expect(opened.store == nil)
        #expect(opened.problem?.contains("newer ibid") == true)
        #expect(FileManager.default.fileExists(atPath: path), "not moved")
    }

    @Test func theLocationFollowsXDGStateHomeAndNoStateMeansNoFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let opened = ReviewStateFile.openForReader(environment: ["XDG_STATE_HOME": dir + "/state", "HOME": dir + "/home"])
        #expect(opened.store?.path == dir + "/state/ibid/ibid.sqlite")
        #expect(!FileManager.default.fileExists(atPath: dir + "/home"))
        // A report before any mark was made opens nothing and creates nothing.
        #expect(try ReviewStateFile.openForReport(environment: ["XDG_STATE_HOME": dir + "/none"]) == nil)
        #expect(!FileManager.default.fileExists(atPath: dir + "/none"))
    }
}
