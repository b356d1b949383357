import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `ibid-bench`: speed and memory figures for the real binary beside its baselines (grep, less).
/// Build with `swift build -c release` and run `.build/release/ibid-bench`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ibid-bench",
        abstract: "Time the release ibid binary against grep and less on generated dumps.",
        discussion: "Targets are printed beside the figures; nothing here fails a build."
    )

    @Option(help: "Size of the generated dumps, in MB.")
    var mb = 100

    @Option(help: "Runs per figure; the best is kept.")
    var runs = 5

    @Option(help: "Where generated dumps and scratch output go.")
    var dir = "/tmp/ibid-bench"

    @Option(help: "The sample the dumps are generated from.")
    var sample = "Resources/fpc-author-page.txt"

    @Flag(help: "Only the growth figures: each hostile shape at N and 4N, with its exponent.")
    var growth = false

    @Option(help: "With --growth, only the shapes whose name contains this text.")
    var only: String?

    @Flag(help: "Only the review-state figures (issue 10): a mark committed, and 10,000 marks at the first paint.")
    var review = false

    func run() throws {
        let ibid = executableDirectory() + "/ibid"
        mkdir(dir, 0o755)
        ProcessTimer.scratch = dir + "/output.txt"
        // The runs below keep review state (issue 10) in the scratch directory, never the user's.
        setenv("XDG_STATE_HOME", dir + "/state", 1)
        if review {
            try ReviewBench.run(ibid: ibid, directory: dir, sample: sample, runs: runs)
        } else if growth {
            try Growth(ibid: ibid, directory: dir, runs: min(runs, 3), only: only).run()
        } else {
            try Throughput.run(self, ibid: ibid)
        }
    }
}
