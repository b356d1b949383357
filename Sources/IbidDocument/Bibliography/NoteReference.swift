/// Which note of which chapter cited a work, and the work's place among the note's works.
public struct NoteReference: Sendable, Hashable, Comparable {
    public let chapter: Int
    public let scope: NoteScope
    public let note: Int
    /// The work's position among the works the note cites, from 1; nil when an Ibid repeats it.
    public let position: Int?

    public init(chapter: Int, scope: NoteScope, note: Int, position: Int?) {
        self.chapter = chapter
        self.scope = scope
        self.note = note
        self.position = position
    }

    /// `6003-2-1` (CHAPTER-NOTE-K); a box's notes, which restart at 1, carry the box:
    /// `6003-b1-3-1`.
    public var identifier: String {
        let box: String
        switch scope {
        case .chapter: box = ""
        case .box(let i): box = "b\(i + 1)-"
        }
        return "\(chapter)-\(box)\(note)-\(position ?? 0)"
    }

    /// `6003: 2` or `6003 box 1: 3`, for the human-readable lists.
    public var noteLabel: String {
        switch scope {
        case .chapter: "\(note)"
        case .box(let i): "box \(i + 1) note \(note)"
        }
    }

    public static func < (a: NoteReference, b: NoteReference) -> Bool {
        (a.chapter, a.scope, a.note, a.position ?? 0) < (b.chapter, b.scope, b.note, b.position ?? 0)
    }
}
