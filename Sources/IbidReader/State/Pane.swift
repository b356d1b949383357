/// The three panes keyboard focus moves between.
public enum Pane: String, Sendable, CaseIterable {
    case list, reader, notes
}

/// A window over the panes, closed with `q` or Esc.
public enum Overlay: Equatable, Sendable {
    case help(top: Int)
    case contents(cursor: Int)
    case search(input: String)
}

/// What the program should do after an event, beyond drawing the next frame.
public enum Effect: Equatable, Sendable {
    case quit
}

/// Everything a jump changes, so back and forward restore the exact view.
public struct View: Equatable, Sendable {
    public var chapter: Int?
    public var top: Int
    public var marker: Int?
    public var focus: Pane
    public var noteCursor: Int
}

/// The active search of the open chapter.
public struct SearchState: Equatable, Sendable {
    public struct Match: Equatable, Sendable {
        public let line: Int
        public let column: Int
        public let width: Int
    }

    public var query: String
    public var matches: [Match]
    public var current: Int?
}
