/// Telling people from organisations in an author segment (docs/format.md, "Citations: authors").
///
/// A person's name is two to four words, each capitalised, with no word that names an institution
/// (`Watch`, `Service`, `Bank`, …) and no acronym of three capitals or more (`BBC`, `OSCE`). A
/// segment may list several people: `Dmitriy Mazorenko, Dariya Zheniskhan and Almas Kaisar` (the
/// commas are split earlier, `and`/`&`/Kyrgyz `жана` here). Parentheses are dropped from a
/// person's name — a transliteration (`Франциско Олмос (Francisco Olmos)`) or a role (`(ed.)`) —
/// and kept in an organisation's.
enum NameRules {
    static let institutionWords: Set<String> = [
        "the", "of", "for", "and", "in", "on", "at", "to", "named", "after", "de", "du",
        "watch", "rights", "service", "services", "bank", "university", "council", "centre", "center", "news",
        "foundation", "office", "institute", "union", "commission", "conference", "congress", "department",
        "ministry", "radio", "times", "post", "online", "global", "human", "europe", "european", "parliament",
        "court", "code", "factbook", "agency", "agence", "press", "freedom", "world", "international", "committee",
        "organisation", "organization", "monitoring", "group", "house", "foreign", "assistance", "network",
        "bureau", "project", "program", "programme", "government", "state", "states", "united", "nations",
        "association", "society", "media", "tv", "television", "daily", "journal", "review", "economist",
        "guardian", "telegraph", "reuters", "forum", "party", "movement", "republic", "national", "federal",
        "research", "school", "health", "defenders", "peacemaker", "resources", "policy", "digital", "fund",
        "банк", "кызматы", "институту", "борбору", "радиосу", "тобу", "бюросу", "министрлиги", "уюму",
    ]

    /// The people (or, mixed in a list with people, organisations) a segment names; nil when it
    /// names no person.
    static func people(_ segment: String) -> [Contributor]? {
        let parts = splitList(withoutParentheses(segment))
        guard !parts.isEmpty else { return nil }
        var result: [Contributor] = []
        var anyPerson = false
        for part in parts {
            if let person = person(part) {
                result.append(person)
                anyPerson = true
            } else if isShortName(part) {
                result.append(.organisation(part))
            } else {
                return nil
            }
        }
        return anyPerson ? result : nil
    }

    /// Whether a segment ends a list of authors (`… and Almas Kaisar`), so the next is not one.
    static func endsList(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        return words.contains { $0 == "and" || $0 == "&" || $0 == "жана" }
    }

    static func person(_ text: String) -> Contributor? {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count) else { return nil }
        for word in words {
            guard let first = word.first, first.isUppercase, first.isLetter else { return nil }
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "’" || $0 == "'" }) else { return nil }
            if institutionWords.contains(word.lowercased()) { return nil }
            if word.filter(\.isUppercase).count >= 3 && word.count <= 6 { return nil }
        }
        let family = String(words[words.count - 1])
        let given = words.dropLast().joined(separator: " ")
        return .person(family: family, given: given)
    }

    /// A name in a list of people that is not itself a person (`OCCRP Tajikistan`).
    private static func isShortName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    static func splitList(_ text: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for word in text.split(separator: " ") {
            if word == "and" || word == "&" || word == "жана" {
                if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        return parts
    }

    /// `Франциско Олмос (Francisco Olmos)` → `Франциско Олмос`; `Adam Hug (ed.)` → `Adam Hug`.
    static func withoutParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(c) }
        }
        return result.split(separator: " ").joined(separator: " ")
    }
}
