import Foundation
import Testing

/// Ctrl-Z and `kill -TSTP` in a shell with job control: the reader gives the terminal back as it
/// found it, the shell reports the job stopped, and `fg` brings back the same screen with keys working.
@Suite("ibid suspends like less", .serialized)
struct SuspendTests {
    static let prompt = "PROMPT$ "

    /// An interactive bash in the pane (`sh -c` has no job control), with the ibid command line typed in.
    static func shell(_ dir: URL, cols: Int = 100, rows: Int = 30) throws -> Tmux {
        let t = try Tmux(command: "exec bash --norc --noprofile -i", cols: cols, rows: rows,
                         environment: ["D": dir.path, "PS1": prompt])
        try t.wait("the prompt") { $0.contains { $0.hasPrefix("PROMPT$") } }
        return t
    }

    static func fileWritten(_ t: Tmux, _ url: URL) throws {
        try t.wait("\(url.lastPathComponent) written") { _ in
            ((try? Data(contentsOf: url))?.last) == UInt8(ascii: "\n")
        }
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Starts the reader at the Kazakhstan introduction, with `]` pressed (a note selected), after
    /// saving the shell's terminal modes in `$D/before`.
    static func startReader(_ t: Tmux, _ dir: URL) throws {
        try t.sendLiteral("stty -g > \"$D/before\"; \(TerminalTests.ibid) \(TerminalTests.sample) --open 6003")
        try t.send("Enter")
        try t.wait("the reader") { ($0.first?.contains("Kazakhstan: Introduction") ?? false) }
        try t.send("]")
        let expected = try TerminalTests.headless(size: "100x30", keys: "]", open: 6003)
        try t.wait("the first note selected") { TerminalTests.same($0, expected) }
    }

    /// The shell has the terminal: its job report and prompt are on the primary screen, and its
    /// modes are the ones from before the reader started.
    static func expectShellHasTheTerminal(_ t: Tmux, _ dir: URL) throws {
        let screen = try t.wait("the shell's job report") { rows in
            rows.contains { $0.contains("Stopped") } && rows.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true
        }
        #expect(try t.display("#{alternate_on}") == "0", "the alternate screen is left")
        #expect(!screen.joined().contains("Notes"), "the reader's screen is gone")
        try t.sendLiteral("stty -g > \"$D/stopped\"")
        try t.send("Enter")
        try fileWritten(t, dir.appendingPathComponent("stopped"))
        let before = try read(dir.appendingPathComponent("before"))
        let stopped = try read(dir.appendingPathComponent("stopped"))
        #expect(!before.isEmpty && stopped == before, "the modes while stopped are the shell's")
    }

    /// `fg`: the reader's screen comes back whole, keys work, and `q` ends it with status 0 and the
    /// modes as they were.
    static func expectResumeAndQuit(_ t: Tmux, _ dir: URL, size: String = "100x30", resizedKeys: String = "") throws {
        try t.sendLiteral("fg")
        try t.send("Enter")
        let expected = try TerminalTests.headless(size: "100x30", keys: "]" + resizedKeys, open: 6003)
        try t.wait("the reader's screen, redrawn in full") { TerminalTests.same($0, expected) }
        #expect(try t.display("#{alternate_on}") == "1", "back on the alternate screen")
        try t.send("]")
        let next = try TerminalTests.headless(size: "100x30", keys: "]" + resizedKeys + "]", open: 6003)
        try t.wait("the second note selected: keys still reach the reader") { TerminalTests.same($0, next) }
        try t.send("q")
        try t.wait("the prompt after q") { $0.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true }
        try t.sendLiteral("echo \"EXIT=$?\"; stty -g > \"$D/after\"")
        try t.send("Enter")
        try t.wait("exit 0") { $0.contains("EXIT=0") }
        try fileWritten(t, dir.appendingPathComponent("after"))
        #expect(try read(dir.appendingPathComponent("after")) == read(dir.appendingPathComponent("before")))
        #expect(try t.display("#{alternate_on}") == "0")
    }

    @Test(.timeLimit(.minutes(1)))
    func controlZStopsTheJobAndFgRedraws() throws {
        let dir = try TerminalTests.scratch()
        let t = try Self.shell(dir)
        try Self.startReader(t, dir)
        try t.send("C-z")
        try Self.expectShellHasTheTerminal(t, dir)
        try Self.expectResumeAndQuit(t, dir)
    }

    @Test(.timeLimit(.minutes(1)))
    func sigtstpFromOutsideStopsTheJobToo() throws {
        let dir = try TerminalTests.scratch()
        let t = try Self.shell(dir)
        try Self.startReader(t, dir)
        let pid = try #require(try t.ibidPID())
        kill(pid, SIGTSTP)
        try Self.expectShellHasTheTerminal(t, dir)
        try Self.expectResumeAndQuit(t, dir)
    }

    /// The stop puts SIGTSTP's default action in place for a moment; after `fg` our handler must be
    /// back, or a second `kill -TSTP` would stop the reader without giving the terminal back.
    @Test(.timeLimit(.minutes(1)))
    func aSecondSuspendWorksLikeTheFirst() throws {
        let dir = try TerminalTests.scratch()
        let t = try Self.shell(dir)
        try Self.startReader(t, dir)
        try t.send("C-z")
        try Self.expectShellHasTheTerminal(t, dir)
        try t.sendLiteral("fg")
        try t.send("Enter")
        let expected = try TerminalTests.headless(size: "100x30", keys: "]", open: 6003)
        try t.wait("the reader back") { TerminalTests.same($0, expected) }
        let pid = try #require(try t.ibidPID())
        kill(pid, SIGTSTP)
        // The first job report is still on the primary screen; what tells this stop apart is that
        // the alternate screen is left again (checked inside).
        try Self.expectShellHasTheTerminal(t, dir)
        try Self.expectResumeAndQuit(t, dir)
    }

    /// SIGSTOP cannot be caught, so the terminal is not given back; the shell then writes its job
    /// report over the reader's screen. On `fg` (SIGCONT) the reader takes its modes back and redraws.
    @Test(.timeLimit(.minutes(1)))
    func sigstopThenFgRedraws() throws {
        let dir = try TerminalTests.scratch()
        let t = try Self.shell(dir)
        try Self.startReader(t, dir)
        let pid = try #require(try t.ibidPID())
        kill(pid, SIGSTOP)
        try t.wait("the shell's job report over the reader") { $0.contains { $0.contains("Stopped") } }
        try Self.expectResumeAndQuit(t, dir)
    }

    /// A window resized while the reader was stopped: `fg` lays out for the size it finds.
    @Test(.timeLimit(.minutes(1)))
    func resumeReadsTheSizeAgain() throws {
        let dir = try TerminalTests.scratch()
        let t = try Self.shell(dir)
        try Self.startReader(t, dir)
        try t.send("C-z")
        try Self.expectShellHasTheTerminal(t, dir)
        try t.resize(cols: 70, rows: 24)
        try Self.expectResumeAndQuit(t, dir, resizedKeys: "<Resize:70x24>")
    }
}
