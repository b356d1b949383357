import Foundation
import Testing

/// Setup that fails half-way, and crashes: the terminal is given back as it was found, and the
/// reason is one line on standard error.
@Suite("ibid gives the terminal back when setup fails or it crashes", .serialized)
struct TerminalSetupTests {
    /// A terminfo database holding one entry, `tmux-256color` with `edit` applied to its source.
    static func terminfo(editing edit: (String) -> String) throws -> URL {
        let dir = try TerminalTests.scratch()
        let source = try Tmux.spawn(["infocmp", "-x", "tmux-256color"])
        #expect(source.contains("pairs#"), "infocmp printed the entry")
        let file = dir.appendingPathComponent("entry.src")
        try edit(source).write(to: file, atomically: true, encoding: .utf8)
        let database = dir.appendingPathComponent("terminfo")
        _ = try Tmux.spawn(["tic", "-x", "-o", database.path, file.path])
        #expect(FileManager.default.fileExists(atPath: database.appendingPathComponent("t/tmux-256color").path))
        return database
    }

    /// The lines ibid wrote (the wrapper's own `BEFORE` and `EXIT=` lines and tmux's note on the
    /// ended pane left out).
    static func ibidLines(_ screen: [String]) -> [String] {
        screen.filter { !$0.isEmpty && $0 != "BEFORE" && !$0.hasPrefix("EXIT=") && !$0.hasPrefix("Pane is dead") }
    }

    /// Runs the wrapped reader and expects it to refuse with one line containing `reason`, exit 74,
    /// and leave the primary screen and the modes as they were.
    static func expectRefusal(_ command: String, environment: [String: String], reason: String,
                              dir: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Wide enough that the line does not wrap.
        let t = try Tmux(command: command, cols: 220, rows: 20, environment: environment.merging(["D": dir.path]) { a, _ in a })
        let screen = try t.wait("the exit", sourceLocation: sourceLocation) { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("EXIT=74"), sourceLocation: sourceLocation)
        let lines = Self.ibidLines(screen)
        #expect(lines.count == 1, "one line: \(lines)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("ibid: cannot start the terminal: ") == true, sourceLocation: sourceLocation)
        #expect(lines.first?.contains(reason) == true, "\(lines)", sourceLocation: sourceLocation)
        #expect(try t.display("#{alternate_on}") == "0", sourceLocation: sourceLocation)
        try t.wait("stty after", sourceLocation: sourceLocation) { _ in FileManager.default.fileExists(atPath: dir.appendingPathComponent("after").path) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try TerminalTests.modesUnchanged(dir), sourceLocation: sourceLocation)
    }

    @Test func unknownTerminalTypeIsOneLine() throws {
        let dir = try TerminalTests.scratch()
        try Self.expectRefusal(TerminalTests.wrapped(TerminalTests.sample), environment: ["TERM": "nonexistent-term"],
                               reason: "TERM=nonexistent-term", dir: dir)
    }

    /// An entry that claims colour but has no colour pairs: `newterm` has already switched to the
    /// alternate screen and set modes when `init_pair` fails, so this checks the undo of a late step.
    @Test func refusedColoursUndoEverySetupStep() throws {
        let database = try Self.terminfo { $0.replacingOccurrences(of: #"pairs#[0-9a-fx]+"#, with: "pairs#0", options: .regularExpression) }
        let dir = try TerminalTests.scratch()
        try Self.expectRefusal(TerminalTests.wrapped(TerminalTests.sample), environment: ["TERMINFO": database.path],
                               reason: "init_pair() failed", dir: dir)
    }

    @Test func noColourMeansNoColourSetupToFail() throws {
        let database = try Self.terminfo { $0.replacingOccurrences(of: #"pairs#[0-9a-fx]+"#, with: "pairs#0", options: .regularExpression) }
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample)", cols: 120, rows: 40,
                         environment: ["TERMINFO": database.path, "NO_COLOR": "1"])
        try t.wait("the reader, as the refusal suggested") { $0.first?.hasPrefix(" Reports") == true }
    }

    /// Without a controlling terminal /dev/tty cannot be opened, though standard output is a tty.
    @Test func noControllingTerminalIsOneLine() throws {
        let dir = try TerminalTests.scratch()
        let command = "printf 'BEFORE\\n'; stty -g > \"$D/before\"; setsid -w \(TerminalTests.ibid) \(TerminalTests.sample); "
            + "echo \"EXIT=$?\"; stty -g > \"$D/after\""
        try Self.expectRefusal(command, environment: [:], reason: "/dev/tty", dir: dir)
    }

    /// Crashes other than our own trap (which `TerminalTests` covers): SIGBUS belongs to the
    /// mapped-file guard, whose fatal hook must still put the terminal back.
    @Test(arguments: [(SIGSEGV, 139), (SIGBUS, 135), (SIGABRT, 134), (SIGFPE, 136)])
    func aFatalSignalRestoresTheTerminal(signal: Int32, status: Int) throws {
        try TerminalTests.expectRestored(after: signal, status: status)
    }
}
