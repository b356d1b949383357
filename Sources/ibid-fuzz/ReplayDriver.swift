#if canImport(Glibc)
import Glibc
#endif

/// Runs files through `FuzzOneInput` one at a time and prints what each reached and how long it took.
enum ReplayDriver {
    static func run(_ arguments: [String]) {
        guard !arguments.isEmpty, !arguments.contains(where: { $0 == "-h" || $0 == "--help" }) else {
            print("usage: ibid-fuzz FILE|DIR...   (replays inputs; build with .ci/fuzz to fuzz)")
            exit(arguments.isEmpty ? 64 : 0)
        }
        var failed = false
        for path in arguments.flatMap(files(at:)) {
            guard let input = contents(of: path) else {
                print("\(path): unreadable")
                failed = true
                continue
            }
            let start = now()
            let outcome = input.withUnsafeBytes { FuzzOneInput.run($0) }
            let ms = (now() - start) / 1_000_000
            let load = outcome.loadError.map { "load: \($0.kind)" } ?? "\(outcome.posts) posts, \(outcome.notes) notes"
            let content = outcome.contentNotes.map { ", as content: \($0) notes" } ?? ""
            print("\(path): \(input.count) bytes, \(load)\(content), \(ms) ms")
        }
        exit(failed ? 66 : 0)
    }

    /// A directory's regular files (not recursive, sorted, so runs compare), or the path itself.
    static func files(at path: String) -> [String] {
        guard let dir = opendir(path) else { return [path] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(path + "/" + name) }
        }
        return names.sorted()
    }

    /// The file's bytes, read plainly (an empty file is an input like any other, unlike for `ibid`).
    static func contents(of path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[0..<n]
            if n < chunk.count { return ferror(file) == 0 ? bytes : nil }
        }
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
