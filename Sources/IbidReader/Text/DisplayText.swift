import IbidDocument

/// Text exactly as the terminal will draw it: the one boundary between untrusted text and the screen.
///
/// Measuring one string and drawing another is how a marker highlight lands on the wrong cells
/// and a line's end gets clipped (an ESC measured as 0 columns but drawn as `^[`, 2). So text is
/// prepared once, here, and everything after works on the prepared text only: `Span` holds it,
/// `Wrapper` breaks it, `Screen.put` draws it cell by cell, marker columns and mouse hits count
/// its columns.
///
/// Preparing does three things:
/// 1. `Sanitizer.visible`: controls and bidi controls become visible text (`^[`, `<U+202E>`).
/// 2. Characters that terminals disagree about are dropped: the variation selectors (U+FE00–FE0F,
///    U+E0100–E01EF; U+FE0F widens `❤` to 2 in some terminals and not in others), and the
///    zero-width format characters (ZWJ, ZWNJ, ZWSP, word joiner, BOM, tags; tmux 3.3a joins a
///    whole ZWJ family into one cell where ncurses advances by each member). A ZWJ family so
///    shows as its members side by side, which every terminal draws alike.
/// 3. Every zero-width scalar gets a base: one with nothing to sit on (a combining mark at the
///    start) is put on U+25CC `◌`, the way Unicode shows a lone mark, and a base keeps at most
///    `TerminalCell.maxMarks` marks, all that an ncurses `cchar_t` holds.
///
/// The result divides into `TerminalCell`s with nothing left over, and preparing it again
/// changes nothing.
public struct DisplayText: Equatable, Sendable {
    /// The prepared text.
    public let text: String
    /// Columns the text takes: the sum of its cells' widths.
    public let width: Int

    public init(_ raw: String) {
        text = Self.prepare(raw)
        width = Self.width(ofPrepared: text)
    }

    /// `raw` made drawable as described above; `raw` itself when it already is (almost always).
    public static func prepare(_ raw: String) -> String {
        if isPrintableASCII(raw) { return raw }
        let visible = Sanitizer.visible(raw)
        // Text that needs nothing more (Cyrillic, CJK, most marks) is returned without a copy:
        // `Screen.put` prepares every string of every frame.
        if isCellReady(visible) { return visible }
        var out = String.UnicodeScalarView()
        var hasBase = false
        var marks = 0
        for scalar in visible.unicodeScalars {
            if isDropped(scalar) { continue }
            if CharWidth.width(scalar) > 0 {
                out.append(scalar)
                hasBase = true
                marks = 0
                continue
            }
            if !hasBase {
                out.append(Self.lonelyMarkBase)
                hasBase = true
                marks = 0
            }
            if marks == TerminalCell.maxMarks { continue }
            out.append(scalar)
            marks += 1
        }
        return String(out)
    }

    /// Whether sanitised text already divides into cells: nothing to drop, no mark without a
    /// base, no base with more marks than a cell holds.
    static func isCellReady(_ text: String) -> Bool {
        var marks = -1  // -1: no base yet
        for scalar in text.unicodeScalars {
            if scalar.value < 0x300 { marks = 0; continue }  // all spacing, as `CharWidth` says
            if isDropped(scalar) { return false }
            if CharWidth.width(scalar) > 0 { marks = 0; continue }
            if marks < 0 || marks == TerminalCell.maxMarks { return false }
            marks += 1
        }
        return true
    }

    /// Columns of prepared text: each scalar's own width, since a zero-width scalar adds nothing
    /// to the cell it sits in. Also right for any piece of prepared text cut at scalar boundaries.
    public static func width(ofPrepared text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        var total = 0
        for scalar in text.unicodeScalars { total += CharWidth.width(scalar) }
        return total
    }

    /// Calls `body` with each cell of prepared text, in order, until it returns false.
    public static func forEachCell(inPrepared text: String, _ body: (TerminalCell) -> Bool) {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        guard start < scalars.endIndex else { return }
        var width = CharWidth.width(scalars[start])
        var i = scalars.index(after: start)
        while i < scalars.endIndex {
            let w = CharWidth.width(scalars[i])
            if w > 0 {
                guard body(TerminalCell(glyph: String(scalars[start..<i]), width: width)) else { return }
                start = i
                width = w
            }
            i = scalars.index(after: i)
        }
        _ = body(TerminalCell(glyph: String(scalars[start..<i]), width: width))
    }

    /// The cells of this text.
    public var cells: [TerminalCell] {
        var out: [TerminalCell] = []
        Self.forEachCell(inPrepared: text) { out.append($0); return true }
        return out
    }

    /// U+25CC DOTTED CIRCLE, the base Unicode draws a lone combining mark on.
    static let lonelyMarkBase: Unicode.Scalar = "\u{25CC}"

    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        return scalar.properties.generalCategory == .format && CharWidth.width(scalar) == 0
    }

    static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}

/// What one terminal cell shows, as ncurses draws it: one spacing scalar and the zero-width
/// scalars after it (a `cchar_t`), advancing by the spacing scalar's `wcwidth`.
public struct TerminalCell: Hashable, Sendable {
    /// An ncurses `cchar_t` holds `CCHARW_MAX` (5) code points: the spacing one and 4 more.
    public static let maxMarks = 4

    public let glyph: String
    /// 1 or 2.
    public let width: Int
}
