import IbidTestSupport
import Testing
import IbidDump
@testable import IbidDocument

@Suite("Recovery on damaged content")
struct RecoveryRobustnessTests {
    static let pieces: [Unicode.Scalar] = ["[", "]", "1", "2", "\u{A0}", "\n", " ", "•", ".", "T", "a", "ы", "Ж", "(", ")", "<", ">", "/", ":", ";"]

    @Test(arguments: [6003, 5607, 5845, 6005])
    func mutatedChaptersNeverCrash(id: Int) throws {
        let library = SampleStructureTests.library
        let original = Array(try #require(library.chapter(id: id)?.post.content?.string).unicodeScalars)
        for k in 0..<40 {
            let seed = UInt64(id) &* 1000 &+ UInt64(k)
            var rng = SeededGenerator(seed: seed)
            var c = original
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                let at = Int.random(in: 0..<max(1, c.count), using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where !c.isEmpty: c.removeSubrange(at..<min(c.count, at + Int.random(in: 1...2000, using: &rng)))
                case 1: c.insert(Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)], at: min(at, c.count))
                default:
                    let end = min(c.count, at + Int.random(in: 1...500, using: &rng))
                    if at < end { c.insert(contentsOf: c[at..<end], at: Int.random(in: 0...c.count, using: &rng)) }
                }
            }
            let content = ChapterRecovery.recover(content: Scalars.string(c), truncated: k % 2 == 0)
            // Whatever the damage, every anchor points at a real block and every note's anchors at its citations.
            for note in content.notes {
                for anchor in note.citedBy {
                    #expect(anchor.section < content.sections.count, "seed \(seed)")
                    #expect(anchor.block < content.sections[anchor.section].blocks.count, "seed \(seed)")
                }
            }
        }
    }

    @Test func emptyAndTinyContent() {
        for text in ["", " ", "\u{A0}", "[1]", "[1] [2]", "A", "Heading\u{A0}", "\n\n\n", "•", "[99999] x", "Title\n\nBy Me\n\nBody"] {
            let content = ChapterRecovery.recover(content: text)
            #expect(content.sections.count <= 3, "\(text.debugDescription)")
        }
    }

    @Test func ibidWithNothingBeforeIt() {
        let content = ChapterRecovery.recover(content: "Text.[1] More.[2]\u{A0}[1] Ibid.[2] Source, https://example.org/x")
        #expect(content.note(1)?.isIbid == true)
        #expect(content.note(1)?.ibid == nil)
        #expect(content.findings.contains { $0.code == .ibidWithoutAntecedent && $0.number == 1 })
    }

    @Test func auditFindsGapsDuplicatesEmptyAndUnreferenced() {
        let text = "Body cites one.[1] And two.[2] And nine.[9]\u{A0}[1] First.[2] Second.[2] Again.[4] Fourth.[5] "
        let content = ChapterRecovery.recover(content: text)
        let codes = Set(content.findings.map(\.code))
        #expect(codes.contains(.numberingGap))
        #expect(codes.contains(.duplicateNote))
        #expect(codes.contains(.emptyNote))
        #expect(codes.contains(.unreferencedNote))
        #expect(content.findings.contains { $0.code == .undefinedCitation && $0.number == 9 })
        #expect(content.findings.contains { $0.code == .numberingGap && $0.number == 3 })
    }

    @Test func boxNotesAfterChapterNotesBelongToTheBox() {
        let text = "Intro text cites.[1] More.[2]\u{A0}\n\nA Box Title\n\nBy Some Author\n\nBox text cites.[1] And again.[2]\n\n\u{A0}Back in the chapter.[3]\u{A0}[1] Chapter one.[2] Chapter two.[3] Chapter three.[1] Box one.[2] Box two."
        let content = ChapterRecovery.recover(content: text)
        #expect(content.notes(in: .chapter).map(\.plainText) == ["Chapter one.", "Chapter two.", "Chapter three."])
        #expect(content.notes(in: .box(0)).map(\.plainText) == ["Box one.", "Box two."])
        #expect(content.findings.isEmpty, "\(content.findings)")
        #expect(content.sections.map(\.kind) == [.body, .box, .body])
    }
}
