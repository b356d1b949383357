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
    /// The bytes stay watched to the end of the run (`InputWatch`): a file cut or rewritten while
    /// loading, or later while a command decodes its values, ends the run with exit 74.
    func loadLibrary(quiet: Bool = false) throws -> Library {
        var path = "-"
        do {
            path = try file ?? BundledSample.path()
            let bytes = try DumpSource.read(path: path)
            InputWatch.watch(bytes, path: path)
            TestStop.at(.mapped)
            let library = Library(dump: try DumpLoader.load(bytes, path: path))
            try bytes.verifyUnchanged(path: path)
            TestStop.at(.loaded)
            if !quietWarnings && !quiet {
                for warning in library.warnings { Output.error("warning: \(path):\(warning)") }
            }
            return library
        } catch let error as DumpError {
            // A parse error over the guard's zeros is a symptom; the changed file is the cause.
            InputWatch.exitIfChanged()
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
