import IbidDocument

/// The small window over a note with several URLs: which one `y` copies or `o` opens.
public struct URLPicker: Equatable, Sendable {
    /// What Enter does with the highlighted URL; `y` and `o` in the picker do theirs whatever it is.
    public enum Purpose: Equatable, Sendable {
        case copy, open
    }

    public let purpose: Purpose
    /// `note 12`, `note 3 (box 1)`: the title says whose URLs these are.
    public let note: String
    public let urls: [String]
    public internal(set) var cursor = 0

    public init(purpose: Purpose, note: String, urls: [String]) {
        self.purpose = purpose
        self.note = note
        self.urls = urls
    }

    public var current: String? { urls.indices.contains(cursor) ? urls[cursor] : nil }
}
