import GRDB
import IbidDocument
import Synchronization

/// The search index of one dump: SQLite FTS5 in `$XDG_CACHE_HOME/ibid/search-DEV-INODE.sqlite`.
///
/// It stores every `SearchRow` of the library (the same rows the scan searches), tokenized by
/// `unicode61 remove_diacritics 2`, and a table of every distinct token. A query is answered in
/// two steps: its words are tokenized the same way, each becomes the set of stored tokens that
/// contain it (`nazarb` → `nazarbayev`, `nazarbayevs`), and the rows holding one token of each set
/// are the candidates — a superset of the rows `SearchFolding` matches, which then decides (see
/// `SearchIndexQuery`). A count of a word's hits is summed from a third table, of every distinct
/// word with its occurrences (see `SearchWords`), without reading the rows. It is a cache:
/// deleting it loses nothing, the next search scans.
public final class SearchIndex: SearchIndexing, Sendable {
    /// Bumped whenever what is stored changes (the rows, the tokenizer, the schema): an index of
    /// another format is stale.
    public static let format = "ibid-search/2"

    /// The tokenizer. `ʼ` (U+02BC, a letter to Unicode) is a separator here, as the quotes it folds
    /// with are, so `Nazarbayevʼs` and `Nazarbayev's` tokenize alike.
    static let tokenizer = "unicode61 remove_diacritics 2 separators 'ʼ'"

    let database: DatabaseQueue
    /// The last query's FTS5 expression (nil: it cannot be narrowed), as typing asks again and again.
    private let lastQuery = Mutex<(query: String, expression: String?)?>(nil)

    init(database: DatabaseQueue) {
        self.database = database
    }

    public enum Opened {
        case ready(SearchIndex)
        case missing
        /// Built from another file, another version of it, or by another format.
        case stale
        /// Not a readable index (cut short, overwritten, not SQLite): remove it and build again.
        case corrupt
    }

    /// Opens the index at `path` if it is the index of the file with `identity`.
    public static func open(at path: String, for identity: SearchIndexIdentity) -> Opened {
        guard SearchIndexFiles.exists(path) else { return .missing }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let database = try DatabaseQueue(path: path, configuration: configuration)
            let meta = try database.read { db in
                try [String: String](uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0["key"], $0["value"]) })
            }
            // The index must answer a query to count as readable (a file cut short fails here).
            _ = try database.read { db in try Row.fetchOne(db, sql: "SELECT rowid FROM rows WHERE rows MATCH 'ibid' LIMIT 1") }
            guard meta["format"] == format, meta["complete"] == "1" else { return .stale }
            guard meta["identity"] == identity.stamp else { return .stale }
            return .ready(SearchIndex(database: database))
        } catch {
            return .corrupt
        }
    }

    public func candidates(for query: String, after position: Int64, limit: Int) -> SearchCandidates? {
        guard let expression = expression(for: query) else { return nil }
        if limit == 0 { return SearchCandidates(rows: [], position: position, isLast: false) }
        do {
            return try database.read { db in
                let statement = try db.cachedStatement(sql: """
                    SELECT rowid, text, chapter, kind, section, block, note, scope, heading FROM rows
                    WHERE rows MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?
                    """)
                var out: [SearchRow] = []
                var last = position
                // A cursor read by column index: no dictionary of rows by name (perf).
                let cursor = try Row.fetchCursor(statement, arguments: [expression, position, limit])
                while let row = try cursor.next() {
                    last = row[0]
                    out.append(SearchIndexRows.decode(row))
                }
                return SearchCandidates(rows: out, position: last, isLast: out.count < limit)
            }
        } catch {
            // A file that went bad under us: scan instead.
            return nil
        }
    }

    /// The number of hits of `query` in every row, summed over the table of words (see
    /// `SearchWords`) without reading a row; nil when the query is not one the words can count.
    public func count(of query: String) -> Int? {
        let folding = SearchFolding(query)
        guard let key = SearchWords.key(of: folding) else { return nil }
        do {
            return try database.read { db in
                // A word without a folded form (it holds a mark) is matched whatever the query.
                let cursor = try Row.fetchCursor(db, sql: "SELECT word, n FROM words WHERE folded IS NULL OR instr(folded, ?) > 0",
                                                 arguments: [key])
                var total = 0
                while let row = try cursor.next() {
                    let word: String = row[0]
                    let n: Int = row[1]
                    total += n * folding.count(in: word)
                }
                return total
            }
        } catch {
            // A file that went bad under us: the caller scans.
            return nil
        }
    }

    public func chapterTitle(_ id: Int) -> String? {
        try? database.read { db in try String.fetchOne(db, sql: "SELECT title FROM chapters WHERE id = ?", arguments: [id]) }
    }

    /// The FTS5 expression for `query`, or nil when the index cannot narrow it.
    func expression(for query: String) -> String? {
        // Compared as bytes: `==` on Strings is canonical equivalence, and `й` and `и` + U+0306
        // are narrowed differently (the second not at all).
        if let last = lastQuery.withLock({ $0 }), last.query.utf8.elementsEqual(query.utf8) { return last.expression }
        let expression = try? database.read { db in try SearchIndexQuery.expression(for: query, terms: db) }
        lastQuery.withLock { $0 = (query, expression ?? nil) }
        return expression ?? nil
    }
}
