import IbidDocument
import IbidStore
import IbidTerminal

/// The reader's search index: the fresh one in the cache if there is one, else — for a dump big
/// enough that scanning it shows (`minimumBytes`), or with `--index` — one built in the
/// background while the library search scans, and used once it is ready.
///
/// The state asks `index` from the start, but it answers only once `start` has run on the whole
/// library (a progressive load's last one): until then the library search scans, so a search never
/// meets index rows of chapters the reader has not been given yet.
struct ReaderSearchIndex {
    var index: PendingSearchIndex? = nil
    var start: ReaderLoop.IndexStart? = nil

    /// Below this the library search scans the whole dump between two keystrokes anyway.
    static let minimumBytes: Int64 = 16 * 1_000_000

    static func prepare(file: String?, force: Bool) -> ReaderSearchIndex {
        guard let store = SearchIndexStore.resolve(), let path = file ?? (try? BundledSample.path()), path != "-" else {
            return ReaderSearchIndex()
        }
        let pending = PendingSearchIndex()
        switch store.open(file: path) {
        case .unindexable: return ReaderSearchIndex()
        case .ready(let index, _):
            return ReaderSearchIndex(index: pending, start: { _, _ in pending.fill(index) })
        case .absent(let identity, _):
            guard force || identity.size >= minimumBytes else { return ReaderSearchIndex() }
            return ReaderSearchIndex(index: pending, start: { library, report in
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
