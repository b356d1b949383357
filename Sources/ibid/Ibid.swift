import ArgumentParser

@main
struct Ibid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ibid",
        abstract: "Read think-tank reports and follow their footnotes, from PHP print_r dumps of WordPress posts.",
        discussion: """
            With no FILE, ibid reads the sample bundled in Resources/. FILE may be "-" for standard input.
            Exit status: 0 ok, 1 `check` found something or `search` nothing, 64 usage, 65 bad data, 66 cannot open, 73 cannot create output, 74 I/O error
            (a read or write failed, or FILE changed while being read).
            """,
        version: IbidVersion.current,
        subcommands: [ReadCommand.self, ListCommand.self, NotesCommand.self, CheckCommand.self, SearchCommand.self, ExportCommand.self, ScreenCommand.self,
                      SourcesCommand.self, CitationsCommand.self, ReviewCommand.self, CiteCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// ArgumentParser's `main`, with one more way out checked on every path: a dump that changed
    /// while its bytes were in use (values decode lazily, so after loading too) ends the run with
    /// `FILE: changed while being read` and exit 74, whatever the command would have said.
    /// Before that, the slips ArgumentParser cannot see (`ArgumentSlip`): a mistyped command, an
    /// extra argument taken for FILE.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let slip = ArgumentSlip.beforeParsing(arguments) {
            Output.error(slip)
            exit(withError: ExitCode(64))
        }
        do {
            var command = try parseAsRoot(arguments)
            if let slip = ArgumentSlip.afterParsing(command) {
                Output.error(slip)
                throw ExitCode(64)
            }
            try command.run()
        } catch {
            InputWatch.exitIfChanged()
            exit(withError: error)
        }
        InputWatch.exitIfChanged()
    }
}
