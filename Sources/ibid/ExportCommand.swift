import ArgumentParser
import IbidDocument

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole library in the ibid/1 JSON schema."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var dump: DumpOptions

    @Option(help: "Output format.")
    var format: Format = .json

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    func run() throws {
        let library = try dump.loadLibrary()
        switch format {
        case .json: JSONExport.write(library, pretty: !compact) { Output.write($0) }
        }
    }
}
