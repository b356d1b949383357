/// Every URL cited in a set of chapters' notes, grouped by domain: what the sources view (`U`) and
/// `ibid sources` show. Built in one pass over the notes with dictionaries, so its cost is linear
/// in the notes and their URLs, then sorted once (domains and URLs, not notes).
public struct SourceIndex: Sendable, Equatable {
    /// One note, by where it lives: the chapter's ID, the note's number and scope (a box's notes
    /// restart at 1).
    public struct NoteRef: Sendable, Equatable, Hashable {
        public let chapter: Int
        public let number: Int
        public let scope: NoteScope

        public init(chapter: Int, number: Int, scope: NoteScope = .chapter) {
            self.chapter = chapter
            self.number = number
            self.scope = scope
        }
    }

    /// Notes citing a URL with the same text, word for word: one source cited several times.
    public struct Source: Sendable, Equatable {
        /// The text, white space folded.
        public let text: String
        public internal(set) var citedBy: [NoteRef]
    }

    public struct CitedURL: Sendable, Equatable {
        public let url: String
        /// Every note citing the URL, each once, in library order.
        public internal(set) var citedBy: [NoteRef]
        /// The same notes grouped by identical text, in the order each text first appears.
        public internal(set) var sources: [Source]
    }

    public struct Domain: Sendable, Equatable {
        public let name: String
        /// Distinct notes citing any of the domain's URLs (a note citing two of them counts once).
        public internal(set) var notes: Int
        /// Most cited first, then by URL.
        public internal(set) var urls: [CitedURL]
    }

    /// Most cited first, then by name.
    public private(set) var domains: [Domain]

    /// Notes with at least one URL, and distinct URLs, over the whole index.
    public private(set) var notesWithURLs: Int
    public var urlCount: Int { domains.reduce(0) { $0 + $1.urls.count } }

    /// The index of `chapters`' notes, `content` recovering each (the library's cache in the
    /// reader; `Library.forEachContent` for the CLI, through `Builder`).
    public init(chapters: [Chapter], content: (Chapter) -> ChapterContent) {
        var builder = Builder()
        for chapter in chapters { builder.add(chapter: chapter.id, notes: content(chapter).notes) }
        self = builder.finish()
    }

    init(domains: [Domain], notesWithURLs: Int) {
        self.domains = domains
        self.notesWithURLs = notesWithURLs
    }

    /// Collects notes chapter by chapter, keeping nothing of a chapter but its URLs and the text of
    /// the notes that cite them, so a 100 MB dump can be indexed without holding its content.
    public struct Builder {
        private struct URLEntry {
            var citedBy: [NoteRef] = []
            var sources: [Source] = []
            var sourceIndex: [String: Int] = [:]
        }

        private var urls: [String: URLEntry] = [:]
        /// Per domain, its URLs in first-seen order and the notes citing any of them.
        private var domainURLs: [String: [String]] = [:]
        private var domainNotes: [String: Set<NoteRef>] = [:]
        private var notesWithURLs = 0

        public init() {}

        public mutating func add(chapter: Int, notes: [Note]) {
            for note in notes where !note.urls.isEmpty {
                notesWithURLs += 1
                let ref = NoteRef(chapter: chapter, number: note.number, scope: note.scope)
                let text = NoteText.key(note.plainText)
                var seen = Set<String>()
                for url in note.urls where seen.insert(url).inserted {
                    let domain = SourceDomain.of(url)
                    if urls[url] == nil {
                        urls[url] = URLEntry()
                        domainURLs[domain, default: []].append(url)
                    }
                    domainNotes[domain, default: []].insert(ref)
                    urls[url]!.citedBy.append(ref)
                    if let s = urls[url]!.sourceIndex[text] {
                        urls[url]!.sources[s].citedBy.append(ref)
                    } else {
                        urls[url]!.sourceIndex[text] = urls[url]!.sources.count
                        urls[url]!.sources.append(Source(text: text, citedBy: [ref]))
                    }
                }
            }
        }

        public func finish() -> SourceIndex {
            var domains: [Domain] = []
            domains.reserveCapacity(domainURLs.count)
            for (name, list) in domainURLs {
                var cited = list.map { url in
                    let entry = urls[url]!
                    return CitedURL(url: url, citedBy: entry.citedBy, sources: entry.sources)
                }
                cited.sort { ($0.citedBy.count, $1.url) > ($1.citedBy.count, $0.url) }
                domains.append(Domain(name: name, notes: domainNotes[name]?.count ?? 0, urls: cited))
            }
            domains.sort { ($0.notes, $1.name) > ($1.notes, $0.name) }
            return SourceIndex(domains: domains, notesWithURLs: notesWithURLs)
        }
    }
}
