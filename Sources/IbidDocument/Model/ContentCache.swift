import Synchronization

/// Recovered chapters, computed on first use and kept: the list needs titles only, and a chapter
/// opened twice is recovered once.
final class ContentCache: Sendable {
    private let storage = Mutex<[Int: ChapterContent]>([:])

    /// The cached content, or `recover`'s, stored. The lock is not held while recovering.
    func content(for chapter: Chapter, recover: (Chapter) -> ChapterContent) -> ChapterContent {
        if let cached = storage.withLock({ $0[chapter.id] }) { return cached }
        let recovered = recover(chapter)
        storage.withLock { $0[chapter.id] = recovered }
        return recovered
    }

    func contains(_ id: Int) -> Bool { storage.withLock { $0[id] != nil } }

    func store(_ content: ChapterContent, for id: Int) { storage.withLock { $0[id] = content } }
}
