/// Gathers the editions of one report into it (docs/format.md §9). Title grouping (`ReportGrouping`)
/// cannot see that `Кыргызстанда адам укуктарына жасалган басымды изилдөө` is the Kyrgyz
/// `Retreating Rights – Kyrgyzstan`; the evidence can:
///
/// 1. **Shared URLs in order.** Chapters in different languages that cite the same sources in the
///    same order (`EditionCandidates`; 5607 and 5845) join their reports, the other report
///    becoming an edition. Reports join only while their languages stay apart: one edition a language.
/// 2. **Date and series words.** A report of one chapter in an edition's language, posted within
///    `nearby` of a chapter of that edition and titled with the report's series (`Retreating Rights -
///    Кыскача мазмун`) or a part of a series (`Корутунду жана сунуштамалар: …`), joins that edition.
/// 3. **Chapters pair** by their URL link, else by the part their titles name (summary with
///    summary: 5612 `Executive Summary` with 5930 `Кыскача мазмун`) when each edition has one such.
///
/// Nothing is decided by IDs or by known titles; a dump in one language costs nothing.
enum EditionGrouping {
    /// How far apart two editions' chapters may be posted for rule 2 (5954 is 12 hours before 5845).
    static let nearbySeconds = 3 * 86_400
    /// How many of an edition language's dated chapters on each side of a single post rule 2 looks at.
    static let nearbyLimit = 32

    struct Result {
        var reports: [Report]
        var links: [EditionLink]
    }

    static func group(_ reports: [Report]) -> Result {
        let chapters = reports.flatMap(\.chapters)
        let languages = Set(chapters.compactMap(\.language))
        guard languages.count > 1 else { return Result(reports: reports, links: []) }
        let sequences = URLSequence.all(chapters)
        let rawLinks = EditionCandidates.links(chapters, sequences: sequences)
        let links = rawLinks.map {
            EditionLink(first: chapters[$0.first].id, second: chapters[$0.second].id, inOrder: $0.inOrder,
                        firstURLs: $0.firstURLs, secondURLs: $0.secondURLs)
        }
        var reportOf: [Int: Int] = [:]
        for (r, report) in reports.enumerated() { for c in report.chapters { reportOf[c.id] = r } }

        // Rule 1: union of reports, keeping one report per language in each group.
        var parent = Array(reports.indices)
        func root(_ r: Int) -> Int {
            var r = r
            while parent[r] != r { parent[r] = parent[parent[r]]; r = parent[r] }
            return r
        }
        var groupLanguages: [Int: Set<Language?>] = [:]
        for (r, report) in reports.enumerated() { groupLanguages[r] = Set(report.chapters.map(\.language)) }
        for link in links {
            guard let ra = reportOf[link.first].map(root), let rb = reportOf[link.second].map(root), ra != rb,
                  groupLanguages[ra]!.isDisjoint(with: groupLanguages[rb]!) else { continue }
            // The group is named by the report grouped from titles, else the earlier one.
            let (keep, join) = primary(reports[ra], ra, over: reports[rb], rb) ? (ra, rb) : (rb, ra)
            parent[join] = keep
            groupLanguages[keep]!.formUnion(groupLanguages[join]!)
        }

        // Rule 2: single-chapter reports join a group's edition of their language by date and series
        // words. The groups' chapters are sorted by language and date, and a single looks at the
        // nearest `nearbyLimit` of them on each side: a dump posted all on one day costs no more.
        var members: [Int: [Int]] = [:]
        for r in reports.indices { members[root(r), default: []].append(r) }
        var dated: [Language: [(seconds: Int, group: Int)]] = [:]
        for (g, rs) in members where rs.count > 1 {
            for chapter in rs.flatMap({ reports[$0].chapters }) {
                if let language = chapter.language, let t = PostDate.seconds(chapter.date) { dated[language, default: []].append((t, g)) }
            }
        }
        for language in dated.keys { dated[language]!.sort { ($0.seconds, $0.group) < ($1.seconds, $1.group) } }
        for (r, report) in reports.enumerated() where root(r) == r && members[r]!.count == 1 && report.chapters.count == 1 {
            let chapter = report.chapters[0]
            guard let language = chapter.language, let when = PostDate.seconds(chapter.date), let list = dated[language] else { continue }
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if list[mid].seconds < when { lo = mid + 1 } else { hi = mid }
            }
            var best: (group: Int, distance: Int)?
            for i in max(0, lo - nearbyLimit)..<min(list.count, lo + nearbyLimit) {
                let (t, g) = list[i]
                let d = abs(t - when)
                guard d <= nearbySeconds, best == nil || d < best!.distance else { continue }
                let head = reports[g]
                guard head.language != language, seriesWords(chapter.title, series: head.series) else { continue }
                best = (g, d)
            }
            if let best {
                parent[r] = best.group
                members[best.group]!.append(r)
            }
        }

        // Build the merged reports, in the order of their first chapter in the dump.
        var dumpIndex: [Int: Int] = [:]
        for (i, c) in chapters.enumerated() { dumpIndex[c.id] = i }
        // Each group's own links, so building a group costs its own size, not the dump's.
        var groupLinks: [Int: [EditionLink]] = [:]
        for link in links {
            if let r = reportOf[link.first] { groupLinks[root(r), default: []].append(link) }
        }
        var out: [(order: Int, report: Report)] = []
        for (g, rs) in members.sorted(by: { $0.key < $1.key }) where root(g) == g {
            let order = rs.flatMap { reports[$0].chapters.compactMap { dumpIndex[$0.id] } }.min() ?? 0
            guard rs.count > 1 else {
                out.append((order, reports[g]))
                continue
            }
            out.append((order, merge(head: reports[g], others: rs.filter { $0 != g }.map { reports[$0] }, links: groupLinks[g] ?? [],
                                     dumpIndex: dumpIndex)))
        }
        return Result(reports: out.sorted { $0.order < $1.order }.map(\.report), links: links)
    }

    /// Whether `a` rather than `b` names a group: the one grouped from titles, then the earlier.
    static func primary(_ a: Report, _ ra: Int, over b: Report, _ rb: Int) -> Bool {
        if (a.series != nil) != (b.series != nil) { return a.series != nil }
        return ra < rb
    }

    /// `Retreating Rights - Кыскача мазмун` names the series; `Корутунду жана сунуштамалар: …` a part.
    static func seriesWords(_ title: String, series: String?) -> Bool {
        if let series, title.lowercased().contains(series.lowercased()) { return true }
        return ReportGrouping.rank(partName(title)) != 2
    }

    /// The part a title names: after the series pattern's colon, else the whole title.
    static func partName(_ title: String) -> String {
        ReportGrouping.parts(of: title)?.part ?? title
    }

    static func merge(head: Report, others: [Report], links: [EditionLink], dumpIndex order: [Int: Int]) -> Report {
        var editions = [Edition(language: head.language, chapters: head.chapters)]
        var byLanguage: [Language?: [Chapter]] = [:]
        var languageOrder: [Language?] = []
        for report in others {
            for chapter in report.chapters where chapter.language != head.language {
                if byLanguage[chapter.language] == nil { languageOrder.append(chapter.language) }
                byLanguage[chapter.language, default: []].append(chapter)
            }
        }
        for language in languageOrder {
            let chapters = byLanguage[language]!.sorted {
                (ReportGrouping.rank(partName($0.title)), order[$0.id] ?? 0) < (ReportGrouping.rank(partName($1.title)), order[$1.id] ?? 0)
            }
            editions.append(Edition(language: language, chapters: chapters))
        }
        return Report(title: head.title, editions: editions, series: head.series, subject: head.subject,
                      counterparts: pairs(editions, links: links))
    }

    /// Rule 3: each chapter's counterpart in every other edition.
    static func pairs(_ editions: [Edition], links: [EditionLink]) -> [Int: [Int: Int]] {
        var edition: [Int: Int] = [:]
        for (e, ed) in editions.enumerated() { for c in ed.chapters { edition[c.id] = e } }
        var out: [Int: [Int: Int]] = [:]
        func pair(_ a: Int, _ b: Int) {
            guard let ea = edition[a], let eb = edition[b], ea != eb, out[a]?[eb] == nil, out[b]?[ea] == nil else { return }
            out[a, default: [:]][eb] = b
            out[b, default: [:]][ea] = a
        }
        for link in links { pair(link.first, link.second) }
        // By the part the titles name, when it is the only one of its kind in both editions.
        for (x, ex) in editions.enumerated() {
            for (y, ey) in editions.enumerated() where y > x {
                for rank in [0, 1, 3] {
                    let a = ex.chapters.filter { ReportGrouping.rank(partName($0.title)) == rank }
                    let b = ey.chapters.filter { ReportGrouping.rank(partName($0.title)) == rank }
                    if a.count == 1, b.count == 1 { pair(a[0].id, b[0].id) }
                }
            }
        }
        return out
    }
}

/// `2021-06-30 00:13:30` as seconds since 2000-01-01 (enough to compare two posts' dates).
enum PostDate {
    static func seconds(_ date: String) -> Int? {
        let d = Array(date.utf8)
        guard d.count >= 10 else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= d.count else { return nil }
            var n = 0
            for c in d[r] {
                guard c >= 0x30 && c <= 0x39 else { return nil }
                n = n * 10 + Int(c - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let day = number(8..<10), (1...12).contains(m), (1...31).contains(day) else { return nil }
        let time = d.count >= 19 ? (number(11..<13) ?? 0) * 3600 + (number(14..<16) ?? 0) * 60 + (number(17..<19) ?? 0) : 0
        // Days from a civil date (Howard Hinnant's algorithm), shifted to 2000-03-01 = day 0.
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 730_425
        return days * 86_400 + time
    }
}
