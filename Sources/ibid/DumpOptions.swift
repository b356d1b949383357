import ArgumentParser
import IbidDocument
import IbidDump

/// The FILE arguments every command shares, and the one place dumps are loaded and their errors
/// reported. Several files and directories make one library (docs/decisions.md, "Several dumps:
/// one library").
struct DumpOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Dumps or directories of dumps to read; \"-\" for standard input. Default: the bundled sample.", valueName: "FILE"))
    var files: [String] = []

    @Flag(name: .customLong("quiet-warnings"), help: "Do not print load warnings on standard error.")
    var quietWarnings = false

    /// Loads the library or exits with the status sysexits(3) gives the failure, after one line on stderr.
    /// The bytes stay watched to the end of the run (`InputWatch`): a file cut or rewritten while
    /// loading, or later while a command decodes its values, ends the run with exit 74.
    ///
    /// A file named on the command line that cannot be read ends the run, as with one file; a file
    /// found in a directory that cannot be read (not a dump, unreadable, binary) is a warning and
    /// is skipped, unless no file at all could be read.
    func loadLibrary(quiet: Bool = false) throws -> Library {
        let inputs: [DumpWalk.Input]
        do {
            inputs = files.isEmpty ? [DumpWalk.Input(path: try BundledSample.path(), walked: false)] : try DumpWalk.inputs(files)
        } catch let error as DumpError {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        } catch DumpWalk.Failure.tooMany(let path) {
            Output.error("\(path): more than \(DumpWalk.maxFiles) files; name fewer")
            throw ExitCode(64)
        } catch DumpWalk.Failure.cannotList(let path, let reason) {
            Output.error("\(path): cannot list the directory: \(reason.lowercased())")
            throw ExitCode(66)
        }
        if inputs.filter({ $0.path == "-" }).count > 1 {
            Output.error("standard input (\"-\") can be read only once")
            throw ExitCode(64)
        }
        var dumps: [LoadedDump] = []
        var skipped: [DumpError] = []
        for input in inputs {
            do {
                let bytes = try DumpSource.read(path: input.path)
                InputWatch.watch(bytes, path: input.path)
                TestStop.at(.mapped)
                let dump = try DumpLoader.load(bytes, path: input.path)
                try bytes.verifyUnchanged(path: input.path)
                dumps.append(dump)
            } catch {
                // A parse error over the guard's zeros is a symptom; the changed file is the cause.
                InputWatch.exitIfChanged()
                guard input.walked else {
                    Output.error(error.description)
                    throw ExitCode(error.exitCode)
                }
                skipped.append(error)
                if !quietWarnings { Output.error("warning: \(error.description) (skipped)") }
            }
        }
        // Every file named has been read (or the run has ended): what is left came from directories.
        guard !dumps.isEmpty else {
            let count = skipped.count == 1 ? "1 file skipped" : "\(skipped.count) files skipped"
            Output.error("\(files.joined(separator: ", ")): no dump could be read (\(count))")
            throw ExitCode(66)
        }
        let library = Library(dumps: dumps)
        TestStop.at(.loaded)
        if !quietWarnings && !quiet { printWarnings(library) }
        return library
    }

    /// `warning: PATH:LINE:COLUMN: …`, each with its own file's path.
    func printWarnings(_ library: Library) {
        for (file, warning) in library.fileWarnings {
            Output.error("warning: \(library.sources[file].path):\(warning.position == nil ? " " : "")\(warning)")
        }
    }
}
