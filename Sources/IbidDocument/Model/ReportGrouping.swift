/// Groups chapters into reports: posts whose titles share a series and a subject
/// (`Retreating Rights - Kazakhstan: Introduction`, `Retreating Rights – Tajikistan: …`) read as one
/// publication, in the order the series reads: summary, introduction, the rest, conclusions.
enum ReportGrouping {
    struct TitleParts: Equatable {
        let series: String
        let subject: String
        let part: String
    }

    /// `Series - Subject: Part`, with any dash between spaces (hyphen, en dash, em dash).
    static func parts(of title: String) -> TitleParts? {
        let scalars = Array(title.unicodeScalars)
        var dash: Int?
        for i in 1..<max(1, scalars.count - 1) where scalars[i - 1] == " " && scalars[i + 1] == " " && ["-", "–", "—", "‒"].contains(scalars[i]) {
            dash = i
            break
        }
        guard let dash else { return nil }
        let series = Scalars.string(scalars[..<(dash - 1)]).trimmingWhitespace
        let rest = Array(scalars[(dash + 2)...])
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let subject = Scalars.string(rest[..<colon]).trimmingWhitespace
        let part = Scalars.string(rest[(colon + 1)...]).trimmingWhitespace
        guard !series.isEmpty, !subject.isEmpty, !part.isEmpty else { return nil }
        return TitleParts(series: series, subject: subject, part: part)
    }

    /// Where a part comes in the series' reading order.
    static func rank(_ part: String) -> Int {
        let p = part.lowercased()
        if p.contains("summary") || p.contains("кыскача") || p.contains("краткое") { return 0 }
        if p.hasPrefix("introduction") || p.hasPrefix("киришүү") || p.hasPrefix("введение") { return 1 }
        if p.contains("conclusion") || p.hasPrefix("recommendation") || p.contains("корутунду") || p.contains("заключение") { return 3 }
        return 2
    }

    static func group(_ chapters: [Chapter]) -> [Report] {
        struct Group {
            var key: String
            var title: String
            var series: String
            var subject: String
            var members: [(chapter: Chapter, rank: Int, order: Int)]
        }
        var groups: [Group] = []
        var keyed: [String: Int] = [:]
        var loose: [(Chapter, Int)] = []
        for (order, chapter) in chapters.enumerated() {
            guard !chapter.postTitle.trimmingWhitespace.isEmpty, let p = parts(of: chapter.title) else {
                loose.append((chapter, order))
                continue
            }
            let key = p.series.lowercased() + "\u{1F}" + p.subject.lowercased()
            if let g = keyed[key] {
                groups[g].members.append((chapter, rank(p.part), order))
            } else {
                keyed[key] = groups.count
                groups.append(Group(key: key, title: "\(p.series) – \(p.subject)", series: p.series, subject: p.subject,
                                    members: [(chapter, rank(p.part), order)]))
            }
        }
        // An untitled (truncated) chapter whose first heading names a part and a report's subject
        // belongs to that report: 5607, `Introduction: … in Kyrgyzstan`.
        var singles: [(Chapter, Int)] = []
        for (chapter, order) in loose {
            let title = chapter.title
            if chapter.postTitle.trimmingWhitespace.isEmpty, let colon = title.firstIndex(of: ":"),
               let g = groups.firstIndex(where: { title.contains($0.subject) }) {
                groups[g].members.append((chapter, rank(String(title[..<colon])), order))
            } else {
                singles.append((chapter, order))
            }
        }
        var reports: [(order: Int, report: Report)] = groups.map { g in
            let members = g.members.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }
            let chapters = members.map(\.chapter)
            return (g.members.map(\.order).min() ?? 0,
                    Report(title: g.title, language: chapters.first?.language, chapters: chapters, series: g.series, subject: g.subject))
        }
        reports += singles.map { ($0.1, Report(title: $0.0.title, language: $0.0.language, chapters: [$0.0])) }
        return reports.sorted { $0.order < $1.order }.map(\.report)
    }
}
