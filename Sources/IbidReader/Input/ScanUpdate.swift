import IbidDocument

/// News from a progressive load (`LibraryScan`), fed to the reader as an event: a larger provisional
/// library, how far the scan has got, and whether this is the final library. The loop reads the scan;
/// the state only ever learns of it through this, so the core stays free of threads and I/O.
public struct ScanUpdate: Hashable, Sendable {
    public let library: Library
    /// Which library this is: a new number means a new library to adopt; the same one, progress only.
    public let generation: Int
    /// How much of the dump is read, 0…1.
    public let fraction: Double
    public let done: Bool

    public init(library: Library, generation: Int, fraction: Double, done: Bool) {
        self.library = library
        self.generation = generation
        self.fraction = fraction
        self.done = done
    }

    public static func == (a: ScanUpdate, b: ScanUpdate) -> Bool {
        a.generation == b.generation && a.fraction == b.fraction && a.done == b.done
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(generation)
        hasher.combine(fraction)
        hasher.combine(done)
    }
}
