/// A map bounded by a number of entries and a total cost, least recently used first out, always
/// keeping the entry just stored. The recovered-chapter cache and the reader's layout cache are
/// both one of these behind a lock.
///
/// Eviction looks for the oldest entry linearly: the bounds keep a few dozen entries at most.
public struct BoundedLRU<Key: Hashable, Value> {
    private struct Entry {
        let value: Value
        let cost: Int
        var used: UInt64
    }

    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0
    /// The cost of every entry held.
    public private(set) var cost = 0
    public let maxEntries: Int
    public let maxCost: Int

    public init(maxEntries: Int, maxCost: Int) {
        self.maxEntries = max(1, maxEntries)
        self.maxCost = maxCost
    }

    public var count: Int { entries.count }

    public func contains(_ key: Key) -> Bool { entries[key] != nil }

    /// The value for `key`, now the most recently used.
    public mutating func value(for key: Key) -> Value? {
        guard var entry = entries[key] else { return nil }
        clock += 1
        entry.used = clock
        entries[key] = entry
        return entry.value
    }

    /// Stores `value`, then evicts the least recently used until within both bounds.
    public mutating func store(_ value: Value, for key: Key, cost: Int) {
        clock += 1
        if let old = entries[key] { self.cost -= old.cost }
        entries[key] = Entry(value: value, cost: cost, used: clock)
        self.cost += cost
        while entries.count > 1, entries.count > maxEntries || self.cost > maxCost {
            guard let oldest = entries.min(by: { $0.value.used < $1.value.used }), oldest.key != key else { break }
            self.cost -= oldest.value.cost
            entries[oldest.key] = nil
        }
    }

    public mutating func removeAll() {
        entries = [:]
        cost = 0
    }
}
