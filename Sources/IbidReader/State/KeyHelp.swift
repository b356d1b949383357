/// Every key, in the help overlay and in docs/keys.md (a test checks the two agree).
public enum KeyHelp {
    public struct Entry: Sendable {
        public let keys: String
        public let action: String
    }

    public static let sections: [(title: String, entries: [Entry])] = [
        ("Everywhere", [
            Entry(keys: "Tab / Shift-Tab", action: "next / previous pane (list, reader, notes)"),
            Entry(keys: "q", action: "close the overlay, else quit"),
            Entry(keys: "?", action: "this help"),
            Entry(keys: "t", action: "table of contents of the open chapter; Enter jumps"),
            Entry(keys: "/ n N", action: "search the chapter; next, previous match (wraps around)"),
            Entry(keys: "Ctrl-O / Backspace / H", action: "back to the view before the last jump"),
            Entry(keys: "Ctrl-] / L", action: "forward again"),
            Entry(keys: "digits, then Enter", action: "go to note N (in the notes pane)"),
            Entry(keys: "Esc", action: "cancel digits, clear the search highlight"),
        ]),
        ("Report list", [
            Entry(keys: "j k ↓ ↑", action: "move"),
            Entry(keys: "Space b PgDn PgUp", action: "page down / up"),
            Entry(keys: "Ctrl-D Ctrl-U", action: "half a page down / up"),
            Entry(keys: "g G Home End", action: "first / last"),
            Entry(keys: "Enter", action: "open the chapter (a report opens its first chapter)"),
        ]),
        ("Reader", [
            Entry(keys: "j k ↓ ↑", action: "scroll a line"),
            Entry(keys: "Space b PgDn PgUp", action: "scroll a page"),
            Entry(keys: "Ctrl-D Ctrl-U", action: "scroll half a page"),
            Entry(keys: "g G Home End", action: "top / bottom of the chapter"),
            Entry(keys: "] [", action: "select the next / previous citation marker"),
            Entry(keys: "} {", action: "next / previous section"),
            Entry(keys: "Enter", action: "follow the selected marker to its note"),
        ]),
        ("Notes", [
            Entry(keys: "j k ↓ ↑", action: "previous / next note"),
            Entry(keys: "g G Home End", action: "first / last note"),
            Entry(keys: "Enter", action: "back to where the note is cited (again: its next citation)"),
        ]),
        ("Mouse", [
            Entry(keys: "click", action: "open a chapter; follow a marker; focus the notes"),
            Entry(keys: "wheel", action: "scroll the pane under the pointer"),
        ]),
    ]

    /// The help as lines of text: `  keys      action`.
    public static func lines(width: Int) -> [String] {
        let keyWidth = sections.flatMap(\.entries).map { CharWidth.width($0.keys) }.max() ?? 10
        var out: [String] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { out.append("") }
            out.append(section.title)
            for e in section.entries {
                out.append("  " + e.keys + String(repeating: " ", count: max(1, keyWidth - CharWidth.width(e.keys) + 2)) + e.action)
            }
        }
        return out
    }

    /// docs/keys.md's table.
    public static func markdown() -> String {
        var out = "| keys | action |\n|---|---|\n"
        for section in sections {
            out += "| **\(section.title)** | |\n"
            for e in section.entries { out += "| \(e.keys.replacingPipes()) | \(e.action.replacingPipes()) |\n" }
        }
        return out
    }
}

private extension String {
    func replacingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
