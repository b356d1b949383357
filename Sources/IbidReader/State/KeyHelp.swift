/// The help overlay's lines and docs/keys.md's table, both generated from `Keymap.bindings`.
public enum KeyHelp {
    public struct Entry: Sendable, Equatable {
        public let keys: String
        public let action: String
    }

    /// The bindings grouped by mode, in the table's order, then the mouse.
    public static var sections: [(title: String, entries: [Entry])] {
        var out = Keymap.Mode.allCases.map { mode in
            (mode.title, Keymap.bindings.filter { $0.mode == mode }.map { Entry(keys: $0.keyText, action: $0.help) })
        }
        out.append(("Mouse", Keymap.mouse.map { Entry(keys: $0.what, action: $0.help) }))
        return out
    }

    /// The help as lines at most `width` columns wide: keys, then the action wrapped beside them
    /// (under them, indented, when the keys leave too little room), so nothing is cut.
    public static func lines(width: Int) -> [String] {
        let width = max(10, width)
        let keyWidth = min(width / 2, sections.flatMap(\.entries).map { CharWidth.width($0.keys) }.max() ?? 10)
        var out: [String] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { out.append("") }
            out.append(section.title)
            for e in section.entries {
                let keys = "  " + e.keys
                let column = 2 + keyWidth + 2
                let room = width - column
                if CharWidth.width(keys) + 2 <= column, room >= 12 {
                    let wrapped = wrap(e.action, room)
                    out.append(keys + String(repeating: " ", count: column - CharWidth.width(keys)) + wrapped[0])
                    for rest in wrapped.dropFirst() { out.append(String(repeating: " ", count: column) + rest) }
                } else {
                    out.append(contentsOf: wrap(e.keys, width - 2).map { "  " + $0 })
                    out.append(contentsOf: wrap(e.action, max(1, width - 6)).map { "      " + $0 })
                }
            }
        }
        return out
    }

    /// Words wrapped to `width` columns (a longer word is left whole; the box cuts it with `…`).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let w = CharWidth.width(String(word))
            if !line.isEmpty, CharWidth.width(line) + 1 + w > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines
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
