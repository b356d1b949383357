import IbidDocument
import Synchronization

/// Each chapter's citations with their sentences and fingerprints (`ChapterCitations`), computed
/// on first use and shared by the copies of a state, like `WrapCache`: the marker glyphs, the
/// progress counts and `X` ask on every frame.
public final class CitationsCache: Sendable {
    private let entries = Mutex<[Int: ChapterCitations]>([:])

    public init() {}

    func citations(chapter: Int, content: () -> ChapterContent) -> ChapterCitations {
        if let hit = entries.withLock({ $0[chapter] }) { return hit }
        let made = ChapterCitations(content: content())
        entries.withLock { $0[chapter] = made }
        return made
    }
}
