/// Finds the pairs of chapters worth comparing without comparing every pair: chapters are indexed
/// by the URLs they cite, and only chapters in different languages that share at least
/// `EditionLink.minimumInOrder` URLs are compared (an in-order count each).
///
/// A URL cited by more than `commonURLLimit` chapters (a site's own home page, a news agency's
/// front page) says nothing about translation and would make the pairs quadratic: it is skipped,
/// as a search engine skips stop words. So the cost is the URLs' postings times at most that limit.
enum EditionCandidates {
    static let commonURLLimit = 24

    /// The chapters' in-order links that are evidence, each chapter's best per other language kept
    /// only when it is mutual (5607's best Kyrgyz partner is 5845 and 5845's best English one is 5607).
    static func links(_ chapters: [Chapter], sequences: [URLSequence]) -> [EditionLink] {
        // Only chapters outside the most common language are indexed; the others look their URLs
        // up. A pair needs two languages, so it always has an indexed side, and a dump that is
        // mostly one language (the usual case) inserts a fraction of its URLs.
        var counts: [Language: Int] = [:]
        for chapter in chapters { if let l = chapter.language { counts[l, default: 0] += 1 } }
        let majority = counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
        var postings: [UInt64: [Int32]] = [:]
        for (i, sequence) in sequences.enumerated() where chapters[i].language != nil && chapters[i].language != majority {
            for h in sequence.hashes { postings[h, default: []].append(Int32(i)) }
        }
        var shared: [Int: [Int: Int]] = [:]
        for (i, sequence) in sequences.enumerated() {
            guard let language = chapters[i].language else { continue }
            let indexed = language != majority
            for h in sequence.hashes {
                guard let list = postings[h], list.count <= commonURLLimit else { continue }
                for j32 in list {
                    let j = Int(j32)
                    // An indexed chapter meets an indexed one twice: count the pair from its first.
                    guard j != i, chapters[j].language != language, !indexed || j > i else { continue }
                    shared[min(i, j), default: [:]][max(i, j), default: 0] += 1
                }
            }
        }
        var all: [EditionLink] = []
        for (a, partners) in shared {
            for (b, count) in partners where count >= EditionLink.minimumInOrder {
                let link = EditionLink(first: a, second: b,
                                       inOrder: InOrderMatch.count(sequences[a].hashes, sequences[b].hashes),
                                       firstURLs: sequences[a].hashes.count, secondURLs: sequences[b].hashes.count)
                if link.isEvidence { all.append(link) }
            }
        }
        // Each chapter's best link per other language; ties go to the earlier chapter in the dump.
        func better(_ x: EditionLink, _ y: EditionLink) -> Bool {
            (x.inOrder, -min(x.first, x.second), -max(x.first, x.second)) > (y.inOrder, -min(y.first, y.second), -max(y.first, y.second))
        }
        var best: [Int: [Language: EditionLink]] = [:]
        for link in all {
            for (me, other) in [(link.first, link.second), (link.second, link.first)] {
                let language = chapters[other].language!
                if let current = best[me]?[language], !better(link, current) { continue }
                best[me, default: [:]][language] = link
            }
        }
        return all.filter { link in
            best[link.first]?[chapters[link.second].language!] == link && best[link.second]?[chapters[link.first].language!] == link
        }
        .map { $0.first < $0.second ? $0 : EditionLink(first: $0.second, second: $0.first, inOrder: $0.inOrder,
                                                      firstURLs: $0.secondURLs, secondURLs: $0.firstURLs) }
        .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }
}
