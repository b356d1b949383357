/// Finds where the run of notes at the end of a text-form chapter begins and splits it into notes.
///
/// The sample prints notes as one string after the body: `…under (CC).\u{A0}[1] Francisco Olmos, …/[2] …`.
/// Body markers and note markers look alike, so the run is found from the end: the last `[1]`
/// from which the markers count up (gaps of a few and repeats allowed) to the end of the text.
/// A group of notes just before it (a second numbering, as boxes have) is taken in too when the
/// text before that group cites its numbers — the body's own run of markers has nothing before it.
enum NotesRun {
    struct Split {
        /// Index where the body ends and the notes begin (`c.count` when there are none).
        let bodyEnd: Int
        let notes: [RawChapter.RawNote]
    }

    static func split(_ c: [Unicode.Scalar], markers: [Marker]) -> Split {
        guard let last = lastGroupStart(markers) else { return Split(bodyEnd: c.count, notes: []) }
        var groupStart = last
        // Earlier groups that end right where this one starts are notes too (a box's own numbering)
        // when the text before them cites their numbers; the body's own run of markers never is.
        // Each step looks only at the group it takes in, so the whole loop is linear in the markers.
        let firstIndex = firstIndexOfEachNumber(markers)
        while groupStart > 0, let previous = groupEnding(before: groupStart, markers),
              coverage(of: markers[previous..<groupStart], citedBefore: previous, firstIndex: firstIndex) >= 0.8 {
            groupStart = previous
        }
        let accepted = walk(markers, from: groupStart)
        var notes: [RawChapter.RawNote] = []
        notes.reserveCapacity(accepted.count)
        for (k, index) in accepted.enumerated() {
            let m = markers[index]
            let end = k + 1 < accepted.count ? markers[accepted[k + 1]].start : c.count
            notes.append(RawChapter.RawNote(number: m.number, text: Scalars.string(c[m.end..<end]), scalars: c[m.end..<end]))
        }
        return Split(bodyEnd: markers[groupStart].start, notes: notes)
    }

    /// Indices of the markers that number notes, walking from a `[1]`: the next number, a repeat,
    /// a small gap, or a fresh `[1]` followed by `[2]`. Anything else is a bracket inside a note.
    static func walk(_ markers: [Marker], from start: Int, allowRestart: Bool = true) -> [Int] {
        var accepted = [start]
        var previous = markers[start].number
        var k = start + 1
        while k < markers.count {
            let n = markers[k].number
            if follows(n, after: previous) {
                accepted.append(k)
                previous = n
            } else if allowRestart, n == 1, k + 1 < markers.count, markers[k + 1].number == 2 {
                accepted.append(k)
                previous = 1
            }
            k += 1
        }
        return accepted
    }

    /// Whether a walk that has just taken a marker numbered `previous` takes one numbered `n`:
    /// the next number, a repeat, or a small gap.
    static func follows(_ n: Int, after previous: Int) -> Bool {
        n >= previous && n <= previous + 5
    }

    /// The last `[1]` from which at least 80 % of the remaining markers count up without a restart.
    ///
    /// Without restarts a walk's next step depends only on the number of the marker it last took, so
    /// the walk from any marker is that marker plus the walk from the next one it takes. Filling that
    /// in from the end gives every `[1]`'s count in one pass, instead of one walk per `[1]` (which was
    /// quadratic on `[1] x [50] [1] x [50] …`).
    static func lastGroupStart(_ markers: [Marker]) -> Int? {
        let counts = walkCounts(markers)
        for i in markers.indices.reversed() where markers[i].number == 1 {
            if Double(counts[i]) >= 0.8 * Double(markers.count - i) { return i }
        }
        return nil
    }

    /// For each marker, how many markers a walk without restarts from it takes (itself included):
    /// `walk(markers, from: i, allowRestart: false).count`, for every `i` at once.
    static func walkCounts(_ markers: [Marker]) -> [Int] {
        var counts = [Int](repeating: 1, count: markers.count)
        // The nearest marker after the current position with each number.
        var nearest: [Int: Int] = [:]
        for i in markers.indices.reversed() {
            let n = markers[i].number
            var next: Int?
            for m in n...(n + 5) {
                if let at = nearest[m], next.map({ at < $0 }) ?? true { next = at }
            }
            if let next { counts[i] = 1 + counts[next] }
            nearest[n] = i
        }
        return counts
    }

    /// A `[1]` whose run (without restarts) accepts every marker up to `end`, ending with the one before it.
    /// Costs the length of that run: the caller steps back over it.
    private static func groupEnding(before end: Int, _ markers: [Marker]) -> Int? {
        for i in stride(from: end - 1, through: 0, by: -1) where markers[i].number == 1 {
            guard end - i >= 2 else { return nil }
            for k in (i + 1)..<end where !follows(markers[k].number, after: markers[k - 1].number) { return nil }
            return i
        }
        return nil
    }

    /// Where each number first appears among the markers.
    private static func firstIndexOfEachNumber(_ markers: [Marker]) -> [Int: Int] {
        var first: [Int: Int] = [:]
        for (i, m) in markers.enumerated() where first[m.number] == nil { first[m.number] = i }
        return first
    }

    /// The share of a group's numbers that markers before index `before` cite.
    private static func coverage(of group: ArraySlice<Marker>, citedBefore before: Int, firstIndex: [Int: Int]) -> Double {
        let numbers = Set(group.map(\.number))
        guard !numbers.isEmpty else { return 0 }
        let cited = numbers.filter { firstIndex[$0].map { $0 < before } ?? false }
        return Double(cited.count) / Double(numbers.count)
    }
}
