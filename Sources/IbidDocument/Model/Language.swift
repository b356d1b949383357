/// The language of a chapter, told from its script and a few letters that only some alphabets use.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case kyrgyz = "ky"
    case russian = "ru"
    case kazakh = "kk"
    case tajik = "tg"

    /// Detects the language of `text`; nil when it is neither clearly Cyrillic nor clearly English.
    public static func detect(_ text: String) -> Language? {
        var text = text
        return text.withUTF8 { detect(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Works on UTF-8 bytes: `list` detects the language of every chapter of a 100 MB dump,
    /// so this must not decode Unicode properties scalar by scalar.
    ///
    /// Cyrillic letters Russian lacks tell the others apart: Kyrgyz ң ө ү (`Кыргызстанда … изилдөө`),
    /// Kazakh ә ұ һ і, Tajik ӣ ӯ ҳ ҷ.
    public static func detect(bytes b: UnsafeRawBufferPointer) -> Language? {
        var latin = 0, cyrillic = 0, kyrgyz = 0, kazakh = 0, tajik = 0
        var words = 0, english = 0
        var word: UInt32 = 0, wordLength = 0
        func endWord() {
            if wordLength > 0 {
                words += 1
                if wordLength <= 4 && englishWords.contains(word) { english += 1 }
            }
            word = 0
            wordLength = 0
        }
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                let lower = c | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    latin += 1
                    if wordLength < 4 { word = word << 8 | UInt32(lower) }
                    wordLength += 1
                } else {
                    endWord()
                }
                i += 1
                continue
            }
            endWord()
            if (c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3), i + 1 < n {
                cyrillic += 1
                let pair = UInt16(c) << 8 | UInt16(b[i + 1])
                switch pair {
                case 0xD2A2, 0xD2A3, 0xD3A8, 0xD3A9, 0xD2AE, 0xD2AF: kyrgyz += 1 // Ң ң Ө ө Ү ү
                case 0xD398, 0xD399, 0xD2B0, 0xD2B1, 0xD2BA, 0xD2BB, 0xD086, 0xD196: kazakh += 1 // Ә ә Ұ ұ Һ һ І і
                case 0xD3A2, 0xD3A3, 0xD3AE, 0xD3AF, 0xD2B2, 0xD2B3, 0xD2B6, 0xD2B7: tajik += 1 // Ӣ ӣ Ӯ ӯ Ҳ ҳ Ҷ ҷ
                default: break
                }
                i += 2
                continue
            }
            i += 1
        }
        endWord()
        if cyrillic > latin {
            if tajik > 0 && tajik >= kazakh { return .tajik }
            if kazakh > 0 && kazakh > kyrgyz / 4 { return .kazakh }
            if kyrgyz > 0 { return .kyrgyz }
            return .russian
        }
        guard latin > 0 else { return nil }
        return english * 20 >= words ? .english : nil
    }

    /// The text of HTML content, for `detect`: tags, comments (`<!-- wp:paragraph -->`), character
    /// references and shortcode brackets are left out, so that `class="wp-block-image"` and
    /// `srcset="https://…"` do not count as English letters. At most `limit` bytes of text are kept.
    /// One forward pass; a `<` that never closes ends the text there.
    public static func markupText(_ b: UnsafeRawBufferPointer, limit: Int = 1024) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, b.count))
        var i = 0
        let n = b.count
        while i < n, out.count < limit {
            let c = b[i]
            switch c {
            case UInt8(ascii: "<"), UInt8(ascii: "["):
                // To the matching `>` or `]`: a tag, a comment (whose `>`s are inside it rarely), a shortcode.
                let close: UInt8 = c == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "]")
                let isBracket = c == UInt8(ascii: "[")
                var j = i + 1
                while j < n, b[j] != close, !isBracket || j - i <= 200 { j += 1 }
                if isBracket && (j >= n || b[j] != close) { out.append(c); i += 1; continue }
                out.append(0x20)
                i = j + 1
            case UInt8(ascii: "&"):
                var j = i + 1
                while j < n, j - i <= 32, b[j] != UInt8(ascii: ";"), b[j] != 0x20 { j += 1 }
                if j < n, b[j] == UInt8(ascii: ";") { out.append(0x20); i = j + 1 } else { out.append(c); i += 1 }
            default:
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// Whether content bytes hold markup the HTML reader would read (`ChapterRecovery.looksLikeHTML`'s
    /// probes, on a prefix): a `<p`, `<h2`, `<!-- wp:`, `<div`, `<ul`, `<ol`, `<li`, `<br`, `<figure`, `<table`.
    public static func looksLikeMarkup(_ b: UnsafeRawBufferPointer) -> Bool {
        let probes: [[UInt8]] = ["<p>", "<p ", "</p", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<!-- wp:", "<br", "<li", "<ul", "<ol",
                                 "<div", "<figure", "<table", "<blockquote", "<sup", "</a>"].map { Array($0.utf8) }
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "<") {
                for probe in probes where i + probe.count <= b.count {
                    var same = true
                    for k in 1..<probe.count {
                        let x = b[i + k]
                        if (x >= 0x41 && x <= 0x5A ? x | 0x20 : x) != probe[k] { same = false; break }
                    }
                    if same { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// Frequent short English words, packed as up to four ASCII bytes.
    private static let englishWords: Set<UInt32> = Set(["the", "and", "of", "to", "in", "is", "that", "for", "with", "as", "this", "was", "by"].map { word in
        word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    })
}

extension Language {
    /// The language's English name, for messages: `from the Kyrgyz edition, 5845`.
    public var name: String {
        switch self {
        case .english: "English"
        case .kyrgyz: "Kyrgyz"
        case .russian: "Russian"
        case .kazakh: "Kazakh"
        case .tajik: "Tajik"
        }
    }
}
