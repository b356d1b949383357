/// A run of text inside a paragraph, list item, heading or note.
public enum Inline: Sendable, Equatable, Hashable {
    case text(String)
    /// A footnote marker `[n]`, pointing at note `n` of its scope.
    case citation(Citation)
    /// A URL written in the text.
    case link(String)

    /// The text as the author wrote it, markers as `[n]`.
    public var plainText: String {
        switch self {
        case .text(let s): s
        case .citation(let c): "[\(c.number)]"
        case .link(let url): url
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }

    public var citations: [Citation] {
        compactMap { if case .citation(let c) = $0 { return c } else { return nil } }
    }
}

/// A footnote marker in the body.
public struct Citation: Sendable, Equatable, Hashable {
    public let number: Int
    public let scope: NoteScope

    public init(number: Int, scope: NoteScope) {
        self.number = number
        self.scope = scope
    }
}

/// Which numbering a marker or note belongs to: the chapter's, or a box's (boxes restart at 1).
public enum NoteScope: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    case chapter
    /// The n-th box of the chapter, from 0.
    case box(Int)

    public var description: String {
        switch self {
        case .chapter: "chapter"
        case .box(let i): "box \(i + 1)"
        }
    }
}
