/// Writes entries as BibTeX that both bibtex and biber read (docs/format.md, "Citations: BibTeX").
///
/// Field values are braced, with `{ } & % $ # _ \ ~ ^` escaped so that LaTeX and both tools take
/// them as text; an organisation's name is braced again so it is not split into first and last
/// names. The URL is left as it is (biblatex reads `url` verbatim) except for braces, which are
/// percent-encoded so the field stays balanced. Keys are the first author's family name or the
/// organisation's first word, in ASCII, then the year, with `a`, `b`, … for later works that would
/// share one: the same input gives the same keys on every run.
public enum BibTeXWriter {
    public static func write(_ entries: [BibliographyEntry]) -> String {
        var keys = KeyMaker()
        return entries.map { write($0, key: keys.key(for: $0.work)) }.joined(separator: "\n")
    }

    public static func write(_ entry: BibliographyEntry, key: String) -> String {
        let work = entry.work
        var fields: [(String, String)] = []
        if !work.authors.isEmpty {
            fields.append(("author", work.authors.map(name).joined(separator: " and ")))
        }
        if let title = work.title { fields.append(("title", escape(title))) }
        if let container = work.container {
            let field: String
            switch work.type {
            case .articleNewspaper, .articleJournal: field = "journal"
            case .book: field = "publisher"
            case .report: field = "institution"
            default: field = "organization"
            }
            fields.append((field, escape(container)))
        }
        if let issued = work.issued {
            fields.append(("year", String(issued.year)))
            if let month = issued.month { fields.append(("month", String(month))) }
            fields.append(("date", issued.iso))
        }
        if let url = work.url { fields.append(("url", urlValue(url))) }
        fields.append(("note", escape(CSLJSONWriter.citedIn(entry))))
        var out = "@\(entryType(work.type)){\(key),\n"
        for (name, value) in fields { out += "  \(name) = {\(value)},\n" }
        out += "}\n"
        return out
    }

    static func entryType(_ type: WorkType) -> String {
        switch type {
        case .articleNewspaper, .articleJournal: "article"
        case .report: "report"
        case .book: "book"
        case .webpage, .post: "online"
        case .legislation: "misc"
        }
    }

    static func name(_ c: Contributor) -> String {
        switch c {
        case .person(let family, let given): given.isEmpty ? escape(family) : "\(escape(family)), \(escape(given))"
        case .organisation(let name): "{\(escape(name))}"
        }
    }

    /// Text made safe for a braced BibTeX value: visible (no controls), specials escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in Sanitizer.visible(text) {
            switch c {
            case "{", "}", "&", "%", "$", "#", "_": out.append("\\"); out.append(c)
            case "\\": out += "\\textbackslash{}"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(c)
            }
        }
        return out
    }

    static func urlValue(_ url: String) -> String {
        var out = ""
        for c in Sanitizer.visible(url) {
            switch c {
            case "{": out += "%7B"
            case "}": out += "%7D"
            case "\\": out += "%5C"
            case " ": out += "%20"
            default: out.append(c)
            }
        }
        return out
    }

    /// Unique, stable keys: `olmos2019`, `olmos2019a`, ….
    public struct KeyMaker {
        private var used: Set<String> = []
        /// The next suffix to try for each base, so ten thousand `work` keys cost ten thousand probes, not fifty million.
        private var next: [String: Int] = [:]
        public init() {}

        public mutating func key(for work: Work) -> String {
            let base = Self.base(work)
            // n counts the keys already tried from this base: base, base+a, base+b, …
            var n = next[base] ?? 0
            while true {
                let key = n == 0 ? base : base + Self.suffix(n - 1)
                n += 1
                if used.insert(key).inserted {
                    next[base] = n
                    return key
                }
            }
        }

        static func suffix(_ n: Int) -> String {
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            return n < 26 ? String(letters[n]) : String(letters[n % 26]) + String(n / 26)
        }

        static func base(_ work: Work) -> String {
            let word: String
            switch work.authors.first {
            case .person(let family, _)?: word = family
            case .organisation(let name)?: word = String(name.split(separator: " ").first ?? "")
            case nil: word = String(work.title?.split(separator: " ").first ?? "")
            }
            var ascii = Transliteration.ascii(word).lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if ascii.isEmpty { ascii = "work" }
            return String(ascii.prefix(24)) + (work.issued.map { String($0.year) } ?? "")
        }
    }
}

/// Cyrillic (Kyrgyz, Russian) to ASCII for citation keys, which bibtex wants in ASCII.
enum Transliteration {
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    ]

    static func ascii(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if let t = table[c] { out += t } else { out.append(c) }
        }
        return out
    }
}
