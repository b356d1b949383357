import IbidDocument
import Synchronization

/// Each chapter's citations with their sentences and fingerprints (`ChapterCitations`), computed
/// on first use and shared by the copies of a state, like `WrapCache`: the marker glyphs, the
/// progress counts and `X` ask on every frame.
public final class CitationsCache: Sendable {
    private let entries = Mutex<[Int: ChapterCitations]>([:])
    /// Progress counts by chapter, section (-1 for the whole) and marks version.
    private let counts = Mutex<[ProgressKey: ReviewProgress?]>([:])

    struct ProgressKey: Hashable {
        let chapter: Int
        let section: Int
        let version: Int
    }

    /// A count computed once per version of the marks: the list asks for every row on every frame.
    func progress(_ key: ProgressKey, compute: () -> ReviewProgress?) -> ReviewProgress? {
        if let hit = counts.withLock({ $0[key] }) { return hit }
        let value = compute()
        counts.withLock { cache in
            // Older versions are never asked again.
            if cache.count > 4096 { cache.removeAll() }
            cache[key] = value
        }
        return value
    }

    public init() {}

    /// Forgets everything: a progressive load replaced the library, and a chapter's content (notes
    /// filled in from another edition) may differ in the new one.
    func removeAll() {
        entries.withLock { $0.removeAll() }
        counts.withLock { $0.removeAll() }
    }

    func citations(chapter: Int, content: () -> ChapterContent) -> ChapterCitations {
        if let hit = entries.withLock({ $0[chapter] }) { return hit }
        let made = ChapterCitations(content: content())
        entries.withLock { $0[chapter] = made }
        return made
    }
}
