import IbidDocument

/// The reviewer's part of the reader: the marks on citations, the marks of place, whether they are
/// being saved, and the writes not yet handed to the store.
public struct ReviewState: Sendable {
    public internal(set) var marks = ReviewMarks()
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
}
