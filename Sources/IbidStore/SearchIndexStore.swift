import IbidDocument
import Synchronization

/// Where the search indexes live and how one is found, checked, replaced and built: the one
/// entry point the CLI and the reader use.
public struct SearchIndexStore: Sendable {
    public let location: StoreLocation

    public init(location: StoreLocation) {
        self.location = location
    }

    /// The store under `$XDG_CACHE_HOME/ibid` (or `~/.cache/ibid`); nil with no usable location.
    public static func resolve(environment: [String: String] = StoreLocation.processEnvironment()) -> SearchIndexStore? {
        StoreLocation.resolve(.cache, environment: environment).map(SearchIndexStore.init)
    }

    public func path(for identity: SearchIndexIdentity) -> String { location.file(identity.fileName) }

    public enum State {
        /// Standard input, a pipe or a missing file: nothing to key an index by.
        case unindexable
        case ready(SearchIndex, SearchIndexIdentity)
        /// No usable index (none yet, stale, or a corrupt one now removed): build one to have it.
        case absent(SearchIndexIdentity, why: SearchIndex.Opened)
    }

    /// The index of the dump at `file`, if one is there and fresh. A corrupt index file is removed
    /// (it is a cache); a stale one is left for the next build to replace.
    public func open(file: String) -> State {
        guard let identity = SearchIndexIdentity.of(path: file) else { return .unindexable }
        let path = path(for: identity)
        let opened = SearchIndex.open(at: path, for: identity)
        switch opened {
        case .ready(let index): return .ready(index, identity)
        case .corrupt:
            SearchIndexFiles.remove(path)
            return .absent(identity, why: .corrupt)
        case .missing, .stale: return .absent(identity, why: opened)
        }
    }

    /// Builds the index of `library`, read from the file with `identity`, and opens it.
    public func build(_ library: Library, identity: SearchIndexIdentity,
                      progress: (Int, Int) -> Void = { _, _ in }, cancelled: () -> Bool = { false }) throws -> SearchIndex {
        guard location.create() else { throw SearchIndexFiles.Failure(message: "cannot create \(location.directory)") }
        let path = path(for: identity)
        try SearchIndexBuilder.build(library, identity: identity, at: path, progress: progress, cancelled: cancelled)
        guard case .ready(let index) = SearchIndex.open(at: path, for: identity) else {
            throw SearchIndexFiles.Failure(message: "the index just built at \(path) does not open")
        }
        return index
    }
}

/// An index that is not there yet: the reader starts with this, searches scan while it is empty,
/// and the background build fills it. Answers as the index once it is.
public final class PendingSearchIndex: SearchIndexing, Sendable {
    private let slot = Mutex<SearchIndex?>(nil)

    public init() {}

    public func fill(_ index: SearchIndex) { slot.withLock { $0 = index } }

    public var isReady: Bool { slot.withLock { $0 != nil } }

    public func candidates(for query: String, after position: Int64, limit: Int) -> SearchCandidates? {
        slot.withLock { $0 }?.candidates(for: query, after: position, limit: limit)
    }

    public func count(of query: String) -> Int? {
        slot.withLock { $0 }?.count(of: query)
    }

    public func chapterTitle(_ id: Int) -> String? {
        slot.withLock { $0 }?.chapterTitle(id)
    }
}
