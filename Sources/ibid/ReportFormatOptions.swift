import ArgumentParser

/// `--json` and `--format text|json|markdown|csv`, which the review reports (`review`, `citations`)
/// share; `--json` is `--format json`, as in the other commands.
struct ReportFormatOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv
    }

    @Flag(help: "Print JSON (the same as --format json).")
    var json = false

    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        if json, format != .text, format != .json { throw ValidationError("--json and --format \(format.rawValue) say different things") }
    }

    /// The format asked for, `--json` included.
    var chosen: Format { json ? .json : format }
}
