/// Search of the whole library — every chapter's headings, blocks and notes — for the reader's
/// search pane (`s`) and `ibid search`. One engine, two sources of rows: the library itself (a
/// scan, recovering chapters as it goes) or an index's candidate rows (`SearchIndexing`). Either
/// way each row is matched by `SearchFolding`, so both give the same hits in the same order.
///
/// The reader runs it a slice at a time (`advance(budget:)`): each slice stops once it has
/// matched about `budget` bytes of text, so a keystroke never waits for a 100 MB library; the
/// loop calls `advance` again while no key is waiting. Only the first `limit` hits are kept (a
/// pane shows a screenful; a common word has hundreds of thousands), the rest only counted.
public struct LibrarySearch: Sendable {
    public let query: String
    let folding: SearchFolding
    /// Which chapters a scan need not recover (nil: every one).
    let prefilter: RawPrefilter?
    /// Hits kept; beyond it hits are counted only.
    public let limit: Int
    public private(set) var hits: [LibraryHit] = []
    /// Every hit found so far, kept or not.
    public private(set) var total = 0
    /// The whole library has been searched.
    public private(set) var isDone = false
    /// Chapters scanned so far (scan), for the progress the pane shows.
    public private(set) var chaptersSearched = 0
    /// Whether the index answers this search (nil until the first slice asks it).
    public private(set) var indexed: Bool?
    var position: Int64 = 0

    /// Characters either side of a hit in its snippet.
    public static let context = 40
    public static let defaultLimit = 1000

    public init(query: String, limit: Int = LibrarySearch.defaultLimit) {
        self.query = query
        folding = SearchFolding(query)
        prefilter = RawPrefilter(folding)
        self.limit = limit
        if folding.isEmpty { isDone = true }
    }

    /// Searches on for about `budget` bytes of text (at least one chapter or one batch of rows).
    public mutating func advance(in library: Library, index: (any SearchIndexing)?, budget: Int) {
        guard !isDone else { return }
        if indexed == nil {
            indexed = index.map { $0.candidates(for: query, after: 0, limit: 0) != nil } ?? false
        }
        var spent = 0
        if indexed == true, let index {
            while !isDone, spent < budget {
                guard let batch = index.candidates(for: query, after: position, limit: 256) else {
                    // The index went away (deleted under us): scan the rest from the start, keeping nothing twice.
                    restartAsScan()
                    return
                }
                for row in batch.rows {
                    spent += row.text.utf8.count
                    take(row)
                }
                position = batch.position
                if batch.isLast { isDone = true }
            }
            return
        }
        let chapters = library.chapters
        while !isDone, spent < budget {
            guard chaptersSearched < chapters.count else { isDone = true; break }
            let chapter = chapters[chaptersSearched]
            if let prefilter, !library.isRecovered(chapter), !library.admits(chapter, prefilter) {
                // Not recovered, since it cannot match: the filter reads bytes many times faster than
                // recovery and matching, so a slice may look through several times its budget.
                spent += (chapter.post.content?.byteCount ?? 0) / 8
                chaptersSearched += 1
                if chaptersSearched == chapters.count { isDone = true }
                continue
            }
            SearchRow.forEachRow(of: library.content(of: chapter), chapterID: chapter.id) { row in
                spent += row.text.utf8.count
                take(row)
            }
            chaptersSearched += 1
            if chaptersSearched == chapters.count { isDone = true }
        }
    }

    mutating func restartAsScan() {
        indexed = false
        hits = []
        total = 0
        position = 0
        chaptersSearched = 0
    }

    /// Runs to the end (what `ibid screen` and the tests do where the terminal would go slice by slice).
    public mutating func finish(in library: Library, index: (any SearchIndexing)?) {
        while !isDone { advance(in: library, index: index, budget: 1 << 22) }
    }

    mutating func take(_ row: SearchRow) {
        if hits.count >= limit {
            total += folding.count(in: row.text)
            return
        }
        Self.forEachHit(of: folding, in: row) { hit in
            total += 1
            if hits.count < limit { hits.append(LibraryHit(chapterID: row.chapterID, hit: hit)) }
        }
    }

    /// Every hit in one row, with its snippet.
    public static func forEachHit(of folding: SearchFolding, in row: SearchRow, context: Int = LibrarySearch.context,
                                  _ body: (SearchHit) -> Void) {
        TextSearch.matches(of: folding, in: row.text, context: context) { snippet, at in
            body(SearchHit(chapterID: row.chapterID, place: row.place, heading: row.heading, snippet: snippet, matchOffset: at))
        }
    }
}

extension LibrarySearch {
    /// Every hit, in library order, to `body` as found, by scanning (recovering chapters a batch at
    /// a time on all cores, keeping none): `ibid search` without an index. With `countOnly` no
    /// snippet is made and `body` gets nil per hit.
    public static func scan(_ query: String, in library: Library, countOnly: Bool = false,
                            _ body: (Chapter, SearchHit?) -> Void) {
        let folding = SearchFolding(query)
        guard !folding.isEmpty else { return }
        // Only the chapters whose raw bytes could hold a hit are recovered.
        var admit: (@Sendable (Chapter) -> Bool)? = nil
        if let filter = RawPrefilter(folding) {
            admit = { chapter in library.admits(chapter, filter) }
        }
        library.forEachContent(admit: admit) { chapter, content in
            SearchRow.forEachRow(of: content, chapterID: chapter.id) { row in
                if countOnly {
                    for _ in 0..<folding.count(in: row.text) { body(chapter, nil) }
                } else {
                    forEachHit(of: folding, in: row) { body(chapter, $0) }
                }
            }
        }
    }

    /// Every hit, in library order, from the index's candidate rows; false (and nothing found)
    /// when the index cannot narrow this query, and the caller should scan.
    public static func indexed(_ query: String, index: any SearchIndexing, countOnly: Bool = false,
                               _ body: (SearchRow, SearchHit?) -> Void) -> Bool {
        let folding = SearchFolding(query)
        guard !folding.isEmpty else { return true }
        var position: Int64 = 0
        while true {
            guard let batch = index.candidates(for: query, after: position, limit: 4096) else { return position != 0 }
            for row in batch.rows {
                if countOnly {
                    for _ in 0..<folding.count(in: row.text) { body(row, nil) }
                } else {
                    forEachHit(of: folding, in: row) { body(row, $0) }
                }
            }
            position = batch.position
            if batch.isLast { return true }
        }
    }
}
