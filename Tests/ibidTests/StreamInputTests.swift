import Foundation
import Testing

/// Input that is not a regular file: refused at its first block when binary, never read forever.
@Suite("Streams and devices as input")
struct StreamInputTests {
    /// The path given and what standard input is.
    static let cases: [(path: String, stdin: String?)] = [
        ("/dev/zero", nil), ("-", "/dev/zero"), ("/dev/urandom", nil), ("-", "/dev/urandom"),
    ]

    // The time limit is a hang guard: before the fix, /dev/zero was read until memory ran out.
    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func anEndlessBinaryStreamIsRefusedInOneLine(path: String, stdin: String?) throws {
        let input = try stdin.map { try #require(FileHandle(forReadingAtPath: $0)) } ?? .nullDevice
        let result = try Spawn.run(["list", path], stdout: .nullDevice, stdin: input)
        #expect(result.reason == .exit && result.status == 65, "\(result.reason) \(result.status)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        // Random bytes hold a NUL within 64 KiB all but never (probability (255/256)^65536).
        #expect(lines.first?.contains("binary data (NUL bytes): not a print_r text dump") == true, "\(result.stderr)")
    }

    @Test func aTextDumpOnAPipeIsStillRead() throws {
        // The sniffing and the cap must not refuse the real thing arriving on a pipe.
        let pipe = Pipe()
        let sample = try Data(contentsOf: URL(fileURLWithPath: Binary.samplePath))
        let writer = Thread {
            try? pipe.fileHandleForWriting.write(contentsOf: sample)
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let dir = try Spawn.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let result = try Spawn.run(["list", "-", "--quiet-warnings"], stdout: try FileHandle(forWritingTo: out),
                                   stdin: pipe.fileHandleForReading)
        #expect(result.reason == .exit && result.status == 0, "\(result.stderr)")
        let fromFile = try Binary.run(["list", Binary.samplePath, "--quiet-warnings"])
        #expect(String(decoding: try Data(contentsOf: out), as: UTF8.self) == fromFile.stdout)
        #expect(fromFile.stdout.split(separator: "\n").count == 12)
    }
}
