/// A cited work recovered from a note's free text: who wrote it, what it is called, where it
/// appeared, when, and where it is online. Every field is as the note gives it; nothing is guessed
/// (no outlet from a URL's domain, no year from a URL's path).
public struct Work: Sendable, Hashable {
    public var authors: [Contributor]
    public var title: String?
    /// The outlet, journal, publisher or website the note names.
    public var container: String?
    public var issued: IssuedDate?
    public var url: String?
    public var type: WorkType

    public init(authors: [Contributor] = [], title: String? = nil, container: String? = nil,
                issued: IssuedDate? = nil, url: String? = nil, type: WorkType = .webpage) {
        self.authors = authors
        self.title = title
        self.container = container
        self.issued = issued
        self.url = url
        self.type = type
    }
}

/// An author: a person (CSL `family`/`given`) or an organisation (CSL `literal`).
public enum Contributor: Sendable, Hashable {
    case person(family: String, given: String)
    case organisation(String)

    /// `Olmos, Francisco` or the organisation's name, as BibTeX and RIS write a name.
    public var inverted: String {
        switch self {
        case .person(let family, let given): given.isEmpty ? family : "\(family), \(given)"
        case .organisation(let name): name
        }
    }

    /// The name as the note writes it: `Francisco Olmos`.
    public var display: String {
        switch self {
        case .person(let family, let given): given.isEmpty ? family : "\(given) \(family)"
        case .organisation(let name): name
        }
    }
}

/// A date as precise as the note gives it.
public struct IssuedDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// `2019`, `2019-04`, `2019-04-07`.
    public var iso: String {
        var s = String(year)
        if let month { s += "-" + Self.twoDigits(month) }
        if let day { s += "-" + Self.twoDigits(day) }
        return s
    }

    /// CSL's `date-parts`: `[2019, 4]`.
    public var parts: [Int] { [year] + (month.map { [$0] } ?? []) + (day.map { [$0] } ?? []) }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    public static func < (a: IssuedDate, b: IssuedDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

/// The CSL types the notes of this genre cite.
public enum WorkType: String, Sendable, Hashable, CaseIterable {
    case articleNewspaper = "article-newspaper"
    case articleJournal = "article-journal"
    case report, webpage, book, legislation, post
}
