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
        while groupStart > 0, let previous = groupEnding(before: groupStart, markers),
              coverage(of: markers[previous..<groupStart], by: markers[..<previous]) >= 0.8 {
            groupStart = previous
        }
        let accepted = walk(markers, from: groupStart)
        var notes: [RawChapter.RawNote] = []
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
            if n == previous + 1 || n == previous || (n > previous + 1 && n <= previous + 5) {
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

    /// The last `[1]` from which at least 80 % of the remaining markers count up without a restart.
    private static func lastGroupStart(_ markers: [Marker]) -> Int? {
        for i in markers.indices.reversed() where markers[i].number == 1 {
            let accepted = walk(markers, from: i, allowRestart: false).count
            if Double(accepted) >= 0.8 * Double(markers.count - i) { return i }
        }
        return nil
    }

    /// A `[1]` whose run (without restarts) accepts every marker up to `end`, ending with the one before it.
    private static func groupEnding(before end: Int, _ markers: [Marker]) -> Int? {
        for i in stride(from: end - 1, through: 0, by: -1) where markers[i].number == 1 {
            let slice = Array(markers[i..<end])
            let accepted = walk(slice, from: 0, allowRestart: false)
            return accepted.count == slice.count && accepted.count >= 2 ? i : nil
        }
        return nil
    }

    /// The share of a group's numbers that markers before it cite.
    private static func coverage(of group: ArraySlice<Marker>, by before: ArraySlice<Marker>) -> Double {
        let numbers = Set(group.map(\.number))
        guard !numbers.isEmpty else { return 0 }
        let cited = Set(before.map(\.number))
        return Double(numbers.intersection(cited).count) / Double(numbers.count)
    }
}
