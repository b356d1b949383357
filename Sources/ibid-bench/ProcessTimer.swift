#if canImport(Glibc)
import Glibc
#endif

/// Runs a command with output discarded and reports its wall time and peak resident memory.
enum ProcessTimer {
    struct Measurement {
        let seconds: Double
        let maxRSSBytes: Int
        let status: Int32
        /// User plus system CPU time: on a machine shared with other work, what the command itself cost.
        var cpuSeconds: Double = 0
    }

    /// Output goes to a scratch file, not /dev/null: GNU grep notices /dev/null and stops at the
    /// first match, which would make the baseline meaningless.
    nonisolated(unsafe) static var scratch = "/tmp/ibid-bench-output"

    /// Runs `argv` with standard output to `output` (the scratch file unless given) and waits for it.
    static func run(_ argv: [String], output: String? = nil) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? scratch, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawnp(&pid, argv[0], &actions, nil, &cArgs, environ) == 0 else {
            return Measurement(seconds: 0, maxRSSBytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measurement(seconds: now() - start, maxRSSBytes: usage.ru_maxrss * 1024, status: (status >> 8) & 0xFF, cpuSeconds: cpu)
    }

    /// The fastest of `runs` runs (the least disturbed by the rest of the machine), with its memory.
    static func best(of runs: Int, _ argv: [String]) -> Measurement {
        var best: Measurement?
        for _ in 0..<runs {
            let m = run(argv)
            if best == nil || m.seconds < best!.seconds { best = m }
        }
        return best!
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
