import ArgumentParser
import IbidDocument
import IbidDump

/// The FILE argument every command shares, and the one place a dump is loaded and its errors reported.
struct DumpOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The dump to read; \"-\" for standard input. Default: the bundled sample.", valueName: "FILE"))
    var file: String?

    @Flag(name: .customLong("quiet-warnings"), help: "Do not print load warnings on standard error.")
    var quietWarnings = false

    /// Loads the library or exits with the status sysexits(3) gives the failure, after one line on stderr.
    func loadLibrary(quiet: Bool = false) throws -> Library {
        do {
            let path = try file ?? BundledSample.path()
            let library = try Library.load(path: path)
            if !quietWarnings && !quiet {
                for warning in library.warnings { Shown.error("warning: \(path):\(warning)") }
            }
            return library
        } catch let error as DumpError {
            Shown.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
