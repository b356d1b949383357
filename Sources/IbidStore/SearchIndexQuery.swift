import GRDB
import IbidDocument

/// How a query becomes an FTS5 expression that selects a superset of the rows it matches.
///
/// `SearchFolding` matches a query anywhere (inside words too) and folds case and quote styles.
/// The index holds whole tokens. A match of the query lies inside the text's tokens: each of the
/// query's own tokens (its runs of letters and digits, folded and tokenized as the index's
/// tokenizer does) is a substring of some token of the row. So the candidates are the rows that
/// hold, for every query token, at least one stored token containing it.
///
/// Two things break "substring of a token", and both send the row or the query to the matcher
/// unfiltered: text a tokenizer normalizes differently from its canonically equivalent spelling —
/// combining marks (`и` + U+0306 is `й` to Swift, `и` to the tokenizer), Hangul jamo, and the
/// scalars whose canonical form is another scalar (Ω U+2126, the CJK compatibility ideographs).
/// A stored row holding any is marked (`marks:m`) and is always a candidate; a query holding any
/// is not narrowed at all.
enum SearchIndexQuery {
    /// A query token found in more stored tokens than this is not worth narrowing by: one letter,
    /// or a syllable in every other word. It is left out; a query made only of such tokens is scanned.
    static let termLimit = 400

    /// The expression, or nil when the query cannot be narrowed.
    static func expression(for query: String, terms db: Database) throws -> String? {
        if query.unicodeScalars.contains(where: needsScan) { return nil }
        let folded = query.map(SearchFolding.fold).joined()
        let tokens = try QueryTokenizer.shared.tokens(folded)
        guard !tokens.isEmpty else { return nil }
        var groups: [String] = []
        for token in tokens {
            let found = try String.fetchAll(db, sql: "SELECT term FROM terms WHERE instr(term, ?) > 0 LIMIT ?",
                                            arguments: [token, termLimit + 1])
            // Too common to narrow by: leaving a word out only widens the candidates (`'s` in `Nazarbayev's`).
            if found.count > termLimit { continue }
            // No stored token holds it: only the marked rows can match.
            if found.isEmpty { return "marks : \"m\"" }
            groups.append("(" + found.map { "text : " + quoted($0) }.joined(separator: " OR ") + ")")
        }
        guard !groups.isEmpty else { return nil }
        return "(" + groups.joined(separator: " AND ") + ") OR marks : \"m\""
    }

    /// An FTS5 string: in double quotes, a double quote doubled.
    static func quoted(_ term: String) -> String {
        "\"" + term.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Whether a scalar has another canonically equivalent spelling that the tokenizer would treat
    /// differently (see above): the scalars `SearchWords` takes care with for the same reason.
    static func needsScan(_ s: Unicode.Scalar) -> Bool { SearchWords.needsCare(s) }

    /// Whether a stored row must always be a candidate.
    static func isMarked(_ text: String) -> Bool {
        text.utf8.contains(where: { $0 >= 0xCC }) && text.unicodeScalars.contains(where: needsScan)
    }
}

extension String {
    /// Every `target` replaced (no Foundation here).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// Tokenizes a query exactly as the index's tokenizer does, by asking SQLite: an in-memory FTS5
/// table with the same tokenizer, whose vocabulary after inserting the query is its tokens.
final class QueryTokenizer: Sendable {
    static let shared = QueryTokenizer()

    let database: DatabaseQueue?

    init() {
        database = try? DatabaseQueue()
        try? database?.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE q USING fts5(text, tokenize = \"\(SearchIndex.tokenizer)\")")
            try db.execute(sql: "CREATE VIRTUAL TABLE qv USING fts5vocab(q, 'row')")
        }
    }

    func tokens(_ text: String) throws -> [String] {
        guard let database else { throw DatabaseError(message: "no in-memory SQLite") }
        return try database.write { db in
            try db.execute(sql: "DELETE FROM q")
            try db.execute(sql: "INSERT INTO q(text) VALUES (?)", arguments: [text])
            return try String.fetchAll(db, sql: "SELECT term FROM qv")
        }
    }
}
