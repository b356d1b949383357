/// The evidence that two chapters in different languages are one text: the URLs they share in
/// the same order, out of how many each cites.
public struct EditionLink: Sendable, Equatable {
    public let first: Int
    public let second: Int
    /// URLs both cite, counted along one order (`InOrderMatch`).
    public let inOrder: Int
    /// Distinct URLs each cites.
    public let firstURLs: Int
    public let secondURLs: Int

    /// The share of the shorter list matched in order.
    public var share: Double { Double(inOrder) / Double(max(1, min(firstURLs, secondURLs))) }

    /// At least `minimumInOrder` URLs in order, and at least half of the shorter list: two reports on
    /// one region share a few sources, a translation shares nearly all of them (5607/5845: docs/format.md §9).
    var isEvidence: Bool { inOrder >= EditionLink.minimumInOrder && inOrder * 2 >= min(firstURLs, secondURLs) }

    static let minimumInOrder = 5
}
