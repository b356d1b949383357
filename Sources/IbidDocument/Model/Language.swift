/// The language of a chapter, told from its script and a few letters that only some alphabets use.
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case kyrgyz = "ky"
    case russian = "ru"
    case kazakh = "kk"
    case tajik = "tg"

    /// Cyrillic letters that Russian lacks, by the languages that use them.
    /// Kyrgyz: ң ө ү (`Кыргызстанда … изилдөө`); Kazakh adds ә ғ қ ұ һ і; Tajik ғ ӣ қ ӯ ҳ ҷ.
    private static let kyrgyzLetters: Set<Unicode.Scalar> = ["ң", "ө", "ү", "Ң", "Ө", "Ү"]
    private static let kazakhLetters: Set<Unicode.Scalar> = ["ә", "ұ", "һ", "і", "Ә", "Ұ", "Һ", "І"]
    private static let tajikLetters: Set<Unicode.Scalar> = ["ӣ", "ӯ", "ҳ", "ҷ", "Ӣ", "Ӯ", "Ҳ", "Ҷ"]
    private static let englishWords: Set<Substring> = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "as"]

    /// Detects the language of `text`; nil when it is neither clearly Cyrillic nor clearly English.
    public static func detect(_ text: String) -> Language? {
        var latin = 0, cyrillic = 0, kyrgyz = 0, kazakh = 0, tajik = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0x0400...0x04FF:
                cyrillic += 1
                if kyrgyzLetters.contains(s) { kyrgyz += 1 }
                if kazakhLetters.contains(s) { kazakh += 1 }
                if tajikLetters.contains(s) { tajik += 1 }
            default: break
            }
        }
        if cyrillic > latin {
            if tajik > 0 && tajik >= kazakh { return .tajik }
            if kazakh > 0 && kazakh > kyrgyz / 4 { return .kazakh }
            if kyrgyz > 0 { return .kyrgyz }
            return .russian
        }
        guard latin > 0 else { return nil }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        let common = words.lazy.filter { englishWords.contains($0) }.count
        return common * 20 >= words.count ? .english : nil
    }
}
