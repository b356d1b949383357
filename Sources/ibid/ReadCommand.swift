import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import IbidDocument
import IbidDump
import IbidReader
import IbidStore
import IbidTerminal

/// `ibid [read]`: the reader in the terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: report list, section reader and notes sidebar (the default command).",
        discussion: "Keys: ? inside the reader, or docs/keys.md. With FILE \"-\" the dump comes on standard input and keys from the terminal."
    )

    @OptionGroup var dump: DumpOptions

    @Option(help: "Open this chapter (its ID, as `ibid list` shows; `N:ID` when several files hold the ID).")
    var open: String?

    @Flag(help: "Leave the mouse to the terminal (no clicks or wheel in the reader).")
    var noMouse = false

    @Flag(name: .customLong("no-index"), help: "Neither use nor build a search index: s scans the library.")
    var noIndex = false

    @Flag(name: .customLong("index"), help: "Build the search index in the background even for a small dump.")
    var buildIndex = false

    func validate() throws {
        if noIndex && buildIndex { throw ValidationError("--index and --no-index cannot be combined.") }
    }

    @OptionGroup var state: StateOptions

    func run() throws {
        // Refuse before reading anything: a reader with no terminal would only scribble on a pipe.
        guard isatty(1) == 1 else {
            Output.error(TerminalSession.Failure.notATerminal.description)
            throw ExitCode(64)
        }
        // One file (or the sample) is read progressively: the reader paints once a screenful of posts
        // is in (and the chapter asked for, if any), and the rest comes while it takes keys. Several
        // files or a directory make one library, loaded whole first (their editions and IDs need all).
        let single = dump.files.count <= 1 && !dump.files.contains { $0 != "-" && DumpWalk.isDirectory($0, follow: true) }
        do {
            // The loop ends (status 74) once an input changed; the line saying so is printed on the way
            // out (Ibid.main), after the terminal is back.
            let status: Int32
            if single {
                let scan = try dump.startScan(open: open)
                guard let first = scan.snapshot.library else { throw ExitCode(74) }
                let chapter = try open.map { try first.requireChapter($0).id }
                let search = noIndex ? ReaderSearchIndex() : ReaderSearchIndex.prepare(file: dump.files.first, force: buildIndex)
                let opened = state.openForReader()
                status = try ReaderLoop.run(scan: scan, open: chapter, mouse: !noMouse, index: search.index, startIndex: search.start,
                                            review: ReviewSession(store: opened.store), stateProblem: opened.problem,
                                            abandon: { InputWatch.firstChange() != nil })
                if status != 0 { throw ExitCode(status) }
                // Warnings were held back while the screen was ours; say them now that it is the user's
                // again. (Known only once the whole dump is read: a reader quit mid-scan has none to tell.)
                let final = scan.snapshot
                if !dump.quietWarnings, final.done, let library = final.library { dump.printWarnings(library) }
            } else {
                let library = try dump.loadLibrary(quiet: true)
                let chapter = try open.map { try library.requireChapter($0).id }
                let opened = state.openForReader()
                status = try ReaderLoop.run(library: library, open: chapter, mouse: !noMouse,
                                            review: ReviewSession(store: opened.store), stateProblem: opened.problem,
                                            abandon: { InputWatch.firstChange() != nil })
                if status != 0 { throw ExitCode(status) }
                if !dump.quietWarnings { dump.printWarnings(library) }
            }
        } catch let failure as TerminalSession.Failure {
            Output.error(failure.description)
            throw ExitCode(74)
        }
    }
}

extension DumpOptions {
    /// Maps the dump and starts reading it on a thread of its own (`LibraryScan`); returns once the
    /// first screenful of posts is in, and `open`'s chapter when one is asked for, or the scan is done.
    /// Errors are reported as `loadLibrary` reports them: a dump that fails to load fails before any
    /// post is found, so before the reader starts.
    func startScan(open: String?) throws -> LibraryScan {
        var path = "-"
        do {
            path = try files.first ?? BundledSample.path()
            let bytes = try DumpSource.read(path: path)
            InputWatch.watch(bytes, path: path)
            TestStop.at(.mapped)
            let scan = LibraryScan(bytes: bytes, path: path)
            scan.start()
            let first = scan.wait(chapters: LibraryScan.firstBatch, until: open.map { address in { !$0.chapters(at: address).isEmpty } })
            if let error = first.error { throw error }
            try bytes.verifyUnchanged(path: path)
            TestStop.at(.loaded)
            return scan
        } catch let error as DumpError {
            InputWatch.exitIfChanged()
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
