import Foundation
import Testing

/// The reader when its dump is cut: it ends with the terminal given back, exit 74 and the one line
/// `FILE: changed while being read` — neither SIGBUS nor a screen of text decoded from zeros.
@Suite("The reader when its dump changes", .serialized)
struct ReaderFileChangeTests {
    static func finished(_ t: Tmux, _ dir: URL, path: String) throws {
        let screen = try t.wait("exit 74") { $0.contains("EXIT=74") }
        #expect(!screen.contains("EXIT=135"), "not SIGBUS")
        #expect(screen.contains("ibid: \(path): changed while being read"), "\(screen.joined(separator: "\n"))")
        #expect(try t.display("#{alternate_on}") == "0", "the alternate screen is left")
        #expect(!screen.joined().contains("Reports"), "no frame of the reader is left on the screen")
        try t.wait("stty after") { _ in FileManager.default.fileExists(atPath: dir.appendingPathComponent("after").path) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try TerminalTests.modesUnchanged(dir))
    }

    static func stoppedIbid(_ t: Tmux) throws -> pid_t {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let pid = try t.ibidPID() {
                try Spawn.waitUntilStopped(pid)
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Spawn.NeverStopped()
    }

    @Test(.timeLimit(.minutes(1)))
    func aDumpCutBeforeTheFirstFrameEndsTheReader() throws {
        let dir = try TerminalTests.scratch()
        let dump = try Spawn.sampleCopy(in: dir, name: "d.txt")
        // Opening a chapter makes the first frame decode its text from the mapping, past the cut.
        let t = try Tmux(command: TerminalTests.wrapped("\(dump.path) --open 5607"), cols: 160, rows: 30,
                         environment: ["D": dir.path, "IBID_TEST_STOP_AT": "loaded"])
        let pid = try Self.stoppedIbid(t)
        #expect(truncate(dump.path, 4096) == 0)
        kill(pid, SIGCONT)
        try Self.finished(t, dir, path: dump.path)
    }

    @Test(.timeLimit(.minutes(1)))
    func aDumpCutWhileTheReaderWaitsForAKeyEndsIt() throws {
        let dir = try TerminalTests.scratch()
        let dump = try Spawn.sampleCopy(in: dir, name: "d.txt")
        let t = try Tmux(command: TerminalTests.wrapped(dump.path), cols: 160, rows: 30, environment: ["D": dir.path])
        try t.wait("the reader") { $0.first?.hasPrefix(" Reports") == true }
        // No key: the loop notices by itself within one 100 ms wait.
        #expect(truncate(dump.path, 0) == 0)
        try Self.finished(t, dir, path: dump.path)
    }
}
