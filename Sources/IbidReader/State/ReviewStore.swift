import IbidDocument

/// What the reader keeps between runs — marks on citations, where each chapter was left, the last
/// chapter read, marks of place — behind the smallest interface the core needs. The core never
/// does I/O: it queues `ReviewWrite`s, and whoever runs it (`ReviewSession`) hands them to a store.
/// `IbidStore.ReviewDatabase` is the SQLite one.
public protocol ReviewStore: AnyObject {
    /// Everything saved for `posts`, and for the library filed as `library` (`Library.reviewKey`).
    func load(library: String, posts: Set<PostKey>) throws -> SavedReview
    /// Commits `writes` together, before returning: what the screen shows next is on disk.
    func apply(_ writes: [ReviewWrite]) throws
}

/// Where a chapter was left: the line at the top at the width it was read at, and the text there
/// (section and block), which finds the same place at another width.
public struct SavedPlace: Equatable, Sendable {
    public var top: Int
    public var width: Int
    public var section: Int?
    public var block: Int?

    public init(top: Int, width: Int, section: Int?, block: Int?) {
        self.top = top
        self.width = width
        self.section = section
        self.block = block
    }
}

/// A mark of place (`ma`): a chapter and a place in it.
public struct PlaceMark: Equatable, Sendable {
    public var post: PostKey
    public var place: SavedPlace

    public init(post: PostKey, place: SavedPlace) {
        self.post = post
        self.place = place
    }
}

/// What a store holds for one library.
public struct SavedReview: Equatable, Sendable {
    public var marks: ReviewMarks
    public var places: [PostKey: SavedPlace]
    public var lastChapter: PostKey?
    public var placeMarks: [Character: PlaceMark]

    public init(marks: ReviewMarks = ReviewMarks(), places: [PostKey: SavedPlace] = [:], lastChapter: PostKey? = nil,
                placeMarks: [Character: PlaceMark] = [:]) {
        self.marks = marks
        self.places = places
        self.lastChapter = lastChapter
        self.placeMarks = placeMarks
    }
}

/// One change to what is stored.
public enum ReviewWrite: Equatable, Sendable {
    /// A mark set, or removed (nil).
    case mark(MarkKey, CitationMark?)
    case place(PostKey, SavedPlace)
    case lastChapter(library: String, PostKey)
    case placeMark(library: String, letter: Character, PlaceMark)
}

/// Whether marks are being kept, as the status line tells it.
public enum ReviewSaving: Equatable, Sendable {
    /// Committed as they are made.
    case on
    /// `--no-state`, or no place to keep them: marks last for this run.
    case off
    /// The store failed (a corrupt database moved aside, a full disk): marks last for this run,
    /// and the status line says so.
    case failed(String)
}
