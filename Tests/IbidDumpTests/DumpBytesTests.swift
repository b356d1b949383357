import Testing
@testable import IbidDump

/// The scoped access that replaced `DumpBytes.buffer`: ranges are the bytes asked for, clamped to
/// the storage, and a value's bytes are its own range of the dump.
@Suite("Dump bytes")
struct DumpBytesTests {
    @Test func rangesAreClampedToTheStorage() {
        let bytes = DumpBytes("Array ( [0] => x )")
        #expect(bytes.count == 18)
        #expect(bytes[6] == UInt8(ascii: "("))
        #expect(bytes.copyBytes(in: 8..<11) == Array("[0]".utf8))
        #expect(bytes.copyBytes(in: 15..<99) == Array("x )".utf8))
        #expect(bytes.copyBytes(in: 40..<50) == [])
        #expect(bytes.withUnsafeBytes(in: 0..<5) { String(decoding: $0, as: UTF8.self) } == "Array")
        #expect(bytes.copyBytes() == Array("Array ( [0] => x )".utf8))
    }

    @Test func aValueSeesOnlyItsRange() throws {
        let dump = try DumpLoader.load(DumpBytes("Array ( [0] => WP_Post Object ( [ID] => 7 [post_content] => Body [post_title] => Héllo ) )"),
                                       path: "t")
        let title = try #require(dump.posts.first?["post_title"])
        #expect(title.copyBytes() == Array("Héllo".utf8))
        #expect(title.copyBytes(maxCount: 2) == [0x48, 0xC3])  // H and the first byte of é
        #expect(title.withUnsafeBytes { $0.count } == 6)
        #expect(title.prefix(bytes: 2) == "H\u{FFFD}", "a cut inside é is repaired")
        #expect(title.string == "Héllo")
    }
}
