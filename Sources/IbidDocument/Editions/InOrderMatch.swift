/// How many URLs two posts share *in the same order*: the longest run of shared URLs that both
/// cite in one order (a longest increasing subsequence of the other's positions), O(n log n).
///
/// Order is what tells a translation from a post on a neighbouring subject: two reports on Central
/// Asia cite some of the same sources, but only a translation cites them one after another as the
/// original does (5607's notes 1–122 against 5845's: docs/format.md §9).
enum InOrderMatch {
    static func count(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var position: [UInt64: Int] = [:]
        position.reserveCapacity(b.count)
        for (i, h) in b.enumerated() where position[h] == nil { position[h] = i }
        // Patience sorting: tails[k] is the smallest last position of an increasing run of length k + 1.
        var tails: [Int] = []
        for h in a {
            guard let p = position[h] else { continue }
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tails[mid] < p { lo = mid + 1 } else { hi = mid }
            }
            if lo == tails.count { tails.append(p) } else { tails[lo] = p }
        }
        return tails.count
    }
}
