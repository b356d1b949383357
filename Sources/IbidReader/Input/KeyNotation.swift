import IbidDocument

/// Vim-style key notation, as `ibid screen --keys` takes it and the help screen shows it.
///
/// Plain characters are typed as themselves (`jj`, `/тест`); named keys go in angle brackets,
/// case-insensitively: `<Enter>` `<Tab>` `<S-Tab>` `<Esc>` `<BS>` `<Del>` `<Space>` `<Up>`
/// `<Down>` `<Left>` `<Right>` `<PgUp>` `<PgDn>` `<Home>` `<End>` `<F1>`…`<F12>`, `<C-x>` for
/// Control-x, `<lt>` for `<`, and `<Resize:COLSxROWS>` for a terminal resize. Every `<` must
/// start one of these, so a typo such as `<Entr>` is an error rather than six typed characters.
public enum KeyNotation {
    /// The events `notation` stands for, in order.
    public static func parse(_ notation: String) throws -> [Event] {
        let chars = Array(notation)
        var events: [Event] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "<" else {
                // A raw control character would be invisible in the command line that typed it;
                // ask for its name instead of guessing which key was meant.
                if c.unicodeScalars.contains(where: { Sanitizer.replacement(for: $0) != nil }) {
                    throw KeyNotationError(token: String(c), position: i + 1, reason: .controlCharacter)
                }
                events.append(.key(.char(c)))
                i += 1
                continue
            }
            guard let close = chars[(i + 1)...].firstIndex(of: ">") else {
                throw KeyNotationError(token: String(chars[i...]), position: i + 1, reason: .unterminated)
            }
            let token = String(chars[i...close])
            let name = String(chars[(i + 1)..<close])
            events.append(try namedEvent(name, token: token, position: i + 1))
            i = close + 1
        }
        return events
    }

    /// The notation for one key: `j`, `<Enter>`, `<C-o>`, `<lt>`. `parse` reads it back as the
    /// same key (for every key `parse` can produce).
    public static func describe(_ key: Key) -> String {
        switch key {
        case .char("<"): return "<lt>"
        case .char(" "): return "<Space>"
        case .char(let c): return String(c)
        case .ctrl(let c): return "<C-\(c)>"
        case .enter: return "<Enter>"
        case .tab: return "<Tab>"
        case .shiftTab: return "<S-Tab>"
        case .escape: return "<Esc>"
        case .backspace: return "<BS>"
        case .delete: return "<Del>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .pageUp: return "<PgUp>"
        case .pageDown: return "<PgDn>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .function(let n): return "<F\(n)>"
        }
    }

    /// The notation for an event, or nil for a mouse event or the warm-up's end, which the notation cannot express.
    public static func describe(_ event: Event) -> String? {
        switch event {
        case .key(let key): return describe(key)
        case .resize(let cols, let rows): return "<Resize:\(cols)x\(rows)>"
        case .mouse, .warmedUp, .notice, .idle, .indexProgress, .scanned: return nil
        }
    }

    /// Terminal sizes `<Resize:…>` accepts, in each dimension.
    public static let resizeLimits: ClosedRange<Int> = 1...10_000

    /// Function keys `<F…>` accepts: the row on a PC keyboard.
    public static let functionKeys: ClosedRange<Int> = 1...12

    /// Names in angle brackets, lowercased, with their aliases from vim.
    private static let namedKeys: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter,
        "tab": .tab, "s-tab": .shiftTab,
        "esc": .escape,
        "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete,
        "space": .char(" "), "lt": .char("<"),
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
    ]

    private static func namedEvent(_ name: String, token: String, position: Int) throws -> Event {
        let lower = name.lowercased()
        if let key = namedKeys[lower] { return .key(key) }
        if let key = controlKey(lower) { return .key(key) }
        if let n = functionKey(lower) {
            guard functionKeys.contains(n) else {
                throw KeyNotationError(token: token, position: position, reason: .unknownKey)
            }
            return .key(.function(n))
        }
        if lower.hasPrefix("resize:") {
            let size = lower.dropFirst("resize:".count).split(separator: "x", omittingEmptySubsequences: false)
            guard size.count == 2, let cols = decimal(size[0]), let rows = decimal(size[1]) else {
                throw KeyNotationError(token: token, position: position, reason: .badResize)
            }
            guard resizeLimits.contains(cols), resizeLimits.contains(rows) else {
                throw KeyNotationError(token: token, position: position, reason: .resizeOutOfRange)
            }
            return .resize(cols: cols, rows: rows)
        }
        throw KeyNotationError(token: token, position: position, reason: .unknownKey)
    }

    /// `c-x` (already lowercased) as the key a terminal delivers for Control-x: Ctrl-I, Ctrl-M,
    /// Ctrl-[ and Ctrl-H send the same byte as Tab, Enter, Esc and Backspace, so they are those
    /// keys (see `Key.ctrl`).
    private static func controlKey(_ lower: String) -> Key? {
        guard lower.hasPrefix("c-"), lower.count == 3, let c = lower.last else { return nil }
        switch c {
        case "i": return .tab
        case "m": return .enter
        case "[": return .escape
        case "h": return .backspace
        case "a"..."z", "\\", "]", "^", "_":
            // A Character range also admits clusters such as `a` + U+0301; only ASCII has Control.
            return c.isASCII ? .ctrl(c) : nil
        default: return nil
        }
    }

    /// `f7` → 7; nil unless it is `f` and decimal digits.
    private static func functionKey(_ lower: String) -> Int? {
        guard lower.first == "f" else { return nil }
        return decimal(lower.dropFirst())
    }

    /// A non-negative decimal number: ASCII digits only, no sign or spaces, so that
    /// `<Resize:+80x24>` is not quietly accepted. Too many digits for an `Int` give `Int.max`,
    /// which every range check then rejects as out of range.
    private static func decimal(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
        return Int(digits) ?? Int.max
    }
}

/// A key notation that does not parse: which token, where, and why.
public struct KeyNotationError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Equatable, Sendable {
        /// `<…>` names no key.
        case unknownKey
        /// A `<` with no `>` after it (a `<` to be typed is written `<lt>`).
        case unterminated
        /// `<Resize:…>` is not `COLSxROWS`.
        case badResize
        /// A `<Resize:…>` dimension is outside `KeyNotation.resizeLimits`.
        case resizeOutOfRange
        /// A raw control character, which has to be written by name.
        case controlCharacter
    }

    /// The offending text as written, e.g. `<Entr>`; for `.unterminated`, the rest of the input.
    public let token: String
    /// Where the token starts, counting characters from 1.
    public let position: Int
    public let reason: Reason

    public init(token: String, position: Int, reason: Reason) {
        self.token = token
        self.position = position
        self.reason = reason
    }

    public var description: String {
        let shown = Sanitizer.visible(token)
        switch reason {
        case .unknownKey:
            return "unknown key \(shown) at position \(position)"
        case .unterminated:
            return "unterminated \(shown) at position \(position) (write <lt> for a literal <)"
        case .badResize:
            return "bad resize \(shown) at position \(position) (expected <Resize:COLSxROWS>)"
        case .resizeOutOfRange:
            let limits = "\(KeyNotation.resizeLimits.lowerBound)…\(KeyNotation.resizeLimits.upperBound)"
            return "resize \(shown) at position \(position) is out of range (\(limits) each)"
        case .controlCharacter:
            return "control character \(shown) at position \(position) (write it as <Enter>, <Tab>, <C-x>…)"
        }
    }
}
