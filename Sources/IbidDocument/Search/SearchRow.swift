/// One text a search looks in: a section heading, a block of a section, or a note, with where it
/// stands. The scan makes these from a chapter's recovered content, and the search index stores
/// exactly these, so the two search the same texts by construction.
public struct SearchRow: Sendable, Equatable {
    public let chapterID: Int
    public let place: SearchHit.Place
    /// The heading the text stands under (a heading names itself; a note has none), cut to
    /// `TextSearch.headingLimit` characters.
    public let heading: String?
    /// The plain text searched.
    public let text: String

    public init(chapterID: Int, place: SearchHit.Place, heading: String?, text: String) {
        self.chapterID = chapterID
        self.place = place
        self.heading = heading
        self.text = text
    }

    /// Every row of a chapter in reading order: each section's heading then its blocks, then the notes.
    public static func forEachRow(of content: ChapterContent, chapterID: Int, _ body: (SearchRow) -> Void) {
        for (s, section) in content.sections.enumerated() {
            if let full = section.heading {
                body(SearchRow(chapterID: chapterID, place: .heading(section: s), heading: TextSearch.bounded(full), text: full))
            }
            let under = content.heading(at: Anchor(section: s, block: 0, inline: 0)).map { TextSearch.bounded($0) }
            for (b, block) in section.blocks.enumerated() {
                body(SearchRow(chapterID: chapterID, place: .block(section: s, block: b), heading: under, text: block.plainText))
            }
        }
        for note in content.notes {
            body(SearchRow(chapterID: chapterID, place: .note(number: note.number, scope: note.scope), heading: nil, text: note.plainText))
        }
    }
}
