import IbidDump
import Synchronization

/// Everything ibid knows about one or more dumps: where they came from, their reports (each in
/// its editions), and what was repaired.
public struct Library: Sendable {
    /// The files, in the order given (a directory's files sorted by name): `Chapter.file` indexes here.
    public let sources: [SourceInfo]
    public let reports: [Report]
    /// Every file's warnings, in file order; `fileWarnings` says which file each came from.
    public let warnings: [DumpWarning]
    public let fileWarnings: [(file: Int, warning: DumpWarning)]
    /// Every chapter in report order (the reports flattened), and where each ID stands in it.
    public let chapters: [Chapter]
    /// The evidence that grouped editions: chapters in two languages citing the same URLs in order.
    public let editionLinks: [EditionLink]
    private let position: [Int: Int]
    /// The report of each chapter in `chapters`, by position.
    private let reportIndex: [Int]
    /// A truncated chapter's counterpart in another edition, whose notes fill in the ones it lost.
    private let completion: [Int: Int]
    /// Post IDs held by more than one chapter (several files of one site, or of different sites).
    private let sharedPostIDs: Set<Int>
    /// Shared by the provisional libraries of a progressive load and the final one (`LibraryScan`):
    /// a chapter's content depends on its post alone (and, for a completed chapter, on the
    /// counterpart it is completed from, which is part of the cache key), and the post is the same in all of them.
    let cache: ContentCache

    /// The first file (the only one, for most commands).
    public var source: SourceInfo { sources[0] }

    public init(source: SourceInfo, reports: [Report], warnings: [DumpWarning]) {
        self.init(sources: [source], reports: reports, fileWarnings: warnings.map { (0, $0) }, links: [], cache: ContentCache())
    }

    init(sources: [SourceInfo], reports: [Report], fileWarnings: [(file: Int, warning: DumpWarning)], links: [EditionLink],
         cache: ContentCache) {
        self.cache = cache
        self.sources = sources
        self.reports = reports
        self.fileWarnings = fileWarnings
        warnings = fileWarnings.map(\.warning)
        editionLinks = links
        chapters = reports.flatMap(\.chapters)
        reportIndex = reports.enumerated().flatMap { r, report in report.chapters.map { _ in r } }
        position = Dictionary(chapters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<Int>(), shared = Set<Int>()
        for chapter in chapters where !seen.insert(chapter.postID).inserted { shared.insert(chapter.postID) }
        sharedPostIDs = shared
        // Only a URL link vouches that two chapters number their notes alike.
        var completion: [Int: Int] = [:]
        for link in links {
            for (a, b) in [(link.first, link.second), (link.second, link.first)] {
                if let i = position[a], chapters[i].truncated, completion[a] == nil { completion[a] = b }
            }
        }
        self.completion = completion
    }

    /// The chapter's recovered structure, computed on first use and cached.
    public func content(of chapter: Chapter) -> ChapterContent {
        cache.content(for: chapter, key: cacheKey(chapter)) { recover($0) }
    }

    /// Where a chapter's content is cached: its post's place in its file, and the counterpart that
    /// completes it, if any (a provisional library has no editions yet: its content of the same post
    /// is another one).
    func cacheKey(_ chapter: Chapter) -> ContentCache.Key {
        ContentCache.Key(file: chapter.file, offset: chapter.post.offset, completedFrom: completion[chapter.id])
    }

    /// Recovers a chapter and fills in notes it lost from its counterpart in another edition.
    func recover(_ chapter: Chapter) -> ChapterContent {
        let content = ChapterRecovery.recover(chapter.post)
        guard let partnerID = completion[chapter.id], let partner = self.chapter(id: partnerID) else { return content }
        // The counterpart's own recovery, never its completed one: two truncated editions must not
        // each wait for the other.
        return NoteCompletion.complete(content, from: ChapterRecovery.recover(partner.post),
                                       origin: NoteOrigin(chapter: partner.postID, language: partner.language))
    }

    /// Whether a chapter could hold a hit that `filter` looks for: its own post's raw content, or
    /// that of the counterpart whose notes complete it.
    public func admits(_ chapter: Chapter, _ filter: RawPrefilter) -> Bool {
        if filter.admits(chapter.post) { return true }
        guard let partnerID = completion[chapter.id], let partner = self.chapter(id: partnerID) else { return false }
        return filter.admits(partner.post)
    }

    /// Whether `content(of:)` would answer without recovering (the list shows note counts only then).
    public func isRecovered(_ chapter: Chapter) -> Bool { cache.contains(cacheKey(chapter)) }

    /// The chapter's note count: kept for every chapter ever recovered (the cache of contents is
    /// bounded, this table is not: an Int a chapter); recovered now when it was never asked.
    public func noteCount(of chapter: Chapter) -> Int {
        cache.noteCount(cacheKey(chapter)) ?? content(of: chapter).notes.count
    }

    /// Recovers every chapter (up to `limit`), on all cores, keeping each one's note count and the
    /// most recent contents (the cache is bounded): what the reader does after its first paint so the
    /// list can show note counts without delaying the first screen.
    public func warmUp(limit: Int = 2000) {
        let all = Array(chapters.prefix(limit)).filter { cache.noteCount(cacheKey($0)) == nil }
        DispatchQueue.concurrentPerform(iterations: all.count) { i in
            cache.store(recover(all[i]), for: cacheKey(all[i]), cost: all[i].post.content?.byteCount ?? 0)
            all[i].post.release()
        }
    }

    /// Loads the dump at `path` ("-" for standard input).
    public static func load(path: String) throws(DumpError) -> Library {
        try Library(dump: DumpLoader.load(path: path))
    }

    public init(dump: LoadedDump) {
        self.init(dumps: [dump])
    }

    /// The final library of a progressive load, keeping what its provisional ones recovered.
    init(dump: LoadedDump, cache: ContentCache) {
        self.init(dumps: [dump], cache: cache)
    }

    /// A provisional library of the posts a progressive load has found so far (no warnings yet: those
    /// are known when the parse ends; no editions yet: those need every post).
    init(progress: DumpProgress, path: String, bytes: Int, cache: ContentCache) {
        self.init(sources: [SourceInfo(path: path, kind: "print_r", layout: progress.layout, bytes: bytes, page: progress.page)],
                  reports: ReportGrouping.group(Library.chapters(of: progress.posts)), fileWarnings: [], links: [], cache: cache)
    }

    /// Several dumps as one library (docs/decisions.md, "Several dumps: one library"). A post whose
    /// numeric ID an earlier file already holds is, when its date and title are the same, the same
    /// post dumped twice: the first copy is kept and a `duplicate-post` warning names both files.
    /// Otherwise both are kept; the later one gets a fresh (negative) library ID and keeps its
    /// `postID`, and both are addressed `FILE:ID` (`Library.address(of:)`).
    public init(dumps: [LoadedDump]) {
        self.init(dumps: dumps, cache: ContentCache())
    }

    init(dumps: [LoadedDump], cache: ContentCache) {
        var synthetic = 0
        var chapters: [Chapter] = []
        var fileWarnings: [(file: Int, warning: DumpWarning)] = []
        var taken: [Int: (file: Int, date: String, title: String)] = [:]
        for (file, dump) in dumps.enumerated() {
            fileWarnings += dump.warnings.map { (file, $0) }
            // A chapter reads its post's title, date and first kilobyte, which maps their pages back in.
            let release = PageRelease(following: dump.posts)
            defer { release?.finish() }
            for post in dump.posts {
                defer { release?.passed(post) }
                guard let id = post.numericID else {
                    synthetic -= 1
                    chapters.append(Chapter(post: post, id: synthetic, file: file))
                    continue
                }
                if let earlier = taken[id], earlier.file != file {
                    if earlier.date == post.date, earlier.title == post.title {
                        fileWarnings.append((file, DumpWarning(
                            code: .duplicatePost,
                            message: "post \(id) is also in \(dumps[earlier.file].path); the first copy is kept",
                            position: nil, postID: id)))
                        continue
                    }
                    synthetic -= 1
                    chapters.append(Chapter(post: post, id: synthetic, postID: id, file: file))
                    continue
                }
                taken[id] = (file, post.date, post.title)
                chapters.append(Chapter(post: post, file: file))
            }
        }
        let grouped = EditionGrouping.group(ReportGrouping.group(chapters))
        self.init(
            sources: dumps.map { SourceInfo(path: $0.path, kind: $0.form.rawValue, layout: $0.layout, bytes: $0.byteCount, page: $0.page) },
            reports: grouped.reports,
            fileWarnings: fileWarnings,
            links: grouped.links,
            cache: cache
        )
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

    public func chapter(id: Int) -> Chapter? { position[id].map { chapters[$0] } }

    /// The index in `reports` of the report a chapter belongs to.
    public func reportIndex(of chapter: Chapter) -> Int { position[chapter.id].map { reportIndex[$0] } ?? 0 }

    /// How a person names a chapter: its post ID, or `N:ID` (N the file's number, from 1) when
    /// another file holds a post with the same ID.
    public func address(of chapter: Chapter) -> String {
        sharedPostIDs.contains(chapter.postID) ? "\(chapter.file + 1):\(chapter.postID)" : String(chapter.postID)
    }

    /// The chapters an address names: `ID` (every chapter with that post ID: more than one when
    /// several files hold it), or `N:ID` (file N, from 1).
    public func chapters(at address: String) -> [Chapter] {
        let parts = address.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1, let id = Int(address) {
            return chapters.filter { $0.postID == id }
        }
        if parts.count == 2, let file = Int(parts[0]), let id = Int(parts[1]) {
            return chapters.filter { $0.postID == id && $0.file == file - 1 }
        }
        return []
    }
}

#if canImport(Dispatch)
import Dispatch
#endif

extension Library {
    /// Visits every chapter with its recovered content, in order, recovering a batch of chapters
    /// at a time on all cores and without keeping them: what `check` and `export` need on a 100 MB dump.
    /// `admit`, when given, is asked first (on the same cores) and a chapter it refuses is neither
    /// recovered nor visited: how a search without an index skips posts that cannot match.
    public func forEachContent(batch: Int = 32, admit: (@Sendable (Chapter) -> Bool)? = nil,
                               _ body: (Chapter, ChapterContent) throws -> Void) rethrows {
        let all = chapters
        var start = 0
        while start < all.count {
            let slice = Array(all[start..<min(all.count, start + batch)])
            let results = Mutex<[Int: ChapterContent]>([:])
            DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                if let admit, !admit(slice[i]) { return }
                let content = recover(slice[i])
                results.withLock { $0[i] = content }
            }
            let recovered = results.withLock { $0 }
            for (i, chapter) in slice.enumerated() {
                if let content = recovered[i] { try body(chapter, content) }
            }
            // Done with these posts' bytes: a mapped dump's pages go back, so a pass over a 1 GB dump
            // holds a batch of it at a time, not all of it.
            for chapter in slice { chapter.post.release() }
            start += batch
        }
    }
}
