import IbidDocument

/// The three panes keyboard focus moves between.
public enum Pane: String, Sendable, CaseIterable {
    case list, reader, notes
}

/// A window over the panes, each with its own state, closed with `q` or Esc.
public enum Overlay: Equatable, Sendable {
    /// The key help, scrolled to `top`.
    case help(top: Int)
    /// The chapter's sections, the cursor on one.
    case contents(cursor: Int)
    /// The search prompt, with what is typed so far.
    case search(input: String)
    /// The URLs of a note with several, to choose the one `y` copies or `o` opens (issue 10).
    case urls(URLPicker)
    /// Every cited URL by domain, then a URL's citing notes (`U`, issue 11).
    case sources(SourcesView)
    /// The search of the whole library (`s`); its state is `ReaderState.librarySearch`.
    case librarySearch
    /// The comment prompt for a citation of the open chapter (`a`), with what is typed so far.
    case comment(citation: Citation, input: String)
    /// The works a note cites as bibliography entries (`c`): the note's index in the chapter's
    /// notes, and the first line shown.
    case citation(note: Int, top: Int)
}

/// What the program should do after an event, beyond drawing the next frame.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint every cell (Ctrl-L), in case something else wrote on the terminal.
    case redraw
    /// Put this text on the clipboard (OSC 52, and a clipboard tool when there is one). The text
    /// is already sanitised; the terminal backend base64-encodes it.
    case copy(String)
    /// Hand this URL to `$BROWSER` or `xdg-open`. Already checked by `OpenableURL`: http, https
    /// or ftp, no control characters; the backend checks again before it runs anything.
    case open(String)
}

/// Everything a jump changes, so back and forward restore the exact view.
public struct View: Equatable, Sendable {
    public var chapter: Int?
    public var top: Int
    public var marker: Int?
    public var focus: Pane
    public var noteCursor: Int
}

/// The active search of the open chapter: matches in its text, then the notes that match.
public struct SearchState: Equatable, Sendable {
    public struct Match: Equatable, Sendable {
        public let line: Int
        public let column: Int
        public let width: Int
    }

    public var query: String
    public var matches: [Match]
    /// Indices of the notes whose text matches, in order.
    public var notes: [Int] = []
    /// Index into the text matches followed by the note matches.
    public var current: Int?

    public var total: Int { matches.count + notes.count }
}
