import ArgumentParser
import IbidDocument

/// `ibid cite [ID…] [FILE]`: the works the notes cite, as CSL-JSON, BibTeX or RIS.
///
/// IDs and FILE are both positional, and a list of IDs cannot be followed by an optional FILE in
/// ArgumentParser, so the command takes one list and splits it: the leading all-digit words are
/// chapter IDs, what follows is the dump (a file named only by digits: `./6003`). The dump is then
/// loaded by `DumpOptions`, as every other command loads it.
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

    @Argument(help: ArgumentHelp("Chapter IDs (default: every chapter), then the dump to read; \"-\" for standard input. Default dump: the bundled sample.",
                                 valueName: "ID|FILE"))
    var arguments: [String] = []

    @Option(help: "Output format.")
    var format: Format = .cslJSON

    @Option(help: "Write to this file instead of standard output. It is replaced whole or not at all, and only if it is a regular file other than the input (else exit 73).")
    var output: String?

    @Flag(name: .customLong("quiet-warnings"), help: "Do not print load warnings on standard error.")
    var quietWarnings = false

    /// The leading all-digit arguments, as chapter IDs.
    var ids: [Int] { arguments.prefix { Self.isID($0) }.compactMap { Int($0) } }

    /// What follows the IDs: the dump.
    var files: [String] { Array(arguments.drop { Self.isID($0) }) }

    static func isID(_ word: String) -> Bool { !word.isEmpty && word.count <= 18 && word.allSatisfy { $0.isASCII && $0.isNumber } }

    func validate() throws {
        if files.count > 1 { throw ValidationError("cite: give chapter IDs first, then at most one FILE (got \(files.joined(separator: " ")))") }
    }

    func run() throws {
        var dump = DumpOptions()
        dump.file = files.first
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
