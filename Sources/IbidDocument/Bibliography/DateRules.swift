/// Dates as the notes write them (docs/format.md, "Citations: dates"): `April 2019`,
/// `10 January 2021`, `2017`, the Kyrgyz and Russian `октябрь 2019` / `4-октябрь 2020` /
/// `января 2021`, and `4/10/2020`. A segment is a date only when all of it is one, so a title
/// holding a year (`Nations in Transit 2020`) keeps it.
enum DateRules {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"]
        for (i, name) in english.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        // Kyrgyz and Russian nominative (the same words), then Russian genitive.
        let cyrillic = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                        "октябрь", "ноябрь", "декабрь"]
        let genitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                        "октября", "ноября", "декабря"]
        for i in 0..<12 {
            table[cyrillic[i]] = i + 1
            table[genitive[i]] = i + 1
        }
        return table
    }()

    /// The date `segment` is, all of it, or nil.
    static func date(_ segment: Substring) -> IssuedDate? {
        var text = segment
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" })
        switch words.count {
        case 1:
            if let year = year(words[0]) { return IssuedDate(year: year) }
            return numeric(words[0])
        case 2:
            guard let year = year(words[1]) else { return nil }
            if let month = month(words[0]) { return IssuedDate(year: year, month: month) }
            return nil
        case 3:
            guard let year = year(words[2]) else { return nil }
            if let day = day(words[0]), let month = month(words[1]) { return IssuedDate(year: year, month: month, day: day) }
            return nil
        default:
            return nil
        }
    }

    /// The date at the end of `segment` (`FPC April 2014`), with what comes before it.
    static func trailingDate(_ segment: Substring) -> (rest: Substring, date: IssuedDate)? {
        let words = segment.split(separator: " ")
        guard words.count >= 3, let year = year(words[words.count - 1]), let month = month(words[words.count - 2]) else {
            return nil
        }
        let rest = segment[..<words[words.count - 2].startIndex]
        let trimmed = rest.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        return (trimmed, IssuedDate(year: year, month: month))
    }

    /// `Month D, YYYY` inside a longer text (`… dated June 21, 2013 No. 138`): the one place a
    /// note's date is not a segment of its own, legislation named by its date.
    static func embeddedDate(_ text: String) -> IssuedDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 3 else { return nil }
        for i in 0..<(words.count - 2) {
            if let month = month(words[i]), let day = day(words[i + 1]), let year = year(words[i + 2]) {
                return IssuedDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    static func year(_ word: Substring) -> Int? {
        guard word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(word), (1800...2100).contains(y) else {
            return nil
        }
        return y
    }

    static func month(_ word: Substring) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return months[w]
    }

    static func day(_ word: Substring) -> Int? {
        guard word.count <= 2, word.allSatisfy({ $0.isASCII && $0.isNumber }), let d = Int(word), (1...31).contains(d) else {
            return nil
        }
        return d
    }

    /// `4/10/2020` or `04.10.2020`: day, month, year, as written in this region.
    static func numeric(_ word: Substring) -> IssuedDate? {
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." })
        guard parts.count == 3, let d = day(parts[0]), let m = day(parts[1]), m <= 12, let y = year(parts[2]) else { return nil }
        return IssuedDate(year: y, month: m, day: d)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\u{A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\u{A0}" { s.removeLast() }
        return s
    }
}

extension String {
    var trimmingSpaces: String { String(self[...].trimmingSpaces) }
}

extension String {
    /// The first occurrence of `needle`, compared byte by byte in UTF-8. The library's generic
    /// `firstRange(of:)` over a UTF-8 view is unspecialised and cost the parser most of its time;
    /// the needles here are a few bytes long, so the direct scan is linear.
    func byteRange(of needle: String) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        var copy = self
        let offset: Int? = copy.withUTF8 { hay in
            guard hay.count >= n.count else { return nil }
            var i = 0
            let last = hay.count - n.count
            while i <= last {
                if hay[i] == first {
                    var k = 1
                    while k < n.count && hay[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                i += 1
            }
            return nil
        }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: n.count)
    }
}
