import IbidDump
import Synchronization

/// Everything ibid knows about one dump: where it came from, its reports, and what was repaired.
public struct Library: Sendable {
    public let source: SourceInfo
    public let reports: [Report]
    public let warnings: [DumpWarning]
    /// Every chapter in report order (the reports flattened), and where each ID stands in it.
    public let chapters: [Chapter]
    private let position: [Int: Int]
    /// The report of each chapter in `chapters`, by position.
    private let reportIndex: [Int]
    /// Shared by the provisional libraries of a progressive load and the final one (`LibraryScan`):
    /// a chapter's content depends on its post alone, and the post is the same in all of them.
    let cache: ContentCache

    public init(source: SourceInfo, reports: [Report], warnings: [DumpWarning]) {
        self.init(source: source, reports: reports, warnings: warnings, cache: ContentCache())
    }

    init(source: SourceInfo, reports: [Report], warnings: [DumpWarning], cache: ContentCache) {
        self.cache = cache
        self.source = source
        self.reports = reports
        self.warnings = warnings
        chapters = reports.flatMap(\.chapters)
        reportIndex = reports.enumerated().flatMap { r, report in report.chapters.map { _ in r } }
        position = Dictionary(chapters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The chapter's recovered structure, computed on first use and cached.
    public func content(of chapter: Chapter) -> ChapterContent {
        cache.content(for: chapter)
    }

    /// Whether `content(of:)` would answer without recovering (the list shows note counts only then).
    public func isRecovered(_ chapter: Chapter) -> Bool { cache.contains(chapter) }

    /// The chapter's note count: kept for every chapter ever recovered (the cache of contents is
    /// bounded, this table is not: an Int a chapter); recovered now when it was never asked.
    public func noteCount(of chapter: Chapter) -> Int {
        cache.noteCount(chapter) ?? content(of: chapter).notes.count
    }

    /// Recovers every chapter (up to `limit`), on all cores, keeping each one's note count and the
    /// most recent contents (the cache is bounded): what the reader does after its first paint so the
    /// list can show note counts without delaying the first screen.
    public func warmUp(limit: Int = 2000) {
        let all = Array(chapters.prefix(limit)).filter { cache.noteCount($0) == nil }
        DispatchQueue.concurrentPerform(iterations: all.count) { i in
            cache.store(ChapterRecovery.recover(all[i].post), for: all[i])
            all[i].post.release()
        }
    }

    /// Loads the dump at `path` ("-" for standard input).
    public static func load(path: String) throws(DumpError) -> Library {
        try Library(dump: DumpLoader.load(path: path))
    }

    public init(dump: LoadedDump) {
        self.init(dump: dump, chapters: Library.chapters(of: dump.posts), cache: ContentCache())
    }

    /// The final library of a progressive load, keeping what its provisional ones recovered.
    init(dump: LoadedDump, cache: ContentCache) {
        self.init(dump: dump, chapters: Library.chapters(of: dump.posts), cache: cache)
    }

    /// A provisional library of the posts a progressive load has found so far (no warnings yet: those
    /// are known when the parse ends).
    init(progress: DumpProgress, path: String, bytes: Int, cache: ContentCache) {
        self.init(source: SourceInfo(path: path, kind: "print_r", layout: progress.layout, bytes: bytes, page: progress.page),
                  reports: ReportGrouping.group(Library.chapters(of: progress.posts)), warnings: [], cache: cache)
    }

    /// One chapter a post. Posts without a numeric ID are numbered -1, -2, … in dump order: the loader
    /// keeps them all (only numeric IDs can be duplicates), so the ID alone must still tell them apart.
    static func chapters(of posts: [Post]) -> [Chapter] {
        var synthetic = 0
        // A chapter reads its post's title, date and first kilobyte, which maps their pages back in.
        let release = PageRelease(following: posts)
        defer { release?.finish() }
        return posts.map { post in
            defer { release?.passed(post) }
            if post.numericID != nil { return Chapter(post: post) }
            synthetic -= 1
            return Chapter(post: post, id: synthetic)
        }
    }

    private init(dump: LoadedDump, chapters: [Chapter], cache: ContentCache) {
        self.init(
            source: SourceInfo(path: dump.path, kind: dump.form.rawValue, layout: dump.layout, bytes: dump.byteCount, page: dump.page),
            reports: ReportGrouping.group(chapters),
            warnings: dump.warnings,
            cache: cache
        )
    }

    public func chapter(id: Int) -> Chapter? { position[id].map { chapters[$0] } }

    /// The index in `reports` of the report a chapter belongs to.
    public func reportIndex(of chapter: Chapter) -> Int { position[chapter.id].map { reportIndex[$0] } ?? 0 }
}

#if canImport(Dispatch)
import Dispatch
#endif

extension Library {
    /// Visits every chapter with its recovered content, in order, recovering a batch of chapters
    /// at a time on all cores and without keeping them: what `check` and `export` need on a 100 MB dump.
    public func forEachContent(batch: Int = 32, _ body: (Chapter, ChapterContent) throws -> Void) rethrows {
        let all = chapters
        var start = 0
        while start < all.count {
            let slice = Array(all[start..<min(all.count, start + batch)])
            let results = Mutex<[Int: ChapterContent]>([:])
            DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                let content = ChapterRecovery.recover(slice[i].post)
                results.withLock { $0[i] = content }
            }
            let recovered = results.withLock { $0 }
            for (i, chapter) in slice.enumerated() { try body(chapter, recovered[i]!) }
            // Done with these posts' bytes: a mapped dump's pages go back, so a pass over a 1 GB dump
            // holds a batch of it at a time, not all of it.
            for chapter in slice { chapter.post.release() }
            start += batch
        }
    }
}
