import IbidDocument
import Synchronization

/// Laid-out chapters, kept per (chapter, width): scrolling never wraps again, and a resize back to a
/// width seen before costs nothing.
///
/// Bounded, least recently used first out: at most `maxEntries` layouts and about `maxLines` display
/// lines in all (a chapter of two million one-word paragraphs is two million lines; a session that
/// opens many chapters of a large dump must not keep every layout), always the one just made.
public final class WrapCache: Sendable {
    private struct Key: Hashable {
        let chapter: Int
        let width: Int
    }

    public static let defaultMaxEntries = 16
    public static let defaultMaxLines = 400_000

    /// The cost of a layout is its number of lines.
    private let state: Mutex<BoundedLRU<Key, ChapterLines>>
    let maxEntries: Int
    let maxLines: Int

    public init(maxEntries: Int = defaultMaxEntries, maxLines: Int = defaultMaxLines) {
        self.maxEntries = max(1, maxEntries)
        self.maxLines = maxLines
        state = Mutex(BoundedLRU(maxEntries: maxEntries, maxCost: maxLines))
    }

    /// Forgets every layout: a progressive load replaced the library, where a chapter ID without a
    /// post ID of its own may now name another post, and a chapter completed from another edition
    /// has notes its old layout's markers did not point at.
    func removeAll() {
        state.withLock { $0.removeAll() }
    }

    /// How many layouts are kept, and their lines (for tests of the bounds).
    var held: (entries: Int, lines: Int) { state.withLock { ($0.count, $0.cost) } }

    public func lines(chapter: Int, width: Int, content: () -> ChapterContent) -> ChapterLines {
        let key = Key(chapter: chapter, width: width)
        if let hit = state.withLock({ $0.value(for: key) }) { return hit }
        let laid = ChapterLines(content: content(), width: width)
        state.withLock { $0.store(laid, for: key, cost: laid.lines.count) }
        return laid
    }
}
