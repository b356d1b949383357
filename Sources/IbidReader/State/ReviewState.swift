import IbidDocument
import Synchronization

/// The reviewer's part of the reader: the marks on citations, the marks of place, whether they are
/// being saved, and the writes not yet handed to the store.
public struct ReviewState: Sendable {
    public internal(set) var marks = ReviewMarks() {
        // A number no other state's marks ever had: the progress cache keys on it.
        didSet { version = ReviewState.nextVersion() }
    }
    /// Which marks these are, for `CitationsCache`'s progress counts (every frame asks for them).
    private(set) var version = 0
    public internal(set) var saving: ReviewSaving = .off
    /// `Library.reviewKey`: what the last chapter and the marks of place are filed under.
    public internal(set) var libraryKey = ""
    public internal(set) var placeMarks: [Character: PlaceMark] = [:]
    /// `m` or `'` typed, waiting for its letter.
    public internal(set) var awaiting: PlaceCommand?
    /// Changes made since the session last committed.
    var pending: [ReviewWrite] = []

    public enum PlaceCommand: Equatable, Sendable {
        case set, jump
    }

    public init() {}

    private static let versions = Atomic<Int>(0)

    static func nextVersion() -> Int { versions.add(1, ordering: .relaxed).newValue }
}
