import GRDB
import IbidDocument
#if canImport(Glibc)
import Glibc
#endif

/// Builds a library's search index, written whole or not at all: into a temporary file beside
/// the index, renamed over it only once complete, so a reader never opens half an index and an
/// interrupted build leaves the old one (or none) in place.
public enum SearchIndexBuilder {
    public struct Cancelled: Error {}

    /// Builds the index of `library`, read from the file with `identity`, at `path`.
    /// `progress(done, total)` is called after each batch of chapters; `cancelled` is asked as often,
    /// and a build it stops leaves nothing behind.
    public static func build(_ library: Library, identity: SearchIndexIdentity, at path: String,
                             progress: (Int, Int) -> Void = { _, _ in },
                             cancelled: () -> Bool = { false }) throws {
        let temporary = path + ".tmp-\(getpid())"
        SearchIndexFiles.removeAbandoned(beside: path)
        unlink(temporary)
        var done = false
        defer { if !done { SearchIndexFiles.remove(temporary) } }
        var configuration = Configuration()
        configuration.journalMode = .default
        let database = try DatabaseQueue(path: temporary, configuration: configuration)
        try database.writeWithoutTransaction { db in
            // A cache written to a file renamed into place only when done: no journal to keep.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE chapters(id INTEGER PRIMARY KEY, title TEXT NOT NULL);
                CREATE TABLE terms(term TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE words(word TEXT PRIMARY KEY, folded TEXT, n INTEGER NOT NULL) WITHOUT ROWID;
                CREATE VIRTUAL TABLE rows USING fts5(
                    text, marks, chapter UNINDEXED, kind UNINDEXED, section UNINDEXED, block UNINDEXED,
                    note UNINDEXED, scope UNINDEXED, heading UNINDEXED,
                    tokenize = "\(SearchIndex.tokenizer)", detail = column);
                """)
        }
        let total = library.chapters.count
        var finished = 0
        var stopped = false
        try database.inDatabase { db in
            try db.execute(sql: "BEGIN")
            // GRDB refuses to end an access with a transaction open: any failure rolls it back.
            do { try fill(db) } catch {
                try? db.execute(sql: "ROLLBACK")
                throw error
            }
            try db.execute(sql: "COMMIT")
        }
        func fill(_ db: Database) throws {
            let insertRow = try db.makeStatement(sql: """
                INSERT INTO rows(text, marks, chapter, kind, section, block, note, scope, heading) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertChapter = try db.makeStatement(sql: "INSERT OR IGNORE INTO chapters(id, title) VALUES (?, ?)")
            var failure: Error?
            var words = SearchWordTally()
            library.forEachContent { chapter, content in
                guard failure == nil, !stopped else { return }
                do {
                    try insertChapter.execute(arguments: [chapter.id, chapter.title])
                    var rowFailure: Error?
                    SearchRow.forEachRow(of: content, chapterID: chapter.id) { row in
                        guard rowFailure == nil else { return }
                        do { try insertRow.execute(arguments: SearchIndexRows.arguments(row)) } catch { rowFailure = error }
                        words.add(row.text)
                    }
                    if let rowFailure { throw rowFailure }
                } catch {
                    failure = error
                }
                finished += 1
                if finished % 32 == 0 || finished == total {
                    progress(finished, total)
                    if cancelled() { stopped = true }
                }
            }
            if let failure { throw failure }
            if stopped { throw Cancelled() }
            let insertWord = try db.makeStatement(sql: "INSERT INTO words(word, folded, n) VALUES (?, ?, ?)")
            for (word, n) in words.occurrences {
                try insertWord.execute(arguments: [word, SearchWords.key(of: word), n])
            }
            try db.execute(sql: """
                CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, rows, row);
                INSERT INTO terms SELECT term FROM temp.vocabulary;
                DROP TABLE temp.vocabulary;
                INSERT INTO rows(rows) VALUES ('optimize');
                """)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?), ('identity', ?), ('complete', '1')",
                           arguments: [SearchIndex.format, identity.stamp])
        }
        try database.close()
        guard rename(temporary, path) == 0 else { throw SearchIndexFiles.Failure(message: "cannot rename \(temporary) to \(path)") }
        done = true
    }
}

/// Small file operations the index needs (no Foundation).
enum SearchIndexFiles {
    struct Failure: Error { let message: String }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Removes a database file and its SQLite side files.
    static func remove(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// Removes the temporary files of builds whose process is gone (a reader quit mid-build): any
    /// `search-….sqlite.tmp-PID` in the index's directory whose PID no longer runs. Only our own
    /// naming is touched, so nothing we did not create is removed.
    static func removeAbandoned(beside path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let directory = String(path[..<slash])
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix("search-"), let mark = name.range(of: ".sqlite.tmp-"),
                  let pid = Int32(name[mark.upperBound...]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { remove(directory + "/" + name) }
        }
    }
}
