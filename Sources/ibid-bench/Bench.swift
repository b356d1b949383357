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

    @Flag(help: "Only the search figures: ibid search --count with and without an index beside rg -c, and the search pane typing.")
    var search = false

    @Option(help: "With --search, the words searched for (comma-separated).")
    var words = "kettling,Tokayev,Nazarbayev"

    @Flag(help: "With --search, skip the unindexed scans (minutes on a 1 GB dump).")
    var skipScan = false
    @Flag(help: "Only the scale figures: peak RSS of every command against 1.5 × file + 64 MB, and first paint against less, on one dump of --mb MB (try --mb 1000).")
    var scale = false

    @Option(help: "With --scale, measure this dump instead of generating one.")
    var dump: String?

    @Option(help: "The ibid binary to measure (default: the one beside ibid-bench), e.g. an older build for a baseline.")
    var binary: String?

    @Flag(help: "Only the input-form figures: the dump as print_r, var_dump and WXR, `ibid list` on each against grep.")
    var forms = false

    @Flag(help: "Only the review-state figures (issue 10): a mark committed, and 10,000 marks at the first paint.")
    var review = false

    func run() throws {
        let ibid = binary ?? executableDirectory() + "/ibid"
        mkdir(dir, 0o755)
        ProcessTimer.scratch = dir + "/output.txt"
        // The runs below keep review state (issue 10) in the scratch directory, never the user's.
        setenv("XDG_STATE_HOME", dir + "/state", 1)
        if review {
            try ReviewBench.run(ibid: ibid, directory: dir, sample: sample, runs: runs)
        } else if search {
            try SearchBench.run(self, ibid: ibid, words: words.split(separator: ",").map(String.init))
        } else if scale {
            let path = try dump ?? Throughput.generated(self, layout: .collapsed)
            try Scale(ibid: ibid, path: path, directory: dir, runs: runs).run()
        } else if forms {
            try FormsThroughput.run(self, ibid: ibid)
        } else if growth {
            try Growth(ibid: ibid, directory: dir, runs: min(runs, 3), only: only).run()
        } else {
            try Throughput.run(self, ibid: ibid)
        }
    }
}
