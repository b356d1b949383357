import ArgumentParser

@main
struct Ibid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ibid",
        abstract: "Read think-tank reports and follow their footnotes, from PHP print_r dumps of WordPress posts.",
        discussion: """
            With no FILE, ibid reads the sample bundled in Resources/. FILE may be "-" for standard input.
            Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot open, 74 I/O error.
            """,
        subcommands: [ReadCommand.self, ListCommand.self, NotesCommand.self, CheckCommand.self, SearchCommand.self, ExportCommand.self, ScreenCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
