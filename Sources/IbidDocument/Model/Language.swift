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
