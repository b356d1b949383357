import Synchronization

/// Recovered chapters, computed on first use and kept while there is room: the list needs titles
/// only, and a chapter opened twice is recovered once.
///
/// Bounded, least recently used first out: a reader that warms up thousands of chapters of a 1 GB
/// dump, or pages through them all, keeps at most `maxChapters` chapters or about `maxSourceBytes` of
/// their post content recovered (a recovered chapter takes a few times its source in memory), always
/// at least the one just asked for. What the list needs of every chapter, its note count, is small
/// and kept for all of them apart (`noteCount`).
///
/// Keyed by the post's file and offset in it, not the chapter ID: the provisional libraries of a
/// progressive load share the cache with the final one, and a post without a numeric ID is numbered
/// by its place among the posts found so far, which a late enclosing post can still change. A chapter
/// completed from another edition is cached apart from its plain recovery (`completedFrom`).
final class ContentCache: Sendable {
    struct Key: Hashable, Sendable {
        let file: Int
        let offset: Int
        let completedFrom: Int?
    }

    static let defaultMaxChapters = 64
    static let defaultMaxSourceBytes = 32 << 20

    private struct State {
        var contents: BoundedLRU<Key, ChapterContent>
        var noteCounts: [Key: Int] = [:]
    }

    private let state: Mutex<State>
    let maxChapters: Int
    let maxSourceBytes: Int

    init(maxChapters: Int = defaultMaxChapters, maxSourceBytes: Int = defaultMaxSourceBytes) {
        self.maxChapters = max(1, maxChapters)
        self.maxSourceBytes = maxSourceBytes
        state = Mutex(State(contents: BoundedLRU(maxEntries: maxChapters, maxCost: maxSourceBytes)))
    }

    /// The cached content, or `recover`'s, stored. The lock is not held while recovering.
    func content(for chapter: Chapter, key: Key, recover: (Chapter) -> ChapterContent) -> ChapterContent {
        let cached = state.withLock { $0.contents.value(for: key) }
        if let cached { return cached }
        let recovered = recover(chapter)
        store(recovered, for: key, cost: chapter.post.content?.byteCount ?? 0)
        return recovered
    }

    func contains(_ key: Key) -> Bool { state.withLock { $0.contents.contains(key) } }

    /// The note count of a chapter recovered at some time, kept when its content was evicted.
    func noteCount(_ key: Key) -> Int? { state.withLock { $0.noteCounts[key] } }

    /// How many chapters are held, and the post-content bytes they came from (for tests of the bounds).
    var held: (chapters: Int, sourceBytes: Int) { state.withLock { ($0.contents.count, $0.contents.cost) } }

    func store(_ content: ChapterContent, for key: Key, cost: Int) {
        state.withLock { s in
            s.noteCounts[key] = content.notes.count
            s.contents.store(content, for: key, cost: cost)
        }
    }
}
