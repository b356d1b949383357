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

    private struct Entry {
        let lines: ChapterLines
        var used: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var lines = 0
        var clock: UInt64 = 0
    }

    public static let defaultMaxEntries = 16
    public static let defaultMaxLines = 400_000

    private let state = Mutex(State())
    let maxEntries: Int
    let maxLines: Int

    public init(maxEntries: Int = defaultMaxEntries, maxLines: Int = defaultMaxLines) {
        self.maxEntries = max(1, maxEntries)
        self.maxLines = maxLines
    }

    /// Forgets every layout: a progressive load replaced the library, where a chapter ID without a
    /// post ID of its own may now name another post, and a chapter completed from another edition
    /// has notes its old layout's markers did not point at.
    func removeAll() {
        state.withLock { $0 = State() }
    }

    /// How many layouts are kept, and their lines (for tests of the bounds).
    var held: (entries: Int, lines: Int) { state.withLock { ($0.entries.count, $0.lines) } }

    public func lines(chapter: Int, width: Int, content: () -> ChapterContent) -> ChapterLines {
        let key = Key(chapter: chapter, width: width)
        let hit: ChapterLines? = state.withLock { s in
            guard var entry = s.entries[key] else { return nil }
            s.clock += 1
            entry.used = s.clock
            s.entries[key] = entry
            return entry.lines
        }
        if let hit { return hit }
        let laid = ChapterLines(content: content(), width: width)
        state.withLock { s in
            s.clock += 1
            if let old = s.entries[key] { s.lines -= old.lines.lines.count }
            s.entries[key] = Entry(lines: laid, used: s.clock)
            s.lines += laid.lines.count
            while s.entries.count > 1, s.entries.count > maxEntries || s.lines > maxLines {
                guard let oldest = s.entries.min(by: { $0.value.used < $1.value.used }), oldest.key != key else { break }
                s.lines -= oldest.value.lines.lines.count
                s.entries[oldest.key] = nil
            }
        }
        return laid
    }
}
