import IbidDocument
import Synchronization

/// Laid-out chapters, kept per (chapter, width): scrolling never wraps again, and a resize back to a
/// width seen before costs nothing.
public final class WrapCache: Sendable {
    private struct Key: Hashable {
        let chapter: Int
        let width: Int
    }

    private let entries = Mutex<[Key: ChapterLines]>([:])

    public init() {}

    public func lines(chapter: Int, width: Int, content: () -> ChapterContent) -> ChapterLines {
        let key = Key(chapter: chapter, width: width)
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let laid = ChapterLines(content: content(), width: width)
        entries.withLock { cache in
            // A handful of widths per chapter is all a session uses; drop the lot if it grows past that.
            if cache.count > 64 { cache.removeAll() }
            cache[key] = laid
        }
        return laid
    }
}
