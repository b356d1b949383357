/// What the search engine asks of an index: the rows that may hold a query. The core declares it;
/// `IbidStore.SearchIndex` answers it from SQLite FTS5. An index only narrows where to look —
/// every row it returns is still matched by `SearchFolding`, which alone decides what is a hit —
/// so an index that returns too much costs time, never a wrong answer; one that cannot narrow a
/// query (a query with no word in it, an index still building) says so and the engine scans.
public protocol SearchIndexing: Sendable {
    /// Up to `limit` rows after `position` (0 at the start) that may hold `query`, in library
    /// order — a superset of the rows that do — with the position to continue from; nil when the
    /// index cannot narrow this query now, and the caller should scan the library instead.
    func candidates(for query: String, after position: Int64, limit: Int) -> SearchCandidates?

    /// The number of hits of `query` in the whole library, counted by the index itself; nil when
    /// it cannot count this query exactly, and the caller should match the candidates instead.
    func count(of query: String) -> Int?

    /// The title of a chapter the index holds (what `ibid search --json` prints without loading the dump).
    func chapterTitle(_ id: Int) -> String?
}

/// One batch of an index's candidate rows.
public struct SearchCandidates: Sendable {
    public var rows: [SearchRow]
    /// Where the next batch starts.
    public var position: Int64
    /// No rows after these.
    public var isLast: Bool

    public init(rows: [SearchRow], position: Int64, isLast: Bool) {
        self.rows = rows
        self.position = position
        self.isLast = isLast
    }
}
