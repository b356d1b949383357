/// A publication: one post, or several posts of a series about one subject read as chapters —
/// in one or more editions, one per language (the Kyrgyzstan report in English and in Kyrgyz).
public struct Report: Sendable {
    public let title: String
    /// The first edition's language.
    public let language: Language?
    /// Every chapter, edition after edition (the first edition's first).
    public let chapters: [Chapter]
    /// The report in each language it was found in; one edition for most reports.
    public let editions: [Edition]
    /// For a report grouped from a series: `Retreating Rights` and `Kazakhstan`.
    public let series: String?
    public let subject: String?
    /// Each chapter's counterparts in the other editions, by edition index: 5607 ↔ 5845.
    let counterparts: [Int: [Int: Int]]

    public init(title: String, language: Language?, chapters: [Chapter], series: String? = nil, subject: String? = nil) {
        self.init(title: title, editions: [Edition(language: language, chapters: chapters)], series: series, subject: subject)
    }

    public init(title: String, editions: [Edition], series: String? = nil, subject: String? = nil, counterparts: [Int: [Int: Int]] = [:]) {
        self.title = title
        self.language = editions.first?.language
        self.editions = editions
        self.chapters = editions.flatMap(\.chapters)
        self.series = series
        self.subject = subject
        self.counterparts = counterparts
    }

    /// The index of the edition a chapter is in.
    public func edition(of chapterID: Int) -> Int? {
        editions.firstIndex { $0.chapters.contains { $0.id == chapterID } }
    }

    /// The chapter of edition `edition` that is the same text as `chapterID`, if one was found.
    public func counterpart(of chapterID: Int, in edition: Int) -> Int? {
        counterparts[chapterID]?[edition]
    }
}

extension Report {
    /// A chapter's name inside this report: `Introduction` for `Retreating Rights - Kazakhstan: Introduction`;
    /// the whole title for a report of one chapter or a title without the series pattern.
    public func partTitle(of chapter: Chapter) -> String {
        guard chapters.count > 1, let parts = ReportGrouping.parts(of: chapter.title) else { return chapter.title }
        return parts.part
    }
}
