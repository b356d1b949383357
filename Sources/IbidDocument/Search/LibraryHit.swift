/// A hit anywhere in the library: the chapter it is in, with the hit itself.
public struct LibraryHit: Sendable, Equatable {
    public let chapterID: Int
    public let hit: SearchHit

    public init(chapterID: Int, hit: SearchHit) {
        self.chapterID = chapterID
        self.hit = hit
    }
}
