/// A publication: one post, or several posts of a series about one subject read as chapters.
public struct Report: Sendable {
    public let title: String
    public let language: Language?
    public let chapters: [Chapter]
    /// For a report grouped from a series: `Retreating Rights` and `Kazakhstan`.
    public let series: String?
    public let subject: String?

    public init(title: String, language: Language?, chapters: [Chapter], series: String? = nil, subject: String? = nil) {
        self.title = title
        self.language = language
        self.chapters = chapters
        self.series = series
        self.subject = subject
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
