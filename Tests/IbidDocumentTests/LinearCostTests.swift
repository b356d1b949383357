import IbidTestSupport
import Testing
@testable import IbidDocument

/// Shapes that once cost quadratic time or a gigabyte (issue 8 §2). The fast paths are checked against
/// the definitional slow ones on random input; the big shapes run under a one-minute hang guard,
/// sized so the old quadratic code could not finish them in it.
@Suite("Linear cost of recovery and search")
struct LinearCostTests {
    // MARK: The notes run

    /// `walkCounts` equals one `walk` per marker, the definition it replaces.
    @Test func walkCountsAgreeWithWalkingFromEachMarker() {
        var rng = SeededGenerator(seed: 8_2)
        for round in 0..<300 {
            let markers = Self.randomMarkers(count: Int.random(in: 0...60, using: &rng), using: &rng)
            let counts = NotesRun.walkCounts(markers)
            for i in markers.indices {
                #expect(counts[i] == NotesRun.walk(markers, from: i, allowRestart: false).count, "round \(round) at \(i)")
            }
        }
    }

    /// The linear split takes the same notes and body as the quadratic one it replaced (kept here as
    /// `ReferenceNotesRun`, a walk per `[1]` and a set of every earlier number per group).
    @Test func splitAgreesWithTheQuadraticReference() {
        var rng = SeededGenerator(seed: 8_3)
        for round in 0..<400 {
            let markers = Self.randomMarkers(count: Int.random(in: 1...50, using: &rng), using: &rng)
            let c = [Unicode.Scalar](repeating: "x", count: (markers.last?.end ?? 0) + 3)
            let split = NotesRun.split(c, markers: markers)
            let reference = ReferenceNotesRun.split(markers)
            #expect(split.bodyEnd == (reference.map { markers[$0.groupStart].start } ?? c.count), "round \(round)")
            #expect(split.notes.map(\.number) == (reference?.accepted.map { markers[$0].number } ?? []), "round \(round)")
        }
    }

    /// `x[1] y[2] ` repeated: every group of two is taken in (the body cites both numbers), one at a time.
    @Test(.timeLimit(.minutes(1))) func alternatingPairsAreLinear() {
        let n = 30_000
        let content = ChapterRecovery.recover(content: String(repeating: "x[1] y[2] ", count: n))
        #expect(content.notes.count == 2 * n - 2, "all but the body's first pair are notes")
        #expect(content.notes.prefix(4).map(\.number) == [1, 2, 1, 2])
    }

    /// `[1] x [50] ` repeated: no `[1]` counts up, so there is no notes run and the markers stay citations.
    @Test(.timeLimit(.minutes(1))) func oneThenFiftyIsLinear() {
        let n = 30_000
        let content = ChapterRecovery.recover(content: String(repeating: "[1] x [50] ", count: n))
        #expect(content.notes.isEmpty)
        let citations = content.sections.flatMap(\.blocks).flatMap(\.citations)
        #expect(citations.count == 2 * n)
    }

    // MARK: No-break spaces

    /// Segments are made one at a time; they are the pieces between no-break spaces and newlines,
    /// trimmed, bullets apart, as a plain split finds them.
    @Test func segmentsMatchAPlainSplit() {
        var rng = SeededGenerator(seed: 8_4)
        let pieces = ["word", "Word.", " ", "\u{A0}", "\u{A0}\u{A0}", "  • item", "x y"]
        for round in 0..<300 {
            let lines: [ArraySlice<Unicode.Scalar>] = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                let line = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                return ArraySlice(Array(line.unicodeScalars))
            }
            var expected: [(String, Bool)] = []
            for line in lines {
                let text = Scalars.string(line)
                if TextReader.isBullet(line) {
                    expected.append((String(text.trimmed(of: " \u{A0}").dropFirst()).trimmed(of: " \u{A0}"), true))
                } else {
                    for piece in text.split(separator: "\u{A0}", omittingEmptySubsequences: false) {
                        let t = String(piece).trimmed(of: " \u{A0}")
                        if !t.isEmpty { expected.append((t, false)) }
                    }
                }
            }
            let got = Array(TextReader.segments(of: lines))
            #expect(got.map { Scalars.string($0.text) } == expected.map(\.0), "round \(round)")
            #expect(got.map { $0.kind == .bullet } == expected.map(\.1), "round \(round)")
            #expect(got.map(\.startsChunk) == got.indices.map { $0 == 0 }, "round \(round)")
        }
    }

    /// One-word paragraphs between no-break spaces (`Word.\u{A0}` × 200,000): each is a paragraph.
    @Test(.timeLimit(.minutes(1))) func manyOneWordParagraphs() {
        let n = 200_000
        let content = ChapterRecovery.recover(content: String(repeating: "Word.\u{A0}", count: n))
        let blocks = content.sections.flatMap(\.blocks)
        #expect(blocks.count == n)
        #expect(blocks.allSatisfy { $0.plainText == "Word." })
    }

    // MARK: Search

    /// A hit names its heading, cut short; it does not repeat a 28 KB one (81 MB of JSON from 28 KB).
    @Test func hitsCarryABoundedHeading() throws {
        let heading = "Heading " + String(repeating: "a", count: 28_000)
        let content = ChapterContent(sections: [
            Section(heading: heading, blocks: [.paragraph([.text(String(repeating: "a b ", count: 50))])]),
        ], notes: [], findings: [])
        let hits = TextSearch.search("a", in: content, chapterID: 7)
        #expect(hits.count == 28_001 + 50, "the heading’s own “Heading” holds an a")
        #expect(hits.allSatisfy { ($0.heading?.count ?? 0) == TextSearch.headingLimit + 1 })
        let first = try #require(hits.first?.heading)
        #expect(first.hasPrefix("Heading aaa") && first.hasSuffix("…"))
        #expect(hits.allSatisfy { $0.snippet.count <= 1 + 40 + 1 + 40 + 1 })
    }

    /// Matching ignores case in Latin and Cyrillic, and the offset points at the match in the snippet.
    @Test func matchOffsetsPointAtTheMatch() {
        let text = "Ошол ЭЛЕ жерде.\nSee IBID, and ibid again; ЖЕРДЕ."
        var found: [(String, Int)] = []
        TextSearch.matches(of: "жерде", in: text, context: 6) { found.append(($0, $1)) }
        #expect(found.count == 2)
        for (snippet, at) in found {
            let match = String(Array(snippet)[at..<(at + 5)])
            #expect(match.lowercased() == "жерде", "\(snippet)")
            #expect(!snippet.contains("\n"))
        }
        var latin: [(String, Int)] = []
        TextSearch.matches(of: "Ibid", in: text, context: 3) { latin.append(($0, $1)) }
        #expect(latin.map(\.0) == ["…ee IBID, a…", "…nd ibid ag…"])
        #expect(latin.map(\.1) == [4, 4])
    }

    // MARK: Helpers

    static func randomMarkers(count: Int, using rng: inout SeededGenerator) -> [Marker] {
        var out: [Marker] = []
        var position = 0
        var recent = 1
        for _ in 0..<count {
            let number: Int
            switch Int.random(in: 0..<10, using: &rng) {
            case 0...2: number = 1
            case 3...6: number = max(1, recent + Int.random(in: -1...6, using: &rng))
            default: number = Int.random(in: 1...12, using: &rng)
            }
            recent = number
            position += Int.random(in: 1...4, using: &rng)
            out.append(Marker(start: position, end: position + 3, number: number))
            position += 3
        }
        return out
    }
}

/// The notes-run search as it was before it was made linear: the definition the fast one must match.
enum ReferenceNotesRun {
    static func split(_ markers: [Marker]) -> (groupStart: Int, accepted: [Int])? {
        guard let last = lastGroupStart(markers) else { return nil }
        var groupStart = last
        while groupStart > 0, let previous = groupEnding(before: groupStart, markers),
              coverage(of: markers[previous..<groupStart], by: markers[..<previous]) >= 0.8 {
            groupStart = previous
        }
        return (groupStart, NotesRun.walk(markers, from: groupStart))
    }

    static func lastGroupStart(_ markers: [Marker]) -> Int? {
        for i in markers.indices.reversed() where markers[i].number == 1 {
            let accepted = NotesRun.walk(markers, from: i, allowRestart: false).count
            if Double(accepted) >= 0.8 * Double(markers.count - i) { return i }
        }
        return nil
    }

    static func groupEnding(before end: Int, _ markers: [Marker]) -> Int? {
        for i in stride(from: end - 1, through: 0, by: -1) where markers[i].number == 1 {
            let slice = Array(markers[i..<end])
            let accepted = NotesRun.walk(slice, from: 0, allowRestart: false)
            return accepted.count == slice.count && accepted.count >= 2 ? i : nil
        }
        return nil
    }

    static func coverage(of group: ArraySlice<Marker>, by before: ArraySlice<Marker>) -> Double {
        let numbers = Set(group.map(\.number))
        guard !numbers.isEmpty else { return 0 }
        let cited = Set(before.map(\.number))
        return Double(numbers.intersection(cited).count) / Double(numbers.count)
    }
}

extension String {
    func trimmed(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
