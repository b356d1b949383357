/// The works a set of chapters cites, one entry per work, each listing every note that cites it.
///
/// A work is the same work wherever it is cited when it has the same URL (or, without one, the
/// same title and first author, letter case and spacing aside): the first citation gives the
/// entry its fields and its id. An Ibid adds its note to the last titled work of the note it repeats.
public struct BibliographyEntry: Sendable, Equatable {
    public var work: Work
    /// The notes citing the work, in reading order; the first is where it was first cited.
    public var citations: [NoteReference]

    /// CSL-JSON's `id`: CHAPTER-NOTE-K of the first citation.
    public var id: String { citations[0].identifier }
}

public struct Bibliography: Sendable {
    public private(set) var entries: [BibliographyEntry] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// Every work the chapters' notes cite, chapters in the order given.
    public init(chapters: [(chapter: Chapter, content: ChapterContent)]) {
        for (chapter, content) in chapters { add(chapter: chapter.id, notes: content.notes) }
    }

    /// The entries of one note's works, in the note's order (an Ibid: the work it repeats).
    public static func entries(ofNote note: Note, chapter: Int, in content: ChapterContent) -> [BibliographyEntry] {
        var b = Bibliography()
        b.add(chapter: chapter, notes: content.notes)
        return b.entries.filter { entry in entry.citations.contains { $0.note == note.number && $0.scope == note.scope } }
    }

    public mutating func add(chapter: Int, notes: [Note]) {
        // The works of each note so far, by scope and number, so an Ibid can find what it repeats.
        var lastWorkOf: [NoteScope: [Int: Int]] = [:]
        var previousNote: [NoteScope: Int] = [:]
        for note in notes {
            var position = 0
            var last: Int?
            for item in CitationParser.items(in: note.plainText) {
                switch item {
                case .work(let work):
                    position += 1
                    let ref = NoteReference(chapter: chapter, scope: note.scope, note: note.number, position: position)
                    let entry = record(work, ref)
                    // What a later Ibid repeats: the note's last work with a title; a bare URL after
                    // it (`A summary of the book can be found here: https://…`) is a pointer.
                    if last == nil || work.title != nil { last = entry }
                case .ibid:
                    guard let target = note.ibid ?? previousNote[note.scope],
                          let entry = lastWorkOf[note.scope]?[target] else { continue }
                    let ref = NoteReference(chapter: chapter, scope: note.scope, note: note.number, position: nil)
                    // Only the latest citation can be this note's (notes come in order), so one
                    // comparison keeps a run of Ibids linear.
                    if let latest = entries[entry].citations.last,
                       !(latest.note == ref.note && latest.scope == ref.scope && latest.chapter == chapter) {
                        entries[entry].citations.append(ref)
                    }
                    last = last ?? entry
                }
            }
            if let last { lastWorkOf[note.scope, default: [:]][note.number] = last }
            previousNote[note.scope] = note.number
        }
    }

    /// Adds a citation of `work`, merging it with the same work cited before; returns its entry.
    private mutating func record(_ work: Work, _ ref: NoteReference) -> Int {
        let key = Self.identity(of: work)
        if let key, let i = index[key] {
            // The same work twice in one note (6003's note 75) is one citation.
            if let last = entries[i].citations.last, last.chapter == ref.chapter, last.scope == ref.scope, last.note == ref.note {
                return i
            }
            entries[i].citations.append(ref)
            return i
        }
        entries.append(BibliographyEntry(work: work, citations: [ref]))
        if let key { index[key] = entries.count - 1 }
        return entries.count - 1
    }

    /// What makes two citations the same work: the URL, else the first author and the title.
    static func identity(of work: Work) -> String? {
        if let url = work.url {
            var u = url.lowercased()
            while u.hasSuffix("/") { u.removeLast() }
            for scheme in ["https://", "http://"] where u.hasPrefix(scheme) { u.removeFirst(scheme.count) }
            if u.hasPrefix("www.") { u.removeFirst(4) }
            return "url " + u
        }
        guard let title = work.title else { return nil }
        let author = work.authors.first?.display ?? ""
        return "work " + (author + "|" + title).lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
