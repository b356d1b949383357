/// Every key binding, in one table: the dispatch looks keys up here, and the `?` overlay and
/// docs/keys.md are generated from it, so what is bound and what is documented cannot drift.
public enum Keymap {
    /// Where a binding applies: everywhere, the focused pane, or the open overlay.
    public enum Mode: String, Sendable, CaseIterable {
        case global, list, reader, notes, help, contents, prompt, picker, sources, library, comment, citation

        public var title: String {
            switch self {
            case .global: "Everywhere"
            case .list: "Report list"
            case .reader: "Reader"
            case .notes: "Notes"
            case .help: "Help (this window)"
            case .contents: "Contents (t)"
            case .prompt: "Search prompt (/)"
            case .picker: "URL picker (y or o on a note with several URLs)"
            case .sources: "Sources (U)"
            case .library: "Search everything (s): type to search, results as you type"
            case .comment: "Comment prompt (a)"
            case .citation: "Citation (c)"
            }
        }
    }

    public struct Binding: Sendable {
        public let mode: Mode
        public let keys: [Key]
        public let action: Action
        public let help: String
        /// What the help shows instead of the keys' names, when listing them would say less
        /// (`0–9, then Enter`).
        public let label: String?

        init(_ mode: Mode, _ keys: [Key], _ action: Action, _ help: String, label: String? = nil) {
            self.mode = mode
            self.keys = keys
            self.action = action
            self.help = help
            self.label = label
        }

        /// The keys as the help shows them: `j ↓ Ctrl-E`.
        public var keyText: String { label ?? keys.map(Keymap.name).joined(separator: " ") }
    }

    static let digits: [Key] = (0...9).map { .char(Character(String($0))) }

    public static let bindings: [Binding] = [
        Binding(.global, [.tab], .nextPane, "next pane (list, reader, notes)"),
        Binding(.global, [.shiftTab], .previousPane, "previous pane"),
        Binding(.global, [.char("q")], .quit, "quit"),
        Binding(.global, [.char("?")], .help, "this help"),
        Binding(.global, [.char("t")], .contents, "table of contents of the open chapter"),
        Binding(.global, [.char("/")], .search, "search the chapter's text and notes (case and quote style ignored)"),
        Binding(.global, [.char("s")], .searchLibrary, "search every chapter's text and notes in the library"),
        Binding(.global, [.char("n")], .nextMatch, "next match (wraps around)"),
        Binding(.global, [.char("N")], .previousMatch, "previous match (wraps around)"),
        Binding(.global, [.ctrl("o"), .backspace, .char("H")], .back, "back to the view before the last jump"),
        Binding(.global, [.ctrl("]"), .char("L")], .forward, "forward again"),
        Binding(.global, [.char("w")], .toggleList, "hide / show the report list (a wider text)"),
        Binding(.global, [.ctrl("l")], .redraw, "redraw the screen"),
        Binding(.global, [.escape], .cancel, "cancel digits, clear the search highlight"),
        Binding(.global, [.char("y")], .copyURL, "copy the selected note's URL (OSC 52, and wl-copy, xclip or xsel)"),
        Binding(.global, [.char("Y")], .copyNote, "copy the selected note's whole text"),
        Binding(.global, [.char("o")], .openURL, "open the selected note's URL with $BROWSER or xdg-open (http, https, ftp only)"),
        Binding(.global, [.char("U")], .sources, "sources: every cited URL by domain, for the report or the library"),
        Binding(.global, [.char("e")], .otherEdition, "the same place in the report's other edition (en ↔ ky)"),
        Binding(.global, [.char("m")], .setPlace, "set a mark of place (then a–z), kept between runs", label: "m a–z"),
        Binding(.global, [.char("'")], .jumpToPlace, "go to a mark of place (then a–z); '' back to before the last jump", label: "' a–z, ''"),

        Binding(.list, [.char("j"), .down], .lineDown, "next row"),
        Binding(.list, [.char("k"), .up], .lineUp, "previous row"),
        Binding(.list, [.char(" "), .char("f"), .pageDown, .ctrl("f")], .pageDown, "a page down"),
        Binding(.list, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "a page up"),
        Binding(.list, [.char("d"), .ctrl("d")], .halfDown, "half a page down"),
        Binding(.list, [.char("u"), .ctrl("u")], .halfUp, "half a page up"),
        Binding(.list, [.char("g"), .home], .first, "first row"),
        Binding(.list, [.char("G"), .end], .last, "last row"),
        Binding(.list, [.enter, .char("l"), .right], .open, "open the chapter (a report opens its first chapter)"),

        Binding(.reader, [.char("j"), .down, .ctrl("e"), .ctrl("n")], .lineDown, "scroll down a line"),
        Binding(.reader, [.char("k"), .up, .ctrl("y"), .ctrl("p")], .lineUp, "scroll up a line"),
        Binding(.reader, [.char(" "), .char("f"), .pageDown, .ctrl("f")], .pageDown, "a page down"),
        Binding(.reader, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "a page up"),
        Binding(.reader, [.char("d"), .ctrl("d")], .halfDown, "half a page down"),
        Binding(.reader, [.char("u"), .ctrl("u")], .halfUp, "half a page up"),
        Binding(.reader, [.char("g"), .home], .first, "top of the chapter"),
        Binding(.reader, [.char("G"), .end], .last, "bottom of the chapter"),
        Binding(.reader, [.char("]")], .nextMarker, "select the next citation marker"),
        Binding(.reader, [.char("[")], .previousMarker, "select the previous citation marker"),
        Binding(.reader, [.char("}")], .nextSection, "next section"),
        Binding(.reader, [.char("{")], .previousSection, "previous section"),
        Binding(.reader, [.enter], .follow, "show the selected marker's note in the notes pane"),
        Binding(.reader, digits, .digit, "go to note N (then Enter)", label: "0–9"),
        Binding(.reader, [.char("x")], .toggleChecked, "mark the selected citation checked ✓ (again: unchecked)"),
        Binding(.reader, [.char("!")], .toggleFlagged, "flag the selected citation ⚑ (again: unflagged)"),
        Binding(.reader, [.char("a")], .comment, "comment on the selected citation (empty removes it)"),
        Binding(.reader, [.char("X")], .nextUnchecked, "next citation not checked (⚠ changed ones too)"),
        Binding(.reader, [.char("F")], .nextFlagged, "next flagged citation"),
        Binding(.reader, [.char("c")], .cite, "the selected citation's note as a bibliography entry"),

        Binding(.notes, [.char("j"), .down], .nextNote, "next note"),
        Binding(.notes, [.char("k"), .up], .previousNote, "previous note"),
        Binding(.notes, [.char(" "), .char("f"), .pageDown, .ctrl("f")], .pageDown, "scroll a long note down a page (at its end: five notes on)"),
        Binding(.notes, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "scroll a long note up a page (at its start: five notes back)"),
        Binding(.notes, [.char("d"), .ctrl("d")], .halfDown, "scroll the note down half a page"),
        Binding(.notes, [.char("u"), .ctrl("u")], .halfUp, "scroll the note up half a page"),
        Binding(.notes, [.char("g"), .home], .first, "first note"),
        Binding(.notes, [.char("G"), .end], .last, "last note"),
        Binding(.notes, [.enter], .toCitation, "to where the note is cited (again: its next citation)"),
        Binding(.notes, digits, .digit, "go to note N (then Enter)", label: "0–9"),
        Binding(.notes, [.char("x")], .toggleChecked, "mark the note's citation checked ✓ (again: unchecked)"),
        Binding(.notes, [.char("!")], .toggleFlagged, "flag the note's citation ⚑ (again: unflagged)"),
        Binding(.notes, [.char("a")], .comment, "comment on the note's citation (empty removes it)"),
        Binding(.notes, [.char("X")], .nextUnchecked, "next citation not checked, in the text"),
        Binding(.notes, [.char("F")], .nextFlagged, "next flagged citation, in the text"),
        Binding(.notes, [.char("c")], .cite, "the note as a bibliography entry"),

        Binding(.help, [.char("q"), .escape, .char("?"), .enter], .close, "close"),
        Binding(.help, [.char("j"), .down], .lineDown, "scroll down"),
        Binding(.help, [.char("k"), .up], .lineUp, "scroll up"),
        Binding(.help, [.char(" "), .char("f"), .pageDown, .ctrl("f")], .pageDown, "a page down"),
        Binding(.help, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "a page up"),
        Binding(.help, [.char("g"), .home], .first, "the start"),
        Binding(.help, [.char("G"), .end], .last, "the end"),

        Binding(.contents, [.char("q"), .escape, .char("t")], .close, "close"),
        Binding(.contents, [.char("j"), .down], .lineDown, "next section"),
        Binding(.contents, [.char("k"), .up], .lineUp, "previous section"),
        Binding(.contents, [.char(" "), .char("f"), .pageDown, .ctrl("f")], .pageDown, "a page down"),
        Binding(.contents, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "a page up"),
        Binding(.contents, [.char("g"), .home], .first, "first section"),
        Binding(.contents, [.char("G"), .end], .last, "last section"),
        Binding(.contents, [.enter], .jump, "go to the section"),

        Binding(.prompt, [.enter], .runSearch, "search (empty: the last query again)"),
        Binding(.prompt, [.escape], .cancel, "cancel"),
        Binding(.prompt, [.backspace], .deleteChar, "delete a character (on an empty prompt: cancel)"),

        Binding(.picker, [.char("q"), .escape], .close, "close"),
        Binding(.picker, [.char("j"), .down], .lineDown, "next URL"),
        Binding(.picker, [.char("k"), .up], .lineUp, "previous URL"),
        Binding(.picker, [.char("g"), .home], .first, "first URL"),
        Binding(.picker, [.char("G"), .end], .last, "last URL"),
        Binding(.picker, [.enter], .jump, "copy or open the URL, as y or o asked"),
        Binding(.picker, [.char("y")], .copyURL, "copy the URL"),
        Binding(.picker, [.char("o")], .openURL, "open the URL"),

        Binding(.sources, [.char("q"), .char("U")], .close, "close"),
        Binding(.sources, [.char("j"), .down], .lineDown, "next row"),
        Binding(.sources, [.char("k"), .up], .lineUp, "previous row"),
        Binding(.sources, [.char(" "), .char("f"), .pageDown, .ctrl("f")], .pageDown, "a page down"),
        Binding(.sources, [.char("b"), .pageUp, .ctrl("b")], .pageUp, "a page up"),
        Binding(.sources, [.char("g"), .home], .first, "first row"),
        Binding(.sources, [.char("G"), .end], .last, "last row"),
        Binding(.sources, [.enter, .char("l"), .right], .jump, "domain: its URLs · URL: the notes citing it · note: go there (Ctrl-O comes back)"),
        Binding(.sources, [.escape, .backspace, .char("h"), .left], .up, "back up a level (at the domains: close)"),
        Binding(.sources, [.tab], .toggleScope, "the open report or the whole library"),
        Binding(.sources, [.char("y")], .copyURL, "copy the URL (in a URL list or a cited-by list)"),
        Binding(.sources, [.char("o")], .openURL, "open the URL"),
        Binding(.library, [.enter], .jump, "go to the hit, in the text or the note (Ctrl-O comes back)"),
        Binding(.library, [.escape], .close, "close, staying where the search began"),
        Binding(.library, [.backspace], .deleteChar, "delete a character (on an empty query: close)"),
        Binding(.library, [.down, .ctrl("n")], .lineDown, "next hit"),
        Binding(.library, [.up, .ctrl("p")], .lineUp, "previous hit"),
        Binding(.library, [.pageDown], .pageDown, "a page of hits down"),
        Binding(.library, [.pageUp], .pageUp, "a page of hits up"),

        Binding(.comment, [.enter], .saveComment, "save the comment (empty: remove it)"),
        Binding(.comment, [.escape], .cancel, "cancel, keeping the comment there was"),
        Binding(.comment, [.backspace], .deleteChar, "delete a character"),

        Binding(.citation, [.char("q"), .escape, .char("c")], .close, "close"),
        Binding(.citation, [.char("y")], .copyEntry, "copy the entry as BibTeX"),
        Binding(.citation, [.char("j"), .down], .lineDown, "scroll down"),
        Binding(.citation, [.char("k"), .up], .lineUp, "scroll up"),
        Binding(.citation, [.char("g"), .home], .first, "the start"),
        Binding(.citation, [.char("G"), .end], .last, "the end"),
    ]

    /// Lookup by mode and key, built once.
    static let table: [Mode: [Key: Action]] = {
        var table: [Mode: [Key: Action]] = [:]
        for b in bindings {
            for key in b.keys where table[b.mode, default: [:]][key] == nil { table[b.mode, default: [:]][key] = b.action }
        }
        return table
    }()

    /// What `key` does in `mode` (a pane's own binding first, then the global one; an overlay's alone).
    public static func action(for key: Key, in mode: Mode) -> Action? {
        if let a = table[mode]?[key] { return a }
        switch mode {
        case .list, .reader, .notes: return table[.global]?[key]
        case .global, .help, .contents, .prompt, .picker, .sources, .library, .comment, .citation: return nil
        }
    }

    /// A key's name in the help: `j`, `Space`, `Ctrl-O`, `↓`, `PgDn`.
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + c.uppercased()
        case .enter: "Enter"
        case .tab: "Tab"
        case .shiftTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let n): "F\(n)"
        }
    }

    /// The mouse, documented beside the keys (it has no keys to bind).
    public static let mouse: [(what: String, help: String)] = [
        ("click", "open a chapter; follow a marker; focus the notes"),
        ("wheel", "scroll the pane under the pointer"),
    ]
}
