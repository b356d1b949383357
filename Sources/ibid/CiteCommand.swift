import ArgumentParser
import IbidDocument

/// `ibid cite [ID…] [FILE]`: the works the notes cite, as CSL-JSON, BibTeX or RIS.
///
/// IDs and FILE are both positional, and a list of IDs cannot be followed by an optional FILE in
/// ArgumentParser, so the command takes one list and splits it: the leading all-digit words are
/// chapter IDs (or `N:ID` addresses), what follows are the dumps (a file named only by digits:
/// `./6003`). The dumps are then loaded by `DumpOptions`, as every other command loads them.
struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Print the works the notes cite, one entry per work: CSL-JSON, BibTeX or RIS.",
        discussion: """
            Each entry lists every note that cites the work; an Ibid adds its note to the work it repeats. \
            The CSL-JSON id is CHAPTER-NOTE-K (K counts the works within the note from 1).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case cslJSON = "csl-json", bibtex, ris
    }

    @Argument(help: ArgumentHelp("Chapter IDs (default: every chapter; `N:ID` when several files hold the ID), then the dumps or directories to read; \"-\" for standard input. Default dump: the bundled sample.",
                                 valueName: "ID|FILE"))
    var arguments: [String] = []

    @Option(help: "Output format.")
    var format: Format = .cslJSON

    @Option(help: "Write to this file instead of standard output. It is replaced whole or not at all, and only if it is a regular file other than the input (else exit 73).")
    var output: String?

    @Flag(name: .customLong("quiet-warnings"), help: "Do not print load warnings on standard error.")
    var quietWarnings = false

    /// The leading arguments that are chapter addresses: `6003`, or `2:6003`.
    var ids: [String] { Array(arguments.prefix { Self.isID($0) }) }

    /// What follows the IDs: the dumps.
    var files: [String] { Array(arguments.drop { Self.isID($0) }) }

    static func isID(_ word: String) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 18 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    func run() throws {
        var dump = DumpOptions()
        dump.files = files
        dump.quietWarnings = quietWarnings
        let library = try dump.loadLibrary()
        let chapters = try ids.isEmpty ? library.chapters : ids.map { try library.requireChapter($0) }
        let bibliography = Bibliography(chapters: chapters.map { ($0, library.content(of: $0)) })
        let text: String
        switch format {
        case .cslJSON: text = CSLJSONWriter.write(bibliography.entries)
        case .bibtex: text = BibTeXWriter.write(bibliography.entries)
        case .ris: text = RISWriter.write(bibliography.entries)
        }
        let sink = try Output.Sink(path: output, inputs: InputWatch.files)
        sink.write(Array(text.utf8))
        try sink.close()
    }
}
