import IbidDocument
import IbidStore

/// The reader's search index: the fresh one in the cache if there is one, else — for a dump big
/// enough that scanning it shows (`minimumBytes`), or with `--index` — one built in the
/// background while the library search scans, and used once it is ready.
struct ReaderSearchIndex {
    var index: (any SearchIndexing)? = nil
    var build: (@Sendable (_ progress: @escaping @Sendable (Int) -> Void) -> Void)? = nil

    /// Below this the library search scans the whole dump between two keystrokes anyway.
    static let minimumBytes = 16 * 1_000_000

    static func prepare(library: Library, file: String?, force: Bool) -> ReaderSearchIndex {
        guard let store = SearchIndexStore.resolve(), let path = file ?? (try? BundledSample.path()), path != "-" else {
            return ReaderSearchIndex()
        }
        switch store.open(file: path) {
        case .unindexable: return ReaderSearchIndex()
        case .ready(let index, _): return ReaderSearchIndex(index: index)
        case .absent(let identity, _):
            guard force || library.source.bytes >= minimumBytes else { return ReaderSearchIndex() }
            let pending = PendingSearchIndex()
            return ReaderSearchIndex(index: pending, build: { report in
                report(0)
                do {
                    // Adding the chapters is most of the work; merging the index the rest.
                    let built = try store.build(library, identity: identity, progress: { done, total in
                        report(done * 90 / max(1, total))
                    })
                    pending.fill(built)
                    report(100)
                } catch {
                    report(-1)
                }
            })
        }
    }
}
