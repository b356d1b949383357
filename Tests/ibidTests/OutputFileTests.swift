import Foundation
import Testing

/// `export --output`: only a regular file other than the input is replaced, whole or not at all,
/// through a temporary nobody can plant.
@Suite("export --output")
struct OutputFileTests {
    static let refusal = "cannot create output"
    static var sample: Data { get throws { try Data(contentsOf: URL(fileURLWithPath: Binary.samplePath)) } }

    /// What `export` prints on standard output: what the file must hold.
    static func exported(_ extra: [String] = []) throws -> String {
        let result = try Binary.run(["export", Binary.samplePath, "--quiet-warnings"] + extra)
        #expect(result.status == 0)
        return result.stdout
    }

    static func export(to target: String, input: String = Binary.samplePath, stdin: FileHandle = .nullDevice,
                       extra: [String] = []) throws -> Spawn.Result {
        try Spawn.run(["export", input, "--quiet-warnings", "--output", target] + extra, stdout: .nullDevice, stdin: stdin)
    }

    static func names(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test(arguments: ["symbolic link", "FIFO", "directory", "character device"])
    func aTargetThatIsNotARegularFileIsRefusedAndLeftAlone(kind: String) throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target").path
        let victim = dir.appendingPathComponent("victim")
        try Data("precious\n".utf8).write(to: victim)
        let type: mode_t
        switch kind {
        case "symbolic link":
            try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: victim.path)
            type = S_IFLNK
        case "FIFO":
            #expect(mkfifo(target, 0o600) == 0)
            type = S_IFIFO
        case "directory":
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
            type = S_IFDIR
        default:
            // A node of our own equal to /dev/null (1,3): a regression replaces it, not the real one.
            // Needs root, as the suite's machines run.
            #expect(mknod(target, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0, "mknod needs root")
            type = S_IFCHR
        }
        let result = try Self.export(to: target)
        #expect(result.reason == .exit && result.status == 73, "\(result.reason) \(result.status): \(result.stderr)")
        #expect(result.stderr == "ibid: \(target): \(Self.refusal): it is a \(kind); ibid replaces only regular files\n")
        #expect(Self.fileType(target) == type, "the target is what it was")
        #expect(try Data(contentsOf: victim) == Data("precious\n".utf8))
        #expect(try Self.names(in: dir) == ["target", "victim"], "no temporary left behind")
    }

    @Test(arguments: ["same name", "hard link", "standard input"])
    func theInputIsNeverTheOutput(route: String) throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dump = try Spawn.sampleCopy(in: dir, name: "d.txt")
        let result: Spawn.Result
        switch route {
        case "same name": result = try Self.export(to: dump.path, input: dump.path)
        case "hard link":
            let other = dir.appendingPathComponent("link.txt").path
            #expect(link(dump.path, other) == 0)
            result = try Self.export(to: dump.path, input: other)
        default:
            result = try Self.export(to: dump.path, input: "-", stdin: try FileHandle(forReadingFrom: dump))
        }
        #expect(result.reason == .exit && result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "ibid: \(dump.path): \(Self.refusal): it is the input being read\n")
        #expect(try Data(contentsOf: dump) == Self.sample, "the dump is untouched")
    }

    @Test func aPlantedPartialSymlinkIsNeitherFollowedNorReplaced() throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json").path
        let victim = dir.appendingPathComponent("victim")
        try Data("precious\n".utf8).write(to: victim)
        // The name ibid once wrote through, predictably.
        let planted = target + ".ibid-partial"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim.path)
        let result = try Self.export(to: target)
        #expect(result.reason == .exit && result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: victim) == Data("precious\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted) == victim.path)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self) == (try Self.exported()))
        #expect(try Self.names(in: dir) == ["out.json", "out.json.ibid-partial", "victim"])
    }

    @Test(.timeLimit(.minutes(1)))
    func aFailedWriteLeavesTheOldOutputIntact() throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json")
        try Data("the old export\n".utf8).write(to: target)
        // A file size limit of 32 KiB (64 blocks of 512 bytes in sh) makes the write fail with EFBIG
        // part-way; SIGXFSZ ignored so the write returns the error rather than killing ibid.
        let script = "ulimit -f 64; trap '' XFSZ; exec \"$0\" export \"$1\" --quiet-warnings --output \"$2\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, Binary.url.path, Binary.samplePath, target.path]
        let err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: try Data(contentsOf: err), as: UTF8.self)
        #expect(process.terminationReason == .exit && process.terminationStatus == 74, "\(stderr)")
        #expect(stderr == "ibid: \(target.path): write failed: \(String(cString: strerror(EFBIG)).lowercased())\n")
        #expect(try Data(contentsOf: target) == Data("the old export\n".utf8))
        #expect(try Self.names(in: dir) == ["err", "out.json"], "the temporary is gone")
    }

    @Test func modesAreANewFilesDefaultOrTheReplacedFilesOwn() throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fresh = dir.appendingPathComponent("fresh.md").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask 027; exec \"$0\" export \"$1\" --quiet-warnings --format markdown --output \"$2\"",
                             Binary.url.path, Binary.samplePath, fresh]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var info = stat()
        #expect(stat(fresh, &info) == 0 && info.st_mode & 0o7777 == 0o644 & ~0o027)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: fresh)), as: UTF8.self)
                == (try Self.exported(["--format", "markdown"])))

        let kept = dir.appendingPathComponent("kept.json").path
        #expect(FileManager.default.createFile(atPath: kept, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600]))
        let result = try Self.export(to: kept)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(stat(kept, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: kept)), as: UTF8.self) == (try Self.exported()))
    }
}

/// A signal while the export is being written leaves neither a temporary nor a changed target.
@Suite("export --output interrupted")
struct OutputInterruptedTests {
    @Test(.timeLimit(.minutes(1)), arguments: [SIGINT, SIGTERM])
    func aSignalRemovesTheTemporary(signal: Int32) throws {
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json")
        try Data("the old export\n".utf8).write(to: target)
        let ending = try Spawn.signalled(["export", Binary.samplePath, "--quiet-warnings", "--output", target.path],
                                         stop: "output", signal: signal) {
            let present = try OutputFileTests.names(in: dir)
            #expect(present.count == 2 && present.contains { $0.hasPrefix(".out.json.ibid-") }, "the temporary exists while ibid is stopped")
        }
        #expect(ending == .signal(signal), "it still dies of the signal")
        #expect(try OutputFileTests.names(in: dir) == ["out.json"])
        #expect(try Data(contentsOf: target) == Data("the old export\n".utf8))
    }
}
