/// One language's chapters of a report: the report as published in English, or its Kyrgyz
/// translation (found by evidence, docs/format.md §9).
public struct Edition: Sendable {
    public let language: Language?
    public let chapters: [Chapter]

    public init(language: Language?, chapters: [Chapter]) {
        self.language = language
        self.chapters = chapters
    }
}

/// Where a note was taken from when its own chapter lost it: the chapter of another edition that
/// holds the same note (`"from": {"chapter": 5845, "language": "ky"}` in JSON).
public struct NoteOrigin: Sendable, Equatable, Hashable {
    /// The other edition's chapter, by its ID in the library.
    public let chapter: Int
    public let language: Language?

    public init(chapter: Int, language: Language?) {
        self.chapter = chapter
        self.language = language
    }
}

extension NoteOrigin: CustomStringConvertible {
    /// `from the Kyrgyz edition, 5845`: how the sidebar, `notes` and Markdown mark a recovered note.
    public var description: String {
        language.map { "from the \($0.name) edition, \(chapter)" } ?? "from another edition, \(chapter)"
    }
}
