import IbidDump
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A library read progressively: the dump is parsed on a thread of its own, and a provisional
/// library of the posts found so far is published as they come, so a reader can paint a 1 GB dump's
/// first screen in milliseconds and take keys while the rest is read.
///
/// Provisional libraries are published when the number of posts found first reaches `firstBatch` and
/// each time it doubles (building one costs time linear in its posts, so all of them together cost no
/// more than twice the last); the progress fraction in between. The final library is exactly what
/// `Library(dump: DumpLoader.load(…))` gives: the same loader produced it, only its hook was watched.
public final class LibraryScan: Sendable {
    /// What the scan has produced so far.
    public struct Snapshot: Sendable {
        /// The latest library: provisional until `done`.
        public let library: Library?
        /// Bumped each time `library` is replaced.
        public let generation: Int
        /// How much of the dump is parsed, 0…1.
        public let fraction: Double
        public let done: Bool
        /// Why the load failed (it then has no library).
        public let error: DumpError?
    }

    /// A screenful of list rows and then some.
    public static let firstBatch = 64

    private let bytes: DumpBytes
    private let path: String
    private let firstBatch: Int
    private let cache = ContentCache()
    private let state = Mutex(Snapshot(library: nil, generation: 0, fraction: 0, done: false, error: nil))

    public init(bytes: DumpBytes, path: String, firstBatch: Int = LibraryScan.firstBatch) {
        self.bytes = bytes
        self.path = path
        self.firstBatch = max(1, firstBatch)
    }

    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Reads the whole dump on the calling thread, publishing as it goes; returns the final snapshot.
    @discardableResult
    public func run() -> Snapshot {
        var next = firstBatch
        do {
            let dump = try DumpLoader.load(bytes, path: path) { [self] progress in
                if progress.posts.count >= next {
                    next = progress.posts.count * 2
                    let library = Library(progress: progress, path: path, bytes: bytes.count, cache: cache)
                    state.withLock { s in
                        s = Snapshot(library: library, generation: s.generation + 1, fraction: progress.fraction, done: false, error: nil)
                    }
                } else {
                    state.withLock { s in
                        s = Snapshot(library: s.library, generation: s.generation, fraction: progress.fraction, done: false, error: nil)
                    }
                }
            }
            let library = Library(dump: dump, cache: cache)
            state.withLock { s in s = Snapshot(library: library, generation: s.generation + 1, fraction: 1, done: true, error: nil) }
        } catch {
            state.withLock { s in s = Snapshot(library: nil, generation: s.generation + 1, fraction: 1, done: true, error: error) }
        }
        return snapshot
    }

    /// Starts `run` on a thread of its own.
    public func start() {
        BackgroundThread.detach { [self] in run() }
    }

    /// Waits until the scan is done, or until its library holds `chapters` chapters (and
    /// `until`, when given, is true of it); polls every half millisecond.
    public func wait(chapters: Int, until: ((Library) -> Bool)? = nil) -> Snapshot {
        while true {
            let s = snapshot
            if s.done { return s }
            if let library = s.library, library.chapters.count >= chapters, until?(library) ?? true { return s }
            usleep(500)
        }
    }

    /// Waits for the end of the scan.
    public func finish() -> Snapshot { wait(chapters: .max) }
}
