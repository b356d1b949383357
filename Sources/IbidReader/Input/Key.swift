/// A key as the reader understands it, whatever produced it (ncurses, a test, `ibid screen --keys`).
public enum Key: Equatable, Hashable, Sendable {
    /// A printable character, typed as itself.
    case char(Character)
    /// Control plus a letter or one of `[ \ ] ^ _` (`ctrl("o")` is Ctrl-O). Ctrl-I, Ctrl-M and Ctrl-[
    /// arrive as `tab`, `enter` and `escape`, as terminals send them.
    case ctrl(Character)
    case enter, tab, shiftTab, escape, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
}

/// What the reader reacts to: keys, a new terminal size, the mouse, the warm-up's end.
public enum Event: Equatable, Hashable, Sendable {
    case key(Key)
    case resize(cols: Int, rows: Int)
    case mouse(MouseEvent)
    /// The background warm-up has recovered every chapter: the list can show note counts. The loop
    /// feeds this in, so the view never asks a cache how far it has got.
    case warmedUp
    /// Something the backend has to say after carrying out an effect (no browser to open a URL
    /// with): shown on the status line like a message, until the next key.
    case notice(String)
    /// No key came: the loop's turn to do a slice of background work in the state (the library
    /// search, `ReaderState.hasBackgroundWork`), so typing never waits for a whole search.
    case idle
    /// The background search index build has got this far (0–100; 100: ready, searches use it).
    case indexProgress(percent: Int)
    /// A progressive load found more posts, got further, or finished (`ScanUpdate`).
    case scanned(ScanUpdate)
}

public struct MouseEvent: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable {
        case click
        case wheelUp
        case wheelDown
    }

    public let kind: Kind
    /// Column and row, from 0 at the top left.
    public let x: Int
    public let y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
