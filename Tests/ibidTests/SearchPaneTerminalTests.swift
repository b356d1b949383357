import Foundation
import Testing

/// The search pane in a real terminal: the library search runs in idle turns between keys there,
/// all at once in `ibid screen`; the screens must come out the same. And the reader's background
/// index build: progress, then used by the pane, in a temporary cache only.
@Suite("Search pane in a terminal", .serialized)
struct SearchPaneTerminalTests {
    static func sandbox() throws -> (root: URL, env: [String: String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-pane-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        return (root, ["HOME": root.appendingPathComponent("home").path,
                       "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
                       "XDG_STATE_HOME": root.appendingPathComponent("state").path])
    }

    @Test func typingEnterAndCtrlOShowWhatTheHeadlessScreenShows() throws {
        let (root, env) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let size = "110x30"
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --no-index --quiet-warnings",
                         cols: 110, rows: 30, environment: env)
        let first = try TerminalTests.headless(size: size, open: 6003)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        try t.send("s")
        try t.sendLiteral("Nazarbayev")
        let keys = "sNazarbayev"
        let typed = try TerminalTests.headless(size: size, keys: keys, open: 6003)
        #expect(typed[2].contains("59 hits"))
        try t.wait("the hits for Nazarbayev") { TerminalTests.same($0, typed) }
        try TerminalTests.expectEachStep(t, [("Down", "<Down>"), ("Down", "<Down>"), ("Enter", "<Enter>"), ("C-o", "<C-o>")],
                                         after: keys, size: size, open: 6003)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("home").path).isEmpty)
    }

    @Test func theReaderBuildsTheIndexInTheBackgroundAndThePaneUsesIt() throws {
        let (root, env) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --index --quiet-warnings",
                         cols: 110, rows: 30, environment: env)
        try t.wait("the index to be ready", seconds: 60) { $0.contains { $0.contains("search index ready") } }
        let cache = root.appendingPathComponent("cache/ibid").path
        let files = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(files.count == 1 && files[0].hasPrefix("search-") && files[0].hasSuffix(".sqlite"), "\(files)")
        try t.send("s")
        try t.sendLiteral("Nazarbayev")
        // The pane says the index answered, and shows what the scan shows (`ibid screen` has no index).
        let expected = try TerminalTests.headless(size: "110x30", keys: "sNazarbayev", open: 6003)
        let shown = try t.wait("the indexed hits") { $0.count > 2 && $0[2].contains("59 hits · index") }
        #expect(Array(shown.dropFirst(3).prefix(25)) == Array(expected.dropFirst(3).prefix(25)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("home").path).isEmpty)
        // Started again, the reader reuses it: ready at once, no build (no progress, no message).
        try t.send("Escape")
        try t.send("q")
        let again = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --quiet-warnings",
                             cols: 110, rows: 30, environment: env)
        try again.wait("the first screen") { $0.count > 2 && $0[0].contains("Reports") }
        try again.send("s")
        try again.sendLiteral("Nazarbayev")
        try again.wait("the indexed hits, reused") { $0.count > 2 && $0[2].contains("59 hits · index") }
    }
}
