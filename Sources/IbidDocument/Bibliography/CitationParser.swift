/// Reads the works a note cites from its free text (docs/format.md, "Citations").
///
/// The genre's form is `Author, Title, Outlet, Month Year, URL`, with every part optional. A note
/// is split into pieces of one work each (`WorkSplitter`); a piece's text is split at commas
/// outside quotes and parentheses into segments; the date is the last segment that is wholly a
/// date; the authors are the leading segments that name people (`NameRules`), or else the first
/// segment, an organisation; of what is left the last segment is the container and the rest the
/// title. A piece with neither URL nor date is commentary and cites nothing.
public enum CitationParser {
    /// One piece of a note, parsed.
    public enum Item: Sendable, Equatable {
        case work(Work)
        /// `Ibid.` (`Ошол эле жерде`): the note repeats the previous note's last work.
        case ibid
    }

    public static func items(in text: String) -> [Item] {
        var items: [Item] = []
        for piece in WorkSplitter.pieces(text) {
            if let item = item(piece) { items.append(item) }
        }
        return items
    }

    /// The works a note cites, Ibids left out.
    public static func works(in text: String) -> [Work] {
        items(in: text).compactMap { if case .work(let w) = $0 { w } else { nil } }
    }

    static let ibidWords = ["ibid", "ошол эле жерде", "там же"]

    static func item(_ piece: WorkSplitter.Piece) -> Item? {
        var head = stripLeadingSeparators(piece.head)
        let lower = String(head.prefix(16)).lowercased()
        if ibidWords.contains(where: { lower.hasPrefix($0) }) { return .ibid }
        head = stripLeadIn(head)
        var segments = Segments.split(head)
        guard let parsed = fields(&segments, url: piece.url) else {
            return piece.url.map { .work(Work(url: $0, type: type(of: Work(url: $0), legislation: false))) }
        }
        return .work(parsed)
    }

    static func fields(_ segments: inout [String], url: String?) -> Work? {
        // `William Tompson Twitter post`: the comma before the title forgotten.
        if let first = segments.first, first.hasSuffix(" Twitter post"), first.count > 13 {
            segments[0] = String(first.dropLast(13))
            segments.insert("Twitter post", at: 1)
        }
        var issued: IssuedDate?
        if let i = segments.lastIndex(where: { DateRules.date($0[...]) != nil }) {
            issued = DateRules.date(segments[i][...])
            segments.remove(at: i)
        } else if let last = segments.last, let (rest, date) = DateRules.trailingDate(last[...]) {
            issued = date
            segments[segments.count - 1] = String(rest)
        }
        segments.removeAll { isParenthetical($0) }
        guard !segments.isEmpty else {
            return url == nil ? nil : Work(issued: issued, url: url, type: .webpage)
        }
        if url == nil && issued == nil { return nil }
        // One long segment before a URL is a sentence about it, not a title: `See also the EU’s call…`.
        if segments.count == 1, url != nil, isCommentary(segments[0]) {
            var work = Work(url: url)
            work.type = type(of: work, legislation: false)
            return work
        }
        var work = Work(issued: issued, url: url)
        if isLegislation(segments[0]) {
            work.title = segments.joined(separator: ", ")
            if work.issued == nil, let title = work.title { work.issued = DateRules.embeddedDate(title) }
            work.type = .legislation
            return work
        }
        var rest = segments[...]
        let cap = segments.count >= 3 ? segments.count - 2 : segments.count - 1
        // A name alone before a URL is the page's title (`Vladimir Kozlov, https://…wikiwand…`):
        // a work needs a title more than an author.
        if segments.count == 1, issued == nil, NameRules.people(segments[0]) != nil {
            work.title = segments[0]
            work.type = type(of: work, legislation: false)
            return work
        }
        if let people = NameRules.people(segments[0]) {
            work.authors = people
            rest = rest.dropFirst()
            var taken = 1
            var ended = NameRules.endsList(segments[0])
            while !ended, taken < cap, let next = rest.first, let more = NameRules.people(next) {
                work.authors += more
                ended = NameRules.endsList(next)
                rest = rest.dropFirst()
                taken += 1
            }
        } else if segments.count >= 2, isOrganisationName(segments[0]) {
            work.authors = [.organisation(segments[0])]
            rest = rest.dropFirst()
        }
        if rest.count >= 2, let last = rest.last, isContainer(last) {
            work.container = last
            rest = rest.dropLast()
            // `…Case Study, Stabilisation Unit, UK Government`: a unit named before its parent.
            if rest.count >= 2, let unit = rest.last, isInstitution(unit) {
                work.container = unit + ", " + last
                rest = rest.dropLast()
            }
        } else if rest.count == 1, let only = rest.first, !work.authors.isEmpty, isAcronym(only) {
            // `ЕККУнун … Бюросу, ЕККУ, октябрь 2017`: an office, then the body that publishes it.
            work.container = only
            rest = []
        }
        if !rest.isEmpty { work.title = rest.joined(separator: ", ") }
        // `…of Ordinary People? CABAR Central Asia`: a question ends the title, and capitalised
        // words after it, with no comma, are the outlet.
        if work.container == nil, let title = work.title, let q = title.lastIndex(of: "?"), q != title.indices.last {
            let after = title[title.index(after: q)...].trimmingSpaces
            let words = after.split(separator: " ")
            if (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) {
                work.title = String(title[...q])
                work.container = String(after)
            }
        }
        work.type = type(of: work, legislation: false)
        return work
    }

    /// The type a work's fields suggest (docs/format.md, "Citations: types").
    static func type(of work: Work, legislation: Bool) -> WorkType {
        if legislation { return .legislation }
        if let url = work.url?.lowercased(), ["twitter.com/", "facebook.com/", "t.me/", "instagram.com/"].contains(where: { url.byteRange(of: $0) != nil }) {
            return .post
        }
        if let title = work.title, title == "Twitter post" || title == "Twitter Post" || title == "Твиттердеги пост" { return .post }
        if work.url == nil && work.container != nil && work.issued != nil { return .book }
        if let container = work.container {
            let words = Set(container.split(separator: " ").map { $0.lowercased() })
            if !words.isDisjoint(with: ["journal", "review", "nature", "quarterly", "studies"]) { return .articleJournal }
            if !words.isDisjoint(with: ["centre", "center", "resources", "bank", "institute", "unit", "government", "fpc", "press", "university"]) {
                return .report
            }
            return .articleNewspaper
        }
        if work.url?.lowercased().hasSuffix(".pdf") == true { return .report }
        switch work.authors.first {
        case .person?:
            return .articleNewspaper
        case .organisation(let name)?:
            let words = Set(name.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "’" }).map { $0.lowercased() })
            if !words.isDisjoint(with: ["rfe", "rl", "eurasianet", "radio", "news", "bbc", "dw", "economist", "tv", "reuters", "lenta.ru", "azattyk", "azattyq", "ozodi"]) {
                return .articleNewspaper
            }
            let acronym = name.count <= 12 && name.split(separator: " ").allSatisfy { $0.allSatisfy { $0.isUppercase } }
            if work.issued != nil && (acronym || !words.isDisjoint(with: ["group", "office", "commission", "council", "watch", "institute", "crisis"])) {
                return .report
            }
            return .webpage
        case nil:
            return .webpage
        }
    }

    static let legislationStarts = ["Order of", "Law of", "The Law of", "Law on", "Decree", "Code of", "The Constitution", "Constitution of",
                                    "Draft Law", "Penal Code", "Criminal Code", "Resolution of"]

    static func isLegislation(_ segment: String) -> Bool {
        legislationStarts.contains { segment.hasPrefix($0 + " ") || segment == $0 }
    }

    /// An organisation as author: a name, not a sentence (at most twelve words, no question).
    static func isOrganisationName(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        return words.count <= 16 && !segment.hasSuffix("?") && !segment.hasSuffix(".")
    }

    static func isCommentary(_ segment: String) -> Bool {
        guard let first = segment.first else { return true }
        let words = segment.split(separator: " ")
        // `A summary of the book can be found here:` points at the URL rather than naming it.
        let pointer = words.contains { $0.lowercased() == "here" || $0.lowercased() == "here:" }
        return first.isLowercase || pointer || words.count > 12 || ["See", "For", "Though", "As"].contains(words.first.map(String.init) ?? "")
    }

    /// Whether the last segment names an outlet rather than continuing the title: not a clause in
    /// lower case (`…has not started yet, but obstacles are…`; a brand like `openDemocracy` is an
    /// outlet), and not a country the title is about (`Nations in Transit 2020, Kyrgyzstan`).
    static func isContainer(_ segment: String) -> Bool {
        guard let firstWord = segment.split(separator: " ").first, let first = firstWord.first else { return false }
        if first.isLowercase && !firstWord.contains(where: \.isUppercase) && segment.contains(" ") { return false }
        return !countries.contains(segment)
    }

    static let countries: Set<String> = [
        "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan", "Russia", "the Kyrgyz Republic",
        "Казакстан", "Кыргызстан", "Тажикстан", "Өзбекстан", "Түркмөнстан", "Россия", "Казахстан", "Таджикистан",
        "Кыргыз Республикасы",
    ]

    /// A short name of an office or unit: capitalised words, one of them an institution's.
    static func isInstitution(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        return (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && words.contains { ["unit", "office", "department", "ministry", "directorate", "division"].contains($0.lowercased()) }
    }

    static func isAcronym(_ segment: String) -> Bool {
        (2...6).contains(segment.count) && segment.allSatisfy { $0.isUppercase }
    }

    static func isParenthetical(_ segment: String) -> Bool {
        segment.hasPrefix("(") && segment.hasSuffix(")")
    }

    static func stripLeadingSeparators(_ text: String) -> String {
        var s = text[...]
        while let f = s.first, " ,;.:\u{A0}".contains(f) { s.removeFirst() }
        while let l = s.last, " ,;.:\u{A0}".contains(l) { s.removeLast() }
        return String(s)
    }

    /// Words that introduce a work rather than belong to it: `See`, `See also`, `…see the chapter
    /// in`, `and`, Kyrgyz `жана`, and a sentence ending in a colon before a name
    /// (`Кошумча маалымат: FPC, …`, `Мисал үчүн бул шилтеме менен өтүңүз: Chris Rickleton, …`).
    static func stripLeadIn(_ text: String) -> String {
        var s = text
        for lead in ["and ", "жана ", "See also: ", "See also ", "See: ", "See "] where s.hasPrefix(lead) {
            s = String(s.dropFirst(lead.count))
        }
        for marker in [" see the chapter in ", ". See also ", ". See "] {
            // Searched as bytes: a Character search costs a grapheme break at every step.
            if let r = s.byteRange(of: marker) { s = String(s[r.upperBound...]) }
        }
        let firstSegment = String(s[..<(s.utf8.firstIndex(of: UInt8(ascii: ",")) ?? s.endIndex)])
        if let colon = firstSegment.byteRange(of: ": ") {
            let before = firstSegment[..<colon.lowerBound], after = firstSegment[colon.upperBound...]
            let afterWords = after.split(separator: " ").count
            if before.split(separator: " ").count >= 2, afterWords <= 4, afterWords >= 1,
               NameRules.people(String(after)) != nil || after.allSatisfy({ !$0.isLowercase }) {
                let offset = firstSegment.utf8.distance(from: firstSegment.startIndex, to: colon.upperBound)
                s = String(s[s.utf8.index(s.startIndex, offsetBy: offset)...])
            }
        }
        return s
    }
}

/// A piece's text split at commas, but not inside parentheses or double quotes, nor between
/// digits (`140 000`, `1,5`).
enum Segments {
    static func split(_ text: String) -> [String] {
        var segments: [String] = []
        var current: [Unicode.Scalar] = []
        var paren = 0
        var quoted = false
        var previous: Unicode.Scalar = " "
        let chars = Array(text.unicodeScalars)
        for (i, c) in chars.enumerated() {
            switch c {
            case "(": paren += 1
            case ")": paren = max(0, paren - 1)
            case "“": quoted = true
            case "”": quoted = false
            default: break
            }
            if c == ",", paren == 0, !quoted,
               !(WorkSplitter.isASCIIDigit(previous) && i + 1 < chars.count && WorkSplitter.isASCIIDigit(chars[i + 1])) {
                segments.append(WorkSplitter.string(current))
                current = []
            } else {
                current.append(c)
            }
            previous = c
        }
        segments.append(WorkSplitter.string(current))
        return segments.map { CitationParser.stripLeadingSeparators($0.trimmingSpaces) }.filter { !$0.isEmpty }
    }
}
