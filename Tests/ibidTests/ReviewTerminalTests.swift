import Foundation
import Testing

/// Issue 10 in a real terminal: thirty citations checked in tmux, the reader killed with SIGKILL
/// the moment the screen shows the thirtieth, and all thirty found by the next run — a mark is
/// committed before the frame that shows it is drawn. The terminal shows what `ibid screen`
/// computes for the same keys.
@Suite("Review marks in a terminal", .serialized)
struct ReviewTerminalTests {
    @Test(.timeLimit(.minutes(1)))
    func thirtyMarksSurviveSIGKILL() throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.appendingPathComponent("state").path
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --quiet-warnings",
                         cols: 120, rows: 40, environment: ["XDG_STATE_HOME": state])
        try t.wait("the reader") { $0.joined().contains("Retreating Rights - Kazakhstan: Introduction") }
        for _ in 0..<30 { try t.send("X", "x") }
        let shown = try t.wait("the thirtieth mark") { $0.contains { $0.contains("[30] checked ✓ — 30/140 ✓") } }
        let pid = try #require(try t.ibidPID())
        kill(pid, SIGKILL)
        // The headless reader, fresh state, same keys: the same screen.
        let headless = try TerminalTests.headless(size: "120x40", keys: String(repeating: "Xx", count: 30), open: 6003)
        #expect(TerminalTests.same(shown, headless))

        let env = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": state]) { $1 }
        let result = try Binary.run(["citations", "6003", Binary.samplePath, "--json", "--quiet-warnings"], environment: env)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(root["citations"] as? [[String: Any]])
        let checked = rows.filter { $0["state"] as? String == "checked" }.compactMap { $0["number"] as? Int }
        #expect(checked == Array(1...30))
    }
}
