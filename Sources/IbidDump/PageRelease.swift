/// Hands back to the kernel the pages of a mapped dump that a scan has gone past, a chunk at a time.
///
/// A parse touches every byte once; without this a 1 GB file stays resident after loading (1 GB of
/// RSS before any command has done its work). Released pages are the file's, unmodified, so a later
/// read of a value faults them back in from the page cache; nothing is lost but a little time.
///
/// Every pass over the posts needs one, not only the parse: reading one field of a post faults in
/// the 64 KB around it (the kernel's fault-around), so a pass that reads each post's title and date
/// maps most of a dump of 80 KB posts back in.
public final class PageRelease {
    /// Released in pieces of at least this much: one `madvise` per 16 MB is no cost at all.
    static let chunk = 16 << 20

    private let storage: DumpBytes
    private var releasedUpTo: Int

    public init(storage: DumpBytes, start: Int) {
        self.storage = storage
        releasedUpTo = start
    }

    /// For a pass over `posts` in dump order (nil when they hold no bytes).
    public convenience init?(following posts: [Post]) {
        guard let first = posts.first(where: { $0.span != nil }), let span = first.span else { return nil }
        self.init(storage: first.storage!, start: span.lowerBound)
    }

    /// The pass is done with `post`.
    public func passed(_ post: Post) {
        if let span = post.span { advance(to: span.upperBound) }
    }

    /// The scan needs nothing before `offset` any more.
    public func advance(to offset: Int) {
        guard offset - releasedUpTo >= Self.chunk else { return }
        storage.release(releasedUpTo..<offset)
        releasedUpTo = offset
    }

    /// For a pass that reads posts a chunk at a time on several threads, so that no one scan goes in
    /// dump order: gives back the pages under `posts`, a run of neighbours (one file, in dump order,
    /// at most `neighbourGap` apart) at a time. Releasing each post's own span would keep the page
    /// between two neighbours (their spans share it), one page a post.
    public static func release(_ posts: some Sequence<Post>) {
        var run: (storage: DumpBytes, range: Range<Int>)?
        for post in posts {
            guard let span = post.span, let storage = post.storage else { continue }
            if let r = run, r.storage === storage, span.lowerBound >= r.range.upperBound,
               span.lowerBound - r.range.upperBound <= neighbourGap {
                run = (storage, r.range.lowerBound..<span.upperBound)
                continue
            }
            if let r = run { r.storage.release(r.range) }
            run = (storage, span)
        }
        if let r = run { r.storage.release(r.range) }
    }

    /// How far apart two posts' spans may be and still be released as one run (what lies between
    /// neighbours is the next post's opening lines).
    static let neighbourGap = 64 << 10

    /// The scan is over: everything after what was released goes.
    public func finish() {
        storage.release(releasedUpTo..<storage.count)
        releasedUpTo = storage.count
    }
}
