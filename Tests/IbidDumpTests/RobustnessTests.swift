import Foundation
import IbidTestSupport
import Testing
@testable import IbidDump

@Suite("Robustness")
struct RobustnessTests {
    static let sample: [UInt8] = Array(try! Data(contentsOf: URL(fileURLWithPath: Fixtures.samplePath)))

    /// Counts `needle` in `bytes`: no load may report more posts than the input has `[ID] =>` keys.
    static func occurrences(of needle: String, in bytes: [UInt8]) -> Int {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return 0 }
        var count = 0
        var i = 0
        while i <= bytes.count - n.count {
            if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { count += 1; i += n.count } else { i += 1 }
        }
        return count
    }

    @Test func everyPrefixLoadsAndNeverGainsRecords() {
        var previous = 0
        var cut = 0
        var sawTruncated = 0
        while cut <= Self.sample.count {
            let dump = try? Fixtures.load(bytes: Array(Self.sample[0..<cut]))
            let count = dump?.posts.count ?? 0
            #expect(count >= previous, "prefix of \(cut) bytes has \(count) records, a shorter one had \(previous)")
            #expect(count <= 12)
            if dump?.posts.last?.truncated == true { sawTruncated += 1 }
            previous = count
            cut += 997
        }
        #expect(previous == 12)
        #expect(sawTruncated > 100)
    }

    @Test func randomMutationsNeverCrash() throws {
        let base = ProcessInfo.processInfo.environment["IBID_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_129
        let cases = 150
        // A crash kills the test process before any report, so the seed in flight is kept in a file.
        let seedFile = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-fuzz-seed")
        for k in 0..<cases {
            let seed = base &+ UInt64(k)
            try? "IBID_FUZZ_SEED=\(seed) swift test --filter randomMutationsNeverCrash\n".write(to: seedFile, atomically: false, encoding: .utf8)
            var rng = SeededGenerator(seed: seed)
            var bytes = Self.sample
            for _ in 0..<Int.random(in: 1...20, using: &rng) {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &rng)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...4000, using: &rng)))
                case 2:
                    let end = min(bytes.count, at + Int.random(in: 1...4000, using: &rng))
                    bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0..<bytes.count, using: &rng))
                default:
                    let junk: [[UInt8]] = [Array(" ) ".utf8), Array("[ID] => ".utf8), Array("Array ( ".utf8), [0xC3], Array(" [post_title] => ".utf8)]
                    bytes.insert(contentsOf: junk[Int.random(in: 0..<junk.count, using: &rng)], at: at)
                }
                if bytes.isEmpty { bytes = [0x20] }
            }
            let ids = Self.occurrences(of: "[ID] =>", in: bytes)
            if let dump = try? Fixtures.load(bytes: bytes) {
                #expect(dump.posts.count <= ids, "seed \(seed): \(dump.posts.count) posts from \(ids) [ID] keys")
                #expect(dump.posts.filter(\.truncated).count <= 1, "seed \(seed): only the last record can be cut off")
                for post in dump.posts { _ = post.content?.string; _ = post.title }
            }
        }
    }

    @Test(arguments: [
        ("", "empty"), ("just some prose\nwith no dump at all\n", "no print_r dump"),
        ("Array (see below) and Foo Object (bar)", "no print_r dump"),
        ("Array ( [0] => Array ( [x] => 1 ) )", "no WordPress posts"),
    ])
    func badInputsAreTypedErrors(text: String, message: String) {
        do {
            _ = try Fixtures.load(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch let error as DumpError {
            #expect(error.description.contains(message))
            #expect(error.exitCode == 65)
        } catch {
            Issue.record("untyped error \(error)")
        }
    }

    @Test func binaryAndRandomBytes() throws {
        var rng = SeededGenerator(seed: 7)
        let random = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        #expect(throws: DumpError.self) { try Fixtures.load(bytes: random) }
        var noNul = random.map { $0 == 0 ? 1 : $0 }
        noNul.append(contentsOf: Array("Array".utf8))
        let error = try #require(throws: DumpError.self) { try Fixtures.load(bytes: noNul) }
        #expect(error.kind == .noDump)
        let binary = try #require(throws: DumpError.self) { try Fixtures.load(bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]) }
        #expect(binary.kind == .binary)
        #expect(binary.description.hasPrefix("test.txt:1:5: binary"))
    }
}
