/// WordPress shortcodes left in post content: `[vc_row …]`, `[/vc_column_text]`, `[gallery ids="…"]`,
/// `[embed]https://…[/embed]`, `[caption id="…"]<img …> Text[/caption]`. A browser never shows
/// them (WordPress expands them, or a page builder does), so the reader does not either.
///
/// Square brackets are also the editor's mark in quotations (`[sic]`, `[emphasis added]`,
/// `[non-governmental]`) and the footnote marker (`[12]`): a bracket is read as a shortcode only
/// for WordPress's own names or a name with an underscore (page builders: `vc_`, `et_pb_`,
/// `fusion_`, `su_`), or a hyphenated name followed by attributes (`[contact-form-7 id="5"]`).
enum HTMLShortcodes {
    enum Kind: Equatable {
        /// Removed, content kept (`[vc_column_text]…`).
        case removed
        /// `[caption]…[/caption]`: its text is a credit.
        case caption
        /// Removed with everything up to its closing tag (`[embed]URL[/embed]`), when it has one.
        case dropsContent
    }

    struct Match {
        let name: String
        let kind: Kind
        let closing: Bool
        /// One past the `]`.
        let end: Int
        /// A `caption="…"` attribute (the old form of `[caption]`).
        let captionAttribute: String?
    }

    static let core: [String: Kind] = [
        "caption": .caption, "wp_caption": .caption, "gallery": .removed, "embed": .dropsContent,
        "audio": .dropsContent, "video": .dropsContent, "playlist": .removed,
    ]

    /// Names stop at this length: a longer run of letters in brackets is prose.
    static let maxName = 40

    /// Longest shortcode read, `[` to `]`: page builders' inline CSS fits; a longer run is prose
    /// between an editor's brackets.
    static let maxLength = 2000

    /// The shortcode starting at `c[i]` (a `[`) whose `]` is `c[close]`, with no `[` between (the
    /// caller finds `close`, so scanning stays linear).
    static func match(_ c: [Unicode.Scalar], at i: Int, limit: Int, close: Int) -> Match? {
        guard close - i <= maxLength else { return nil }
        var j = i + 1
        guard j < limit else { return nil }
        let closing = c[j] == "/"
        if closing { j += 1 }
        let nameStart = j
        while j < limit, j - nameStart <= maxName, isNameScalar(c[j]) { j += 1 }
        guard j > nameStart, j - nameStart <= maxName, j < limit, close < limit else { return nil }
        guard c[j] == "]" || c[j] == " " || c[j] == "/" || c[j] == "\t" else { return nil }
        guard isLetter(c[nameStart]) else { return nil }
        let name = Scalars.string(c[nameStart..<j].lazy.map(Scalars.lowercaseASCII))
        let hasAttributes = c[j] != "]" && c[j..<close].contains("=")
        let kind: Kind
        if let k = core[name] {
            kind = k
        } else if name.contains("_") || (name.contains("-") && (hasAttributes || closing)) {
            kind = .removed
        } else {
            return nil
        }
        var captionAttribute: String?
        if kind == .caption, !closing, hasAttributes {
            captionAttribute = attribute("caption", in: c, j..<close)
        }
        return Match(name: name, kind: kind, closing: closing, end: close + 1, captionAttribute: captionAttribute)
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || Scalars.isDigit(s) || s == "_" || s == "-"
    }

    /// The value of `name="…"` among a shortcode's attributes, references decoded.
    private static func attribute(_ name: String, in c: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        let key = Array((name + "=").unicodeScalars)
        var k = range.lowerBound
        while k + key.count < range.upperBound {
            if (k == range.lowerBound || Scalars.isSpace(c[k - 1])), c[k..<(k + key.count)].elementsEqual(key) {
                var v = k + key.count
                let quote = c[v]
                guard quote == "\"" || quote == "'" else { return nil }
                v += 1
                let start = v
                while v < range.upperBound, c[v] != quote { v += 1 }
                return HTMLEntityDecoder.decode(c, start..<v, inAttribute: true)
            }
            k += 1
        }
        return nil
    }
}
