/// A publication: one post, or several posts of a series about one subject read as chapters.
public struct Report: Sendable {
    public let title: String
    public let language: Language?
    public let chapters: [Chapter]

    public init(title: String, language: Language?, chapters: [Chapter]) {
        self.title = title
        self.language = language
        self.chapters = chapters
    }
}
