#if canImport(Glibc)
import Glibc
#endif

/// `ibid-bench --forms`: the N-MB dump as print_r (raw), var_dump and WXR, `ibid list` on each against
/// `grep -c` counting its records, and the read rate in MB/s (targets: within 3× of grep; WXR ≥ 50 MB/s).
enum FormsThroughput {
    static func run(_ options: Bench, ibid: String) throws {
        let generator = try DumpGenerator(samplePath: options.sample)
        print("ibid-bench --forms: \(options.mb) MB of the same records in each form, best of \(options.runs) runs, binary \(ibid)")
        print(pad("form", 10) + pad("command", 34) + pad("seconds", 10) + pad("MB/s", 10) + pad("peak RSS MB", 13) + "vs grep")
        let forms: [(name: String, grep: String, make: (String) throws -> Void)] = [
            ("print_r", "WP_Post Object", { _ = try generator.write(megabytes: options.mb, layout: .raw, to: $0) }),
            ("var_dump", "object(WP_Post)", { _ = try FormWriter.write(generator, form: .varDump, megabytes: options.mb, to: $0) }),
            ("wxr", "<item>", { _ = try FormWriter.write(generator, form: .wxr, megabytes: options.mb, to: $0) }),
        ]
        for form in forms {
            let path = "\(options.dir)/dump-\(options.mb)mb-\(form.name).txt"
            var info = stat()
            if stat(path, &info) != 0 || Int(info.st_size) < options.mb * 1_000_000 {
                try form.make(path)
                stat(path, &info)
            }
            let megabytes = Double(info.st_size) / 1_000_000
            let grep = ProcessTimer.best(of: options.runs, ["grep", "-c", "-F", form.grep, path])
            func report(_ label: String, _ m: ProcessTimer.Measurement, ratio: Bool = true) {
                let mbps = m.seconds > 0 ? megabytes / m.seconds : 0
                let versus = ratio ? fixed(m.seconds / grep.seconds, 2) + "×" : ""
                print(pad(form.name, 10) + pad(label, 34) + pad(fixed(m.seconds, 3), 10) + pad(fixed(mbps, 0), 10)
                      + pad(fixed(Double(m.maxRSSBytes) / 1_000_000, 1), 13) + versus + (m.status == 0 ? "" : "  (exit \(m.status))"))
            }
            report("grep -c '\(form.grep)'", grep, ratio: false)
            report("ibid list", ProcessTimer.best(of: options.runs, [ibid, "list", path, "--quiet-warnings"]))
        }
    }
}
