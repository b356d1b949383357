import ArgumentParser
import IbidDocument

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole library: JSON in the ibid/1 schema, or Markdown with Pandoc footnotes."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @OptionGroup var dump: DumpOptions

    @Option(help: "Output format.")
    var format: Format = .json

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    @Option(help: "Write to this file instead of standard output. It is replaced whole or not at all, and only if it is a regular file other than the input (else exit 73).")
    var output: String?

    func run() throws {
        let library = try dump.loadLibrary()
        let sink = try Output.Sink(path: output, inputs: InputWatch.files)
        switch format {
        case .json: JSONExport.write(library, pretty: !compact) { sink.write($0) }
        case .markdown: MarkdownExport.write(library) { sink.write(Array($0.utf8)) }
        }
        try sink.close()
    }
}
