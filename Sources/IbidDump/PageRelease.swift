/// Hands back to the kernel the pages of a mapped dump that a scan has gone past, a chunk at a time.
///
/// A parse touches every byte once; without this a 1 GB file stays resident after loading (1 GB of
/// RSS before any command has done its work). Released pages are the file's, unmodified, so a later
/// read of a value faults them back in from the page cache; nothing is lost but a little time.
final class PageRelease {
    /// Released in pieces of at least this much: one `madvise` per 16 MB is no cost at all.
    static let chunk = 16 << 20

    private let storage: DumpBytes
    private var releasedUpTo: Int

    init(storage: DumpBytes, start: Int) {
        self.storage = storage
        releasedUpTo = start
    }

    /// The scan needs nothing before `offset` any more.
    func advance(to offset: Int) {
        guard offset - releasedUpTo >= Self.chunk else { return }
        storage.release(releasedUpTo..<offset)
        releasedUpTo = offset
    }

    /// The scan is over: everything goes.
    func finish() {
        storage.release(releasedUpTo..<storage.count)
        releasedUpTo = storage.count
    }
}
