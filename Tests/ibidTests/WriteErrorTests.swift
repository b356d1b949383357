import Foundation
import Testing

/// Standard output that refuses writes: one line and exit 74 from every command; a closed pipe ends
/// ibid quietly.
@Suite("Write errors on standard output")
struct WriteErrorTests {
    static let commands: [[String]] = [
        ["list"], ["list", "--json"], ["notes", "6005"], ["notes", "6005", "--json"], ["search", "the"],
        ["search", "the", "--json"], ["check"], ["check", "--json"], ["export"], ["export", "--format", "markdown"],
        ["screen"],
    ]

    @Test(.timeLimit(.minutes(1)), arguments: commands)
    func aFullDeviceIsOneLineAndExit74(command: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try Spawn.run(command + [Binary.samplePath, "--quiet-warnings"], stdout: full)
        #expect(result.reason == .exit && result.status == 74, "\(result.reason) \(result.status): \(result.stderr)")
        // The wording is strerror(ENOSPC), lower-cased.
        #expect(result.stderr == "ibid: standard output: \(String(cString: strerror(ENOSPC)).lowercased())\n")
    }

    @Test(.timeLimit(.minutes(1)))
    func aClosedPipeEndsItQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try Spawn.run(["export", Binary.samplePath, "--quiet-warnings"], stdout: pipe.fileHandleForWriting)
        try pipe.fileHandleForWriting.close()
        // As `yes | head -1` ends `yes`: by SIGPIPE, saying nothing.
        #expect(result.reason == .uncaughtSignal && result.status == SIGPIPE, "\(result.reason) \(result.status)")
        #expect(result.stderr.isEmpty)
    }
}
