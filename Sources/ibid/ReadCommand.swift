import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import IbidDocument
import IbidReader
import IbidTerminal

/// `ibid [read]`: the reader in the terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: report list, section reader and notes sidebar (the default command).",
        discussion: "Keys: ? inside the reader, or docs/keys.md. With FILE \"-\" the dump comes on standard input and keys from the terminal."
    )

    @OptionGroup var dump: DumpOptions

    @Option(help: "Open this chapter (its ID, as `ibid list` shows).")
    var open: Int?

    @Flag(help: "Leave the mouse to the terminal (no clicks or wheel in the reader).")
    var noMouse = false

    @OptionGroup var state: StateOptions

    func run() throws {
        // Refuse before reading anything: a reader with no terminal would only scribble on a pipe.
        guard isatty(1) == 1 else {
            Output.error(TerminalSession.Failure.notATerminal.description)
            throw ExitCode(64)
        }
        let library = try dump.loadLibrary(quiet: true)
        if let open { _ = try library.requireChapter(open) }
        do {
            // The loop ends (status 74) once an input changed; the line saying so is printed on the way
            // out (Ibid.main), after the terminal is back.
            let opened = state.openForReader()
            let status = try ReaderLoop.run(library: library, open: open, mouse: !noMouse,
                                            review: ReviewSession(store: opened.store), stateProblem: opened.problem,
                                            abandon: { InputWatch.firstChange() != nil })
            if status != 0 { throw ExitCode(status) }
            // Warnings were held back while the screen was ours; say them now that it is the user's again.
            if !dump.quietWarnings {
                for warning in library.warnings { Output.error("warning: \(library.source.path):\(warning)") }
            }
        } catch let failure as TerminalSession.Failure {
            Output.error(failure.description)
            throw ExitCode(74)
        }
    }
}
