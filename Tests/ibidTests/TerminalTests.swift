import Foundation
import Testing

/// The reader in a real terminal (tmux), checked against the headless `ibid screen` of the same keys.
@Suite("ibid in a terminal", .serialized)
struct TerminalTests {
    static let ibid = Binary.url.path
    static let sample = Binary.samplePath

    /// What `ibid screen` prints for the same size, chapter and keys, as rows.
    static func headless(size: String, keys: String = "", open: Int? = nil, file: String = sample) throws -> [String] {
        var args = ["screen", file, "--size", size, "--keys", keys, "--quiet-warnings"]
        if let open { args += ["--open", String(open)] }
        let result = try Binary.run(args)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Sends each step's key to `t` (tmux's name for it) and expects, after each, the screen
    /// `ibid screen` draws for every key so far (in ibid's notation, after `keys`).
    static func expectEachStep(_ t: Tmux, _ steps: [(String, String)], after keys: String = "", size: String,
                               open: Int? = nil, file: String = sample,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        var keys = keys
        for (tmuxKey, ibidKey) in steps {
            try t.send(tmuxKey)
            keys += ibidKey
            let expected = try headless(size: size, keys: keys, open: open, file: file)
            let shown = try t.wait("the screen after \(keys)") { same($0, expected) }
            #expect(same(shown, expected), "after \(keys)", sourceLocation: sourceLocation)
        }
    }

    static func same(_ a: [String], _ b: [String]) -> Bool {
        func trimmed(_ rows: [String]) -> [String] {
            var r = rows
            while r.last == "" { r.removeLast() }
            return r
        }
        return trimmed(a) == trimmed(b)
    }

    @Test func firstScreenMatchesTheHeadlessOne() throws {
        let t = try Tmux(command: "\(Self.ibid) \(Self.sample)", cols: 120, rows: 40)
        let expected = try Self.headless(size: "120x40")
        let screen = try t.wait("the first screen") { Self.same($0, expected) }
        #expect(screen.first?.hasPrefix(" Reports") == true)
        #expect(screen.dropFirst().first?.contains("Kazakhstan · Retreati") == true)
    }

    @Test func keysReachEachPane() throws {
        let t = try Tmux(command: "\(Self.ibid) \(Self.sample)", cols: 120, rows: 40)
        try t.wait("the list") { $0.first?.hasPrefix(" Reports") == true }
        try t.send("j", "Enter")
        try t.wait("the Kazakhstan introduction") { ($0.first?.contains("Retreating Rights - Kazakhstan: Introduction") ?? false) }
        try t.send("]", "]", "Enter")
        let expected = try Self.headless(size: "120x40", keys: "j<Enter>]]<Enter>")
        try t.wait("note 2 in the sidebar") { Self.same($0, expected) }
        try t.send("Tab", "t")
        try t.wait("the contents") { $0.joined().contains("Contents — Enter jumps") }
        try t.send("j", "j", "j", "Enter")
        let contents = try Self.headless(size: "120x40", keys: "j<Enter>]]<Enter><Tab>tjjj<Enter>")
        try t.wait("COVID-19 at the top") { Self.same($0, contents) }
    }

    @Test func resizeRelaysOut() throws {
        let t = try Tmux(command: "\(Self.ibid) \(Self.sample) --open 6003", cols: 120, rows: 40)
        try t.wait("the reader") { ($0.first?.contains("Kazakhstan: Introduction") ?? false) }
        try t.send("}", "]")
        try t.resize(cols: 60, rows: 20)
        let narrow = try Self.headless(size: "120x40", keys: "}]<Resize:60x20>", open: 6003)
        try t.wait("the 60x20 layout") { Self.same($0, narrow) }
        try t.resize(cols: 120, rows: 40)
        let wide = try Self.headless(size: "120x40", keys: "}]<Resize:60x20><Resize:120x40>", open: 6003)
        try t.wait("the 120x40 layout again") { Self.same($0, wide) }
    }

    @Test func cyrillicChapterAt80x24() throws {
        let t = try Tmux(command: "\(Self.ibid) \(Self.sample) --open 5845", cols: 80, rows: 24)
        let expected = try Self.headless(size: "80x24", open: 5845)
        let screen = try t.wait("the Kyrgyz chapter") { Self.same($0, expected) }
        #expect(screen.dropFirst().first?.contains("Бул “Күчү жоголуп бараткан укуктар”") == true)
    }

    /// Runs ibid between two `stty -g`, so a test can compare the terminal's modes before and after.
    static func wrapped(_ args: String) -> String {
        "printf 'BEFORE\\n'; stty -g > \"$D/before\"; \(ibid) \(args); echo \"EXIT=$?\"; stty -g > \"$D/after\""
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func modesUnchanged(_ dir: URL) throws -> Bool {
        let before = try String(contentsOf: dir.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: dir.appendingPathComponent("after"), encoding: .utf8)
        return !before.isEmpty && before == after
    }

    @Test func quitExitsZeroWithTheTerminalAsItWas() throws {
        let dir = try Self.scratch()
        let t = try Tmux(command: Self.wrapped(Self.sample), cols: 100, rows: 30, environment: ["D": dir.path])
        try t.wait("the reader") { $0.first?.hasPrefix(" Reports") == true }
        #expect(try t.display("#{alternate_on}") == "1", "the reader runs on the alternate screen")
        try t.send("q")
        let screen = try t.wait("the shell again") { $0.contains("EXIT=0") }
        #expect(try t.display("#{alternate_on}") == "0", "and leaves it")
        #expect(!screen.joined().contains("Reports"))
        try t.wait("stty after") { _ in FileManager.default.fileExists(atPath: dir.appendingPathComponent("after").path) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try Self.modesUnchanged(dir))
    }

    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)])
    func signalsRestoreTheTerminal(signal: Int32, status: Int) throws {
        try Self.expectRestored(after: signal, status: status)
    }

    /// A Swift trap (a failed precondition, an index out of range) raises SIGILL or SIGTRAP,
    /// depending on the architecture; the product has no way to make one on purpose, so the test
    /// sends the signal the trap would raise. `TerminalSetupTests` covers the other fatal signals.
    @Test(arguments: [(SIGILL, 132), (SIGTRAP, 133)])
    func aCrashStillRestoresTheTerminal(signal: Int32, status: Int) throws {
        try Self.expectRestored(after: signal, status: status, environment: ["SWIFT_BACKTRACE": "enable=no"])
    }

    /// Starts the reader, sends it `signal` and expects it to end with `status`, the alternate screen
    /// left, nothing of the reader on the shell's screen and the terminal modes as they were.
    static func expectRestored(after signal: Int32, status: Int, environment: [String: String] = [:],
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dir = try scratch()
        let t = try Tmux(command: wrapped(sample), cols: 100, rows: 30, environment: environment.merging(["D": dir.path]) { a, _ in a })
        try t.wait("the reader", sourceLocation: sourceLocation) { $0.first?.hasPrefix(" Reports") == true }
        #expect(try t.display("#{alternate_on}") == "1", sourceLocation: sourceLocation)
        let pid = try #require(try t.ibidPID(), sourceLocation: sourceLocation)
        kill(pid, signal)
        let screen = try t.wait("exit \(status)", sourceLocation: sourceLocation) { $0.contains("EXIT=\(status)") }
        #expect(try t.display("#{alternate_on}") == "0", "the alternate screen is left", sourceLocation: sourceLocation)
        #expect(!screen.joined().contains("Reports"), sourceLocation: sourceLocation)
        try t.wait("stty after", sourceLocation: sourceLocation) { _ in FileManager.default.fileExists(atPath: dir.appendingPathComponent("after").path) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try modesUnchanged(dir), sourceLocation: sourceLocation)
    }

    @Test func controlCIsAnInterrupt() throws {
        let dir = try Self.scratch()
        let t = try Tmux(command: Self.wrapped(Self.sample), cols: 100, rows: 30, environment: ["D": dir.path])
        try t.wait("the reader") { $0.first?.hasPrefix(" Reports") == true }
        try t.send("C-c")
        try t.wait("exit 130") { $0.contains("EXIT=130") }
        #expect(try t.display("#{alternate_on}") == "0")
        try t.wait("stty after") { _ in FileManager.default.fileExists(atPath: dir.appendingPathComponent("after").path) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try Self.modesUnchanged(dir))
    }

    @Test func hostileDumpChangesNeitherTitleNorClipboardNorScreen() throws {
        let content = "Intro \u{1B}]0;pwned-title\u{07}\u{1B}]2;pwned-title\u{07} text \u{1B}]52;c;cHduZWQ=\u{07} "
            + "\u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{1B}[2J\u{1B}[H dcs \u{1B}Pq#0;2;0;0;0\u{1B}\\ "
            + "csi \u{9B}2J rlo \u{202E}evil\u{202C} end.[1]\u{A0}[1] Note \u{1B}]52;c;cHduZWQ=\u{07}\u{1B}"
        let dump = "Array ( [0] => WP_Post Object ( [ID] => 7 [post_content] => \(content) [post_title] => T\u{1B}]0;pwned-title\u{07}itle ) )"
        let file = try Binary.temporaryFile(Data(dump.utf8))
        let t = try Tmux(command: "sleep 0.3; \(Self.ibid) \(file.path) --open 7", cols: 120, rows: 30)
        try t.tmux(["set-option", "-g", "set-clipboard", "on"])
        try t.tmux(["select-pane", "-t", t.name, "-T", "ibid-test-title"])
        try t.wait("the reader") { ($0.first?.contains("Title") ?? false) || ($0.first?.contains("T^[") ?? false) }
        try t.send("]", "Enter", "Tab", "Tab")
        let expected = try Self.headless(size: "120x30", keys: "]<Enter><Tab><Tab>", open: 7, file: file.path)
        let screen = try t.wait("the hostile chapter") { Self.same($0, expected) }
        #expect(try t.display("#{pane_title}") == "ibid-test-title")
        #expect(try t.tmux(["list-buffers"]).isEmpty, "no OSC 52 reached tmux's clipboard")
        #expect(screen.joined().contains("^["))
        #expect(screen.joined().contains("<U+202E>evil"))
        #expect(!screen.joined().contains("pwned-title") || screen.joined().contains("^[]0;pwned-title"))
    }
}

@Suite("ibid in a terminal, continued", .serialized)
struct TerminalModeTests {
    @Test func dumpOnStandardInputKeysFromTheTerminal() throws {
        let t = try Tmux(command: "cat \(TerminalTests.sample) | \(TerminalTests.ibid) - --open 6003", cols: 100, rows: 30)
        try t.wait("the reader on stdin's dump") { ($0.first?.contains("Kazakhstan: Introduction") ?? false) }
        try t.send("]", "Enter")
        try t.wait("the note, so keys came from the terminal") { $0.joined().contains("1/140") }
        try t.send("q")
        try t.wait("the shell") { $0.allSatisfy { !$0.contains("Notes") } }
    }

    @Test func noColorMeansNoColourCodes() throws {
        let plain = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003", cols: 100, rows: 30, environment: ["NO_COLOR": "1"])
        try plain.wait("the reader") { ($0.first?.contains("Introduction") ?? false) }
        let mono = try plain.tmux(["capture-pane", "-p", "-e", "-t", plain.name])
        #expect(!mono.contains("38;5;"), "no 256-colour codes under NO_COLOR")
        #expect(mono.contains("\u{1B}[7m") || mono.contains(";7m"), "focus still shows, by reverse video")
        let colour = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003", cols: 100, rows: 30)
        try colour.wait("the reader") { ($0.first?.contains("Introduction") ?? false) }
        try colour.send("]")
        Thread.sleep(forTimeInterval: 0.3)
        let rich = try colour.tmux(["capture-pane", "-p", "-e", "-t", colour.name])
        #expect(rich.contains("38;5;"), "256 colours on tmux-256color")
    }

    /// X10 mouse reports typed into the pane, as a terminal sends them: button and position as bytes + 32.
    static func mouse(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test func mouseClickOpensAChapterAndTheWheelScrolls() throws {
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample)", cols: 120, rows: 40)
        try t.wait("the list") { $0.first?.hasPrefix(" Reports") == true }
        // Press and release on the list's fourth row: `Conclusions and Recommendations`.
        try t.sendLiteral(Self.mouse(button: 0, x: 5, y: 4))
        try t.sendLiteral(Self.mouse(button: 3, x: 5, y: 4))
        try t.wait("the conclusions open") { ($0.first?.contains("Kazakhstan: Conclusions and Re") ?? false) }
        func readerText(_ row: String) -> String { row.split(separator: "│").dropFirst().first.map(String.init) ?? "" }
        let before = try t.capture()
        // Wheel down over the text scrolls it three lines: what was on row 4 is now on row 1.
        try t.sendLiteral(Self.mouse(button: 65, x: 40, y: 20))
        try t.wait("the text scrolled") { $0.count > 4 && readerText($0[1]) == readerText(before[4]) && readerText($0[1]) != readerText(before[1]) }
    }

    @Test func notATerminalSaysSoInOneLine() throws {
        let result = try Binary.run(["read", Binary.samplePath])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("not a terminal"))
        #expect(result.stderr.contains("ibid list"))
        let bare = try Binary.run([])
        #expect(bare.status == 64, "ibid with no arguments is the reader")
    }
}
