import IbidTestSupport
import Testing
@testable import IbidDump

@Suite("Positions and UTF-8 repair")
struct PositionAndUTF8Tests {
    /// The loader's line index gives `SourcePosition.of`'s answer for offsets asked in any order.
    @Test func positionFinderAgreesWithARescan() {
        var rng = SeededGenerator(seed: 44)
        let alphabet: [[UInt8]] = [[0x61], [0x0A], [0x20], Array("ж".utf8), Array("€".utf8), [0xFF], Array("😀".utf8), [0x0D, 0x0A]]
        var bytes: [UInt8] = []
        for _ in 0..<5_000 { bytes += alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
        bytes.withUnsafeBytes { raw in
            var finder = PositionFinder(bytes: raw)
            var offsets = (0..<400).map { _ in Int.random(in: -3...(bytes.count + 3), using: &rng) }
            offsets += offsets.sorted()
            for offset in offsets {
                #expect(finder.position(of: offset) == SourcePosition.of(offset: offset, in: raw), "offset \(offset)")
            }
        }
    }

    /// `DumpText.string` (the standard library's decoder) and `scalars()` (the one-pass decoder the
    /// recovery uses) give the same text and report the same first bad byte.
    @Test func bothRepairPathsAgree() {
        let cases: [[UInt8]] = [
            [0xE2, 0x82], [0xE2, 0x82, 0x41], [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x41], [0xED, 0xA0, 0x80],
            [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0x80, 0x80], [0xFF, 0xFE],
            [0x61, 0xF1, 0x80, 0x80], [0xC3], [0x0D, 0xE2, 0x82, 0x0A], Array("ok ж € 😀".utf8),
        ]
        var rng = SeededGenerator(seed: 45)
        let pieces: [[UInt8]] = [[0x61], [0x80], [0xBF], [0xC2], [0xC3, 0xA9], [0xE0], [0xE0, 0xA0], [0xED], [0xED, 0x9F],
                                 [0xED, 0xA0], [0xEF, 0xBF], [0xF0], [0xF0, 0x90], [0xF0, 0x9F, 0x98], [0xF4, 0x8F, 0xBF], [0xF5], [0xFF],
                                 [0x0D], [0x0A], [0x0D, 0x0A]]
        var random: [[UInt8]] = []
        for _ in 0..<2_000 {
            random.append((0..<Int.random(in: 1...12, using: &rng)).flatMap { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] })
        }
        for bytes in cases + random {
            let text = DumpText(storage: DumpBytes(copying: bytes), range: 0..<bytes.count)
            let decoded = text.decode()
            let (scalars, firstInvalid) = text.scalars()
            #expect(Array(decoded.text.unicodeScalars) == scalars, "\(bytes.map { String($0, radix: 16) })")
            #expect(decoded.firstInvalidOffset == firstInvalid, "\(bytes.map { String($0, radix: 16) })")
        }
    }

    /// The standard library's replacement: one U+FFFD per maximal subpart of an ill-formed sequence.
    @Test func replacementFollowsMaximalSubparts() {
        let bytes: [UInt8] = [0x61, 0xE2, 0x82, 0x62, 0xF0, 0x9F, 0x63, 0xC0, 0xAF]
        let text = DumpText(storage: DumpBytes(copying: bytes), range: 0..<bytes.count)
        #expect(String(String.UnicodeScalarView(text.scalars().scalars)) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}")
        #expect(text.string == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}")
    }
}
