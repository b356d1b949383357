/// Decodes HTML character references in text and attribute values: named (`&amp;`, `&rsquo;`, …),
/// decimal (`&#8217;`) and hexadecimal (`&#x2019;`). Unknown names are left as written.
///
/// Named references need their `;`, except the few that browsers (and old editors) accept bare:
/// `&amp`, `&lt`, `&gt`, `&quot`, `&nbsp`. Numeric references may omit it. As in HTML, `&#0;`,
/// surrogates and values past U+10FFFF become U+FFFD, and 0x80–0x9F are read as Windows-1252
/// (`&#146;` is `’`), which Word-pasted posts use.
enum HTMLEntityDecoder {
    /// Appends `c[range]`, references decoded, to `out`.
    static func decode(_ c: [Unicode.Scalar], _ range: Range<Int>, into out: inout [Unicode.Scalar]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = c[i]
            if s != "&" {
                out.append(s)
                i += 1
                continue
            }
            if let (decoded, next) = reference(c, at: i, end: end) {
                out.append(contentsOf: decoded)
                i = next
            } else {
                out.append(s)
                i += 1
            }
        }
    }

    /// A string with its references decoded.
    static func decode(_ c: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(range.count)
        decode(c, range, into: &out)
        return Scalars.string(out)
    }

    static func decode(_ s: String) -> String {
        let c = Array(s.unicodeScalars)
        return decode(c, 0..<c.count)
    }

    /// The reference starting with the `&` at `i`: its scalars and the index just past it.
    private static func reference(_ c: [Unicode.Scalar], at i: Int, end: Int) -> ([Unicode.Scalar], Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if c[j] == "#" {
            j += 1
            var hex = false
            if j < end, c[j] == "x" || c[j] == "X" { hex = true; j += 1 }
            var value: UInt32 = 0
            var digits = 0
            while j < end, let d = digit(c[j], hex: hex) {
                // Keep consuming digits but stop growing: anything past U+10FFFF is replaced anyway.
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + d }
                digits += 1
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < end, c[j] == ";" { j += 1 }
            return ([scalar(forCode: value)], j)
        }
        let nameStart = j
        while j < end, j - nameStart < 32, isAlphanumeric(c[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let name = Scalars.string(c[nameStart..<j])
        if j < end, c[j] == ";" {
            guard let value = named[name] else { return nil }
            return (value.unicodeScalars.map { $0 }, j + 1)
        }
        if let value = legacy[name] { return ([value], j) }
        return nil
    }

    @inline(__always)
    private static func digit(_ s: Unicode.Scalar, hex: Bool) -> UInt32? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard hex else { return nil }
        if v >= 0x61 && v <= 0x66 { return v - 0x61 + 10 }
        if v >= 0x41 && v <= 0x46 { return v - 0x41 + 10 }
        return nil
    }

    @inline(__always)
    private static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// What a numeric reference stands for, with HTML's replacements.
    static func scalar(forCode value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = windows1252[value] { return mapped }
        if value == 0 || value > 0x10FFFF { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
        0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
        0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    private static let legacy: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}",
        "AMP": "&", "LT": "<", "GT": ">", "QUOT": "\"",
    ]

    /// The named references a WordPress post is likely to hold. Case matters (`&Eacute;` ≠ `&eacute;`).
    static let named: [String: String] = [
        // Markup and spaces
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "AMP": "&", "LT": "<", "GT": ">", "QUOT": "\"",
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}",
        "numsp": "\u{2007}", "puncsp": "\u{2008}", "NonBreakingSpace": "\u{A0}",
        "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "ZeroWidthSpace": "\u{200B}",
        "NewLine": "\n", "Tab": "\t",
        // Punctuation
        "hellip": "…", "mldr": "…", "ndash": "–", "mdash": "—", "horbar": "―", "hyphen": "‐", "dash": "‐", "minus": "−",
        "lsquo": "‘", "rsquo": "’", "rsquor": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "rdquor": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "bull": "•", "bullet": "•", "middot": "·", "centerdot": "·", "dagger": "†", "Dagger": "‡", "permil": "‰",
        "sect": "§", "para": "¶", "iexcl": "¡", "iquest": "¿", "brvbar": "¦", "oline": "‾", "frasl": "⁄",
        "excl": "!", "num": "#", "dollar": "$", "percnt": "%", "lpar": "(", "rpar": ")", "ast": "*", "plus": "+",
        "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "equals": "=", "quest": "?",
        "commat": "@", "lsqb": "[", "lbrack": "[", "rsqb": "]", "rbrack": "]", "bsol": "\\", "lowbar": "_",
        "grave": "`", "lcub": "{", "lbrace": "{", "rcub": "}", "rbrace": "}", "verbar": "|", "vert": "|", "tilde": "˜", "circ": "ˆ",
        // Symbols
        "copy": "©", "COPY": "©", "reg": "®", "REG": "®", "trade": "™", "TRADE": "™", "deg": "°", "plusmn": "±",
        "times": "×", "divide": "÷", "micro": "µ", "not": "¬", "macr": "¯", "uml": "¨", "acute": "´", "cedil": "¸",
        "ordf": "ª", "ordm": "º", "sup1": "¹", "sup2": "²", "sup3": "³", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "frac13": "⅓", "frac23": "⅔", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "fnof": "ƒ",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "crarr": "↵", "lArr": "⇐", "rArr": "⇒",
        "hArr": "⇔", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "equiv": "≡", "infin": "∞", "sum": "∑",
        "prod": "∏", "radic": "√", "part": "∂", "nabla": "∇", "isin": "∈", "cap": "∩", "cup": "∪", "and": "∧", "or": "∨",
        "loz": "◊", "spades": "♠", "clubs": "♣", "hearts": "♥", "diams": "♦", "check": "✓", "cross": "✗", "star": "☆",
        "starf": "★", "female": "♀", "male": "♂", "numero": "№",
        // Latin letters
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "THORN": "Þ", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "eth": "ð", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "Ccaron": "Č",
        "ccaron": "č", "Gbreve": "Ğ", "gbreve": "ğ", "Idot": "İ", "imath": "ı", "inodot": "ı", "Scedil": "Ş", "scedil": "ş",
        "Lstrok": "Ł", "lstrok": "ł", "Nacute": "Ń", "nacute": "ń", "Sacute": "Ś", "sacute": "ś", "Zacute": "Ź",
        "zacute": "ź", "Zdot": "Ż", "zdot": "ż", "Aogon": "Ą", "aogon": "ą", "Eogon": "Ę", "eogon": "ę",
        "Ecaron": "Ě", "ecaron": "ě", "Rcaron": "Ř", "rcaron": "ř", "Amacr": "Ā", "amacr": "ā", "Omacr": "Ō",
        "omacr": "ō", "Umacr": "Ū", "umacr": "ū", "Imacr": "Ī", "imacr": "ī", "Emacr": "Ē", "emacr": "ē",
        // Greek
        "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ",
        "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε",
        "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ", "tau": "τ", "phi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω",
    ]
}
