/// Recognises headings in text-form content, where the page's markup is gone and a heading is
/// glued to the sentence after it. Every rule here is in docs/format.md §4 with its sample line.
enum HeadingRules {
    /// The longest heading the rules will take, in words and in characters.
    static let maxWords = 14
    static let maxLength = 140

    /// Camel-case words that start paragraphs without being a heading glued to a sentence.
    static let camelCaseWords: Set<String> = [
        "youtube", "whatsapp", "linkedin", "paypal", "tiktok", "github", "javascript", "powerpoint",
        "tajikgaz", "qazvac", "eprocurement", "citizengo", "industriall", "opendemocracy", "iphone", "ipad", "macbook",
        "wechat", "livejournal", "mcdonald", "eurasianet", "bbc", "rferl", "artasiapacific",
    ]

    /// Capitalised words that begin a sentence but rarely stand capitalised in the middle of one:
    /// after a short heading-like phrase they mark `Media freedom Unsurprisingly, …`.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "In", "On", "As", "At", "By", "For", "From", "With", "Unsurprisingly", "Although",
        "Though", "Despite", "Since", "While", "Whilst", "When", "Where", "Upon", "Beyond", "Based", "However",
        "This", "These", "There", "Those", "It", "Its", "Following", "After", "Before", "During", "Over",
        "Under", "Between", "Among", "Amongst", "According", "Unlike", "Many", "Most", "Some", "Such", "Both",
        "Given", "What", "We", "They", "Their", "Our", "Alongside", "Throughout", "Because", "If", "Having",
        "Even", "Yet", "Today", "Ten", "Two", "Three", "Several", "Recent", "Initially", "Once", "Like",
        // Kyrgyz and Russian: "today's", "above", "this", "recent", "however", "in", "after".
        "Бүгүнкү", "Жогоруда", "Бул", "Ошол", "Акыркы", "Ушул", "Бирок", "Ошондой", "Азыркы", "Учурда",
        "Однако", "После", "Сегодня", "Этот", "Эта", "Эти",
    ]

    /// Lower-case words after which a capital is a name, not a new sentence (`… by The Diplomat`).
    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "by", "with", "from", "at", "as", "than",
        "жана", "менен", "и", "в", "на",
    ]

    /// `A very brief history of KazakhstanThe vast expanse…`, `COVID-19The …`, `1997-2014Although …`,
    /// `Адам укуктары2020-жылы …`: a short phrase at the start of a paragraph, glued without a space
    /// to the capital (or, Kyrgyz, the year) that starts the sentence after it.
    static func glued(_ c: ArraySlice<Unicode.Scalar>, standsAlone: (String) -> Bool) -> (heading: String, rest: ArraySlice<Unicode.Scalar>)? {
        guard let first = c.first, Scalars.isUpper(first) || Scalars.isDigit(first) else { return nil }
        let limit = min(c.endIndex, c.startIndex + maxLength + 1)
        var words = 1
        var i = c.startIndex + 1
        while i < limit {
            let s = c[i], p = c[i - 1]
            if s == " " {
                words += 1
                if words > maxWords { return nil }
                if [".", "!", "?"].contains(p) { return nil }
            }
            if s == "[" || s == "\n" { return nil }
            let lowerBefore = Scalars.isLower(p) || Scalars.isDigit(p) || p == ")" || p == "+" || p == "’" || p == "”"
            if lowerBefore && Scalars.isUpper(s) {
                return accept(c, at: i, words: words, yearGlue: false, standsAlone: standsAlone)
            }
            if Scalars.isLower(p) && Scalars.isDigit(s) && startsWithYear(c[i...]) && words >= 2 {
                return accept(c, at: i, words: words, yearGlue: true, standsAlone: standsAlone)
            }
            i += 1
        }
        return nil
    }

    private static func startsWithYear(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        c.count >= 4 && c.prefix(4).allSatisfy(Scalars.isDigit)
    }

    private static func accept(_ c: ArraySlice<Unicode.Scalar>, at i: Int, words: Int, yearGlue: Bool,
                               standsAlone: (String) -> Bool) -> (heading: String, rest: ArraySlice<Unicode.Scalar>)? {
        let heading = c[c.startIndex..<i]
        let rest = c[i...]
        if !yearGlue {
            // The sentence must start with a word: a capital then a lower-case letter or an apostrophe.
            guard rest.count >= 2 else { return nil }
            let second = rest[rest.startIndex + 1]
            guard Scalars.isLower(second) || second == "’" || second == "'" else { return nil }
        }
        // The glued token: letters around the join. `YouTube`, `McCloskey` and friends are words, not joins.
        var tokenStart = i
        while tokenStart > c.startIndex, Scalars.isLetter(c[tokenStart - 1]) { tokenStart -= 1 }
        var tokenEnd = i
        while tokenEnd < c.endIndex, Scalars.isLetter(c[tokenEnd]) { tokenEnd += 1 }
        let token = Scalars.string(c[tokenStart..<tokenEnd]).lowercased()
        if camelCaseWords.contains(where: { token.hasPrefix($0) }) { return nil }
        let left = Scalars.string(c[tokenStart..<i])
        // `eProcurement`, `iPhone`: one letter before the capital; `McCloskey`, `МакГлинчи`: a name prefix.
        if !left.isEmpty && (left.unicodeScalars.count <= 1 || ["mc", "mac", "мак"].contains(left.lowercased())) { return nil }
        if !yearGlue && !left.isEmpty && !hasEvidenceOfJoin(left: left, right: c[i..<tokenEnd], standsAlone: standsAlone) { return nil }
        if words == 1 && heading.count <= 4 && !heading.contains(where: Scalars.isDigit) { return nil }
        let text = Scalars.normalizedSpace(heading)
        return text.isEmpty ? nil : (text, rest)
    }

    /// Whether letters glued across a lower → upper join are a heading's last word and a sentence's first
    /// rather than one word with an inner capital (`PayPal`, `WhatsApp`, `BlackRock`). A word with an
    /// inner capital is never split on its shape alone; each side must show it stands alone:
    /// - the right side is one plain word (`GlaxoSmithKline`, `МакГлинчи` have a second inner capital);
    /// - a capitalised left side (`KazakhstanThe`, `ReligionAs` against `PayPal`, `DeepMind`) needs a
    ///   sentence starter on the right, or both halves written elsewhere in the chapter as words of their
    ///   own (5607 `The rise of JaparovSadyr`: `Japarov` and `Sadyr` stand alone; `Black`, `Rock` do not);
    /// - a short lower-case Latin left side (`openDemocracy`, `eBay`, `macOS`) needs a function word
    ///   (6003 `Cashing inKazakhstan’s`), a sentence starter on the right (`Rule of lawAs`), or both halves
    ///   standing alone elsewhere (5806 `2015 to nowQuvatov`).
    /// A longer lower-case left side (`rightsIn`, `үстөмдүгүКыргызстандын`) is a word ending a phrase.
    /// Known names the shapes cannot tell (`LinkedIn` against `ReligionAs`) stay in `camelCaseWords`.
    static func hasEvidenceOfJoin(left: String, right: ArraySlice<Unicode.Scalar>, standsAlone: (String) -> Bool) -> Bool {
        guard let r = right.first, Scalars.isUpper(r), !right.dropFirst().contains(where: Scalars.isUpper) else { return false }
        let rightWord = Scalars.string(right)
        if sentenceStarters.contains(rightWord) { return true }
        if let l = left.unicodeScalars.first, Scalars.isUpper(l) { return standsAlone(left) && standsAlone(rightWord) }
        let latin = left.unicodeScalars.allSatisfy(\.isASCII)
        if latin && left.unicodeScalars.count <= 4 {
            return functionWords.contains(left) || (standsAlone(left) && standsAlone(rightWord))
        }
        return true
    }

    /// `Media freedom Unsurprisingly, given…`, `How we got here: a brief history of Kyrgyzstan The land…`:
    /// a short phrase, then a capitalised sentence starter after a space.
    static func spaced(_ c: ArraySlice<Unicode.Scalar>) -> (heading: String, rest: ArraySlice<Unicode.Scalar>)? {
        guard let first = c.first, Scalars.isUpper(first) || Scalars.isDigit(first) else { return nil }
        var wordStarts: [Int] = [c.startIndex]
        var i = c.startIndex
        let limit = min(c.endIndex, c.startIndex + maxLength + 20)
        while i < limit, wordStarts.count <= maxWords {
            if c[i] == " " || c[i] == "\n" { if i + 1 < c.endIndex { wordStarts.append(i + 1) } }
            i += 1
        }
        for k in 1..<wordStarts.count {
            let start = wordStarts[k]
            let end = k + 1 < wordStarts.count ? wordStarts[k + 1] - 1 : min(limit, c.endIndex)
            let word = Scalars.string(c[start..<end].prefix { Scalars.isLetter($0) })
            guard sentenceStarters.contains(word) else { continue }
            // The starter must be followed by more of its sentence, not end the text.
            guard end < c.endIndex || c.endIndex - start > word.unicodeScalars.count + 1 else { continue }
            let before = Scalars.trim(c[c.startIndex..<(start - 1)])
            guard let last = before.last, !Scalars.isTerminal(last) || last == ")", last != "," else { continue }
            if before.contains(",") || before.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) { return nil }
            let previousWord = Scalars.string(before.reversed().prefix { !Scalars.isSpace($0) }.reversed())
            if functionWords.contains(previousWord.lowercased()) { continue }
            let heading = Scalars.normalizedSpace(before)
            return (heading, c[start...])
        }
        return nil
    }

    /// A capitalised fragment of fewer than eight words with no closing punctuation and no marker.
    static func shortLine(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = c.first, let last = c.last, Scalars.isUpper(first), !Scalars.isTerminal(last) else { return false }
        return c.count <= maxLength && !c.contains("[") && c.filter({ $0 == " " }).count < 8
    }

    /// A paragraph that is a heading on its own (`Nationalism, traditionalism, rights and religion`
    /// between no-break spaces): short, no closing punctuation, and followed by a capitalised sentence.
    static func standalone(_ c: ArraySlice<Unicode.Scalar>, next: ArraySlice<Unicode.Scalar>?) -> Bool {
        guard let first = c.first, let last = c.last, Scalars.isUpper(first) || Scalars.isDigit(first) else { return false }
        guard !Scalars.isTerminal(last) || last == ")" else { return false }
        guard c.count <= maxLength, c.filter({ $0 == " " }).count < 10 else { return false }
        if c.contains("[") { return false }
        for (k, s) in c.enumerated() where (s == "." || s == "?" || s == "!") && k + 1 < c.count && c[c.startIndex + k + 1] == " " { return false }
        guard let next, let n = next.first else { return false }
        return Scalars.isUpper(n) || n == "“" || n == "‘"
    }
}
