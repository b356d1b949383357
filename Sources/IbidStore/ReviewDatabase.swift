import GRDB
import GRDBSQLite
import IbidDocument
import IbidReader

/// Review state in SQLite (`$XDG_STATE_HOME/ibid/ibid.sqlite`) through GRDB: a `DatabasePool` in
/// WAL mode, so readers never wait for the writer and two ibid processes can mark at once; the
/// schema versioned with `DatabaseMigrator`; every batch of writes (one mark, usually) its own
/// transaction, committed before `apply` returns.
public final class ReviewDatabase: ReviewStore {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating if need be) and migrates the database at `path`.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        // Another process holding the write lock for a moment (its own mark) is waited for.
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a committed transaction survives the process being
            // killed (the WAL is in the OS's hands once written); only a power cut may lose the last
            // ones. FULL would fsync every mark.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        pool = try DatabasePool(path: path, configuration: config)
        // A read to decide, so opening an up-to-date database takes no write lock.
        let (current, newer) = try pool.read { db in
            (try Self.migrator.hasCompletedMigrations(db), try Self.migrator.hasBeenSuperseded(db))
        }
        if newer { throw Newer() }
        if !current { try Self.migrator.migrate(pool) }
    }

    /// A database written by a later ibid, whose schema this one does not know.
    public struct Newer: Error, CustomStringConvertible {
        public var description: String { "it was written by a newer ibid" }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1 marks, places, marks of place") { db in
            try db.execute(sql: """
                CREATE TABLE mark (
                    site TEXT NOT NULL, post INTEGER NOT NULL, scope TEXT NOT NULL, number INTEGER NOT NULL,
                    state TEXT NOT NULL, comment TEXT, fingerprint TEXT NOT NULL, updated INTEGER NOT NULL,
                    PRIMARY KEY (site, post, scope, number)
                ) WITHOUT ROWID;
                CREATE TABLE place (
                    site TEXT NOT NULL, post INTEGER NOT NULL,
                    top INTEGER NOT NULL, width INTEGER NOT NULL, section INTEGER, block INTEGER,
                    PRIMARY KEY (site, post)
                ) WITHOUT ROWID;
                CREATE TABLE lastChapter (
                    library TEXT NOT NULL PRIMARY KEY, site TEXT NOT NULL, post INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE placeMark (
                    library TEXT NOT NULL, letter TEXT NOT NULL, site TEXT NOT NULL, post INTEGER NOT NULL,
                    top INTEGER NOT NULL, width INTEGER NOT NULL, section INTEGER, block INTEGER,
                    PRIMARY KEY (library, letter)
                ) WITHOUT ROWID;
                """)
        }
        return m
    }

    // MARK: ReviewStore

    public func load(library: String, posts: Set<PostKey>) throws -> SavedReview {
        // A few posts (the chapter opening first) by their key's prefix; a library by its sites.
        let few = posts.count <= 16
        let groups: [(site: String, post: Int?)] = few ? posts.sorted().map { ($0.site, $0.post) } : Set(posts.map(\.site)).sorted().map { ($0, nil) }
        return try pool.read { db in
            var saved = SavedReview()
            for (site, onePost) in groups {
                // Columns read straight from the statement: decoding 10,000 rows through `Row`'s
                // generic subscripts took 35 ms before the first frame; this takes a few.
                let statement = try db.makeStatement(sql: "SELECT post, scope, number, state, comment, fingerprint FROM mark WHERE site = ?"
                                                     + (onePost == nil ? "" : " AND post = ?"))
                statement.arguments = onePost.map { [site, $0] } ?? [site]
                let raw = statement.sqliteStatement
                let marks = try Row.fetchCursor(statement)
                var scopes: [String: NoteScope] = [:]
                while try marks.next() != nil {
                    let post = PostKey(site: site, post: Int(sqlite3_column_int64(raw, 0)))
                    let scopeName = Self.text(raw, 1) ?? ""
                    guard posts.contains(post), let scope = scopes[scopeName] ?? NoteScope(storageName: scopeName),
                          let state = MarkState(rawValue: Self.text(raw, 3) ?? "") else { continue }
                    scopes[scopeName] = scope
                    saved.marks[MarkKey(post: post, citation: Citation(number: Int(sqlite3_column_int64(raw, 2)), scope: scope))] =
                        CitationMark(state: state, comment: Self.text(raw, 4), fingerprint: Self.text(raw, 5) ?? "")
                }
                let places = try Row.fetchCursor(db, sql: "SELECT post, top, width, section, block FROM place WHERE site = ?"
                                                 + (onePost == nil ? "" : " AND post = ?"), arguments: onePost.map { [site, $0] } ?? [site])
                while let row = try places.next() {
                    let post = PostKey(site: site, post: row[0])
                    guard posts.contains(post) else { continue }
                    saved.places[post] = SavedPlace(top: row[1], width: row[2], section: row[3], block: row[4])
                }
            }
            if let row = try Row.fetchOne(db, sql: "SELECT site, post FROM lastChapter WHERE library = ?", arguments: [library]) {
                saved.lastChapter = PostKey(site: row[0], post: row[1])
            }
            let marks = try Row.fetchCursor(db, sql: "SELECT letter, site, post, top, width, section, block FROM placeMark WHERE library = ?", arguments: [library])
            while let row = try marks.next() {
                let letter: String = row[0]
                guard letter.count == 1, let c = letter.first else { continue }
                saved.placeMarks[c] = PlaceMark(post: PostKey(site: row[1], post: row[2]),
                                                place: SavedPlace(top: row[3], width: row[4], section: row[5], block: row[6]))
            }
            return saved
        }
    }

    /// A text column of the current row, nil for NULL.
    static func text(_ statement: SQLiteStatement, _ column: Int32) -> String? {
        guard let p = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    public func apply(_ writes: [ReviewWrite]) throws {
        guard !writes.isEmpty else { return }
        try pool.write { db in
            for write in writes { try Self.apply(write, in: db) }
        }
    }

    static func apply(_ write: ReviewWrite, in db: Database) throws {
        switch write {
        case .mark(let key, let mark?):
            try db.execute(sql: """
                INSERT INTO mark (site, post, scope, number, state, comment, fingerprint, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%s','now'))
                ON CONFLICT (site, post, scope, number) DO UPDATE SET
                    state = excluded.state, comment = excluded.comment, fingerprint = excluded.fingerprint, updated = excluded.updated
                """, arguments: [key.post.site, key.post.post, key.citation.scope.storageName, key.citation.number,
                                 mark.state.rawValue, mark.comment, mark.fingerprint])
        case .mark(let key, nil):
            try db.execute(sql: "DELETE FROM mark WHERE site = ? AND post = ? AND scope = ? AND number = ?",
                           arguments: [key.post.site, key.post.post, key.citation.scope.storageName, key.citation.number])
        case .place(let post, let p):
            try db.execute(sql: "INSERT OR REPLACE INTO place (site, post, top, width, section, block) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [post.site, post.post, p.top, p.width, p.section, p.block])
        case .lastChapter(let library, let post):
            try db.execute(sql: "INSERT OR REPLACE INTO lastChapter (library, site, post) VALUES (?, ?, ?)",
                           arguments: [library, post.site, post.post])
        case .placeMark(let library, let letter, let mark):
            try db.execute(sql: """
                INSERT OR REPLACE INTO placeMark (library, letter, site, post, top, width, section, block)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [library, String(letter), mark.post.site, mark.post.post, mark.place.top, mark.place.width,
                                 mark.place.section, mark.place.block])
        }
    }

    /// How many marks are stored (for tests and the benchmark).
    public func markCount() throws -> Int {
        try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM mark") ?? 0 }
    }
}
