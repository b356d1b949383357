import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import IbidDocument
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

    func run() throws {
        // Refuse before reading anything: a reader with no terminal would only scribble on a pipe.
        guard isatty(1) == 1 else {
            Shown.error(TerminalSession.Failure.notATerminal.description)
            throw ExitCode(64)
        }
        let library = try dump.loadLibrary(quiet: true)
        if let open { _ = try library.requireChapter(open) }
        do {
            let status = try ReaderLoop.run(library: library, open: open)
            if status != 0 { throw ExitCode(status) }
            // Warnings were held back while the screen was ours; say them now that it is the user's again.
            if !dump.quietWarnings {
                for warning in library.warnings { Shown.error("warning: \(library.source.path):\(warning)") }
            }
        } catch let failure as TerminalSession.Failure {
            Shown.error(failure.description)
            throw ExitCode(74)
        }
    }
}
