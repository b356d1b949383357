import Foundation
import Testing

/// Issue 10's URL keys in a real terminal: `y` reaches tmux's paste buffer through OSC 52 (with
/// `set-clipboard on`), `o` runs `$BROWSER` with the URL as its one argument, and a hostile URL is
/// never handed on. The screens match what `ibid screen` computes for the same keys.
@Suite("URLs in a terminal", .serialized)
struct URLTerminalTests {
    /// A script that appends each argument it is given to a file, as `$BROWSER`.
    static func recordingBrowser() throws -> (script: URL, record: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let record = dir.appendingPathComponent("opened")
        let script = dir.appendingPathComponent("browser.sh")
        try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '\(record.path)'; done\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script, record)
    }

    static func recorded(_ record: URL) -> [String] {
        ((try? String(contentsOf: record, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Note 5 of 6003 cites the CIA World Factbook, its one URL (read in the sample).
    static let factbook = "https://www.cia.gov/the-world-factbook/countries/kazakhstan/#people-and-society"

    @Test func yPutsTheURLInTmuxsPasteBuffer() throws {
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --quiet-warnings", cols: 100, rows: 24,
                         environment: ["DISPLAY": "", "WAYLAND_DISPLAY": ""])
        try t.tmux(["set-option", "-s", "set-clipboard", "on"])
        let first = try TerminalTests.headless(size: "100x24", open: 6003)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        try t.send("5", "Enter", "y")
        let expected = try TerminalTests.headless(size: "100x24", keys: "5<Enter>y", open: 6003)
        #expect(expected.last?.contains("copied https://www.cia.gov/") == true)
        let shown = try t.wait("the status line saying what was copied") { TerminalTests.same($0, expected) }
        #expect(TerminalTests.same(shown, expected))
        let deadline = Date().addingTimeInterval(10)
        var buffer = ""
        while Date() < deadline {
            buffer = (try? t.tmux(["show-buffer"])) ?? ""
            if buffer == Self.factbook { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(buffer == Self.factbook)
        // `Y`: the whole note, replacing it.
        try t.send("Y")
        try t.wait("the note copied") { $0.contains { $0.contains("copied note 5: CIA World Factbook") } }
        var note = ""
        while Date() < deadline.addingTimeInterval(5) {
            note = (try? t.tmux(["show-buffer"])) ?? ""
            if note != Self.factbook, !note.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(note == "CIA World Factbook, Kazakhstan, \(Self.factbook)")
    }

    @Test func oRunsTheBrowserWithTheURL() throws {
        let (script, record) = try Self.recordingBrowser()
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --quiet-warnings", cols: 100, rows: 24,
                         environment: ["BROWSER": script.path])
        let first = try TerminalTests.headless(size: "100x24", open: 6003)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        try t.send("5", "Enter", "o")
        let expected = try TerminalTests.headless(size: "100x24", keys: "5<Enter>o", open: 6003)
        let shown = try t.wait("the status line saying what is opened") { TerminalTests.same($0, expected) }
        #expect(TerminalTests.same(shown, expected))
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, Self.recorded(record).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        #expect(Self.recorded(record) == [Self.factbook], "one argument, the URL")
        // The browser's output never reached the screen: the frame is still the headless one.
        #expect(TerminalTests.same(try t.capture(), expected))
    }

    /// Note 1 names `javascript:…`, note 2 a URL with ESC, note 3 a plain URL: `o` on the first two
    /// hands nothing on; on the third the same browser does run, so its silence before means something.
    @Test func aHostileURLIsNeverHandedOn() throws {
        let (script, record) = try Self.recordingBrowser()
        let content = "<p>One.[1] Two.[2] Three.[3]</p>"
            + "<p>[1] Click javascript:alert(document.cookie) now.</p>"
            + "<p>[2] Evil, https://evil.example/a\u{1B}]52;c;ZXZpbA==\u{07}b end.</p>"
            + "<p>[3] Fine, https://ok.example/x.</p>"
        let text = "Array\n(\n    [0] => WP_Post Object\n        (\n            [ID] => 7\n"
            + "            [post_content] => \(content)\n            [post_title] => Hostile URLs\n        )\n\n)\n"
        let file = try Binary.temporaryFile(Data(text.utf8))
        let t = try Tmux(command: "\(TerminalTests.ibid) \(file.path) --open 7 --quiet-warnings", cols: 100, rows: 24,
                         environment: ["BROWSER": script.path])
        let first = try TerminalTests.headless(size: "100x24", open: 7, file: file.path)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        var keys = ""
        for (tmuxKeys, ibidKeys) in [(["1", "Enter", "o"], "1<Enter>o"), (["2", "Enter", "o"], "2<Enter>o")] {
            try t.send(tmuxKeys[0])
            try t.send(tmuxKeys[1])
            try t.send(tmuxKeys[2])
            keys += ibidKeys
            let expected = try TerminalTests.headless(size: "100x24", keys: keys, open: 7, file: file.path)
            let shown = try t.wait("the refusal after \(keys)") { TerminalTests.same($0, expected) }
            #expect(TerminalTests.same(shown, expected))
        }
        #expect(try t.capture().contains { $0.contains("not opened (control characters): https://evil.example/a^[") })
        try t.send("3", "Enter", "o")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, Self.recorded(record).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        #expect(Self.recorded(record) == ["https://ok.example/x"], "only the plain URL was ever handed on")
    }

    /// The sources overlay's bars, frame and cited-by list draw in a terminal as `ibid screen` computes them.
    @Test func theSourcesViewMatchesTheHeadlessScreen() throws {
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --quiet-warnings", cols: 110, rows: 30)
        let first = try TerminalTests.headless(size: "110x30", open: 6003)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        try TerminalTests.expectEachStep(t, [("U", "U"), ("Tab", "<Tab>"), ("j", "j"), ("Enter", "<Enter>"), ("Enter", "<Enter>"), ("Escape", "<Esc>")],
                                         size: "110x30", open: 6003)
        #expect(try t.capture().contains { $0.contains("┌─ eurasianet.org — ") })
    }
}
