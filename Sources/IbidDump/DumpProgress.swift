/// The posts a progressive load has found so far (`DumpLoader.load(_:path:found:)`), in dump order,
/// and how far into the dump the parse has got.
///
/// Provisional by nature: a post found inside a post that is not yet closed is shown until the outer
/// one closes (then the outer one replaces it, as the loader's collector keeps only outermost posts),
/// and warnings and truncation are known only at the end. The load's result is the exact library.
public struct DumpProgress: Sendable {
    public private(set) var posts: [Post] = []
    /// Offset just past the last post found, and the dump region's bounds.
    public private(set) var scanned: Int
    public let start: Int
    public let end: Int
    /// The page around the dump, and the dump's layout (known from its first opening).
    public let page: PageMetadata
    public internal(set) var layout: LoadedDump.Layout = .collapsed
    private var seen = Set<Int>()

    init(start: Int, end: Int, page: PageMetadata) {
        self.start = start
        self.end = end
        self.page = page
        scanned = start
    }

    /// How much of the dump has been parsed, from 0 to 1.
    public var fraction: Double {
        end > start ? Double(scanned - start) / Double(end - start) : 1
    }

    mutating func add(_ container: DumpContainer, className: String?, offset: Int, next: Int) {
        scanned = max(scanned, next)
        // Posts close inside-out: one that encloses those found last replaces them.
        while let last = posts.last, last.offset > container.openOffset {
            posts.removeLast()
            if let id = last.numericID { seen.remove(id) }
        }
        let entries = container.entries.compactMap { entry in entry.value.text.map { (name: entry.key.name, text: $0) } }
        let post = Post(entries: entries, className: className, offset: offset, truncated: false, truncatedField: nil)
        // A repeated ID is dropped here as the loader drops it (the first copy is kept).
        if let id = post.numericID, !seen.insert(id).inserted { return }
        posts.append(post)
    }
}
