import Foundation
import Testing

/// A dump cut, grown or rewritten while ibid reads it: one line and exit 74 from every command,
/// never death by SIGBUS (exit 135), never output computed from the vanished bytes.
@Suite("A dump that changes while being read")
struct FileChangeTests {
    static let cases: [(stop: String, arguments: [String])] = [
        ("mapped", ["list"]), ("mapped", ["check"]), ("mapped", ["export"]),
        ("loaded", ["list"]), ("loaded", ["list", "--json"]), ("loaded", ["check"]), ("loaded", ["export"]),
        ("loaded", ["export", "--format", "markdown"]), ("loaded", ["notes", "6005"]), ("loaded", ["search", "the"]),
        ("loaded", ["screen", "--open", "6005"]),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func aCutDumpIsOneLineAndExit74(stop: String, arguments: [String]) throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dump = try Spawn.sampleCopy(in: dir)
        let out = dir.appendingPathComponent("out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let result = try Spawn.run(arguments + [dump.path, "--quiet-warnings"], stdout: try FileHandle(forWritingTo: out),
                                   environment: ["IBID_TEST_STOP_AT": stop, "SWIFT_BACKTRACE": "enable=no"]) { _ in
            // Keep the first page: the cut lands inside the posts, past what `mapped` has checked.
            #expect(truncate(dump.path, 4096) == 0)
        }
        #expect(!(result.reason == .uncaughtSignal && result.status == SIGBUS), "died of SIGBUS")
        #expect(result.reason == .exit && result.status == 74, "\(result.reason) \(result.status): \(result.stderr)")
        #expect(result.stderr == "ibid: \(dump.path): changed while being read\n")
        #expect(try Data(contentsOf: out).isEmpty, "nothing computed from the cut file reaches standard output")
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["grown", "rewritten"])
    func aDumpGrownOrRewrittenInPlaceIsNoticedToo(how: String) throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dump = try Spawn.sampleCopy(in: dir)
        let result = try Spawn.run(["list", dump.path, "--quiet-warnings"], stdout: .nullDevice,
                                   environment: ["IBID_TEST_STOP_AT": "loaded"]) { _ in
            let handle = try FileHandle(forWritingTo: dump)
            if how == "grown" { try handle.seekToEnd() }
            try handle.write(contentsOf: Data("Array\n".utf8))
            try handle.close()
            // A second apart, so the check does not rest on the clock's granularity.
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: dump.path)
        }
        #expect(result.exitedWith74OneLine, "\(result.reason) \(result.status): \(result.stderr)")
        #expect(result.stderr == "ibid: \(dump.path): changed while being read\n")
    }

    @Test(.timeLimit(.minutes(1)))
    func anUntouchedDumpStillStopsAndRunsToTheEnd() throws {
        // The stop itself changes nothing: without a cut, the command succeeds.
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dump = try Spawn.sampleCopy(in: dir)
        let result = try Spawn.run(["list", dump.path, "--quiet-warnings"], stdout: .nullDevice,
                                   environment: ["IBID_TEST_STOP_AT": "loaded"]) { _ in }
        #expect(result.reason == .exit && result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
