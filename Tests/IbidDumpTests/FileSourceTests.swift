import CIbidSystem
import Foundation
import IbidTestSupport
import Testing
@testable import IbidDump

/// How dump bytes are read: mapped files under the SIGBUS guard, streams sniffed and capped.
/// Serialized: one test fills the guard's table, and the others need their mappings guarded.
@Suite("Dump source", .serialized)
struct FileSourceTests {
    static func scratch(_ name: String = "dump.txt", contents: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(contents).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Text several pages long whose every byte is nonzero, so a zero can only come from the guard.
    static let pages: [UInt8] = Array(String(repeating: "Array ( [0] => abcdefghijklmnopqrstuvwxyz )\n", count: 4000).utf8)

    @Test func aMappedFileCutWhileReadReadsZerosAndSaysItChanged() throws {
        let path = try Self.scratch(contents: Self.pages)
        let bytes = try DumpSource.read(path: path)
        #expect(!bytes.changed, "nothing happened yet")
        #expect(truncate(path, 4096) == 0)
        // Without the guard this loop dies of SIGBUS on the first page past the new end.
        var zeros = 0
        for i in 0..<bytes.count where bytes[i] == 0 { zeros += 1 }
        #expect(zeros == bytes.count - 4096, "every byte past the cut reads as zero, every byte before it as it was")
        #expect(bytes.changed)
        #expect(ibid_mapguard_tripped() != 0)
        #expect(throws: DumpError(path: path, kind: .changedWhileReading)) { try bytes.verifyUnchanged(path: path) }
        #expect(DumpError(path: path, kind: .changedWhileReading).exitCode == 74)
    }

    @Test func aFileRewrittenInPlaceOrGrownIsNoticed() throws {
        let rewritten = try Self.scratch(contents: Self.pages)
        let a = try DumpSource.read(path: rewritten)
        // Same size, other bytes: only the modification time tells (set apart by a second, so the
        // test does not depend on the clock's granularity).
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: rewritten))
        try handle.write(contentsOf: Data("Xrray".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: rewritten)
        #expect(a.changed)

        let grown = try Self.scratch(contents: Self.pages)
        let b = try DumpSource.read(path: grown)
        let appender = try FileHandle(forWritingTo: URL(fileURLWithPath: grown))
        try appender.seekToEnd()
        try appender.write(contentsOf: Data("more\n".utf8))
        try appender.close()
        #expect(b.changed)
    }

    @Test func anUntouchedFileIsNotReportedAndItsBytesAreTheFile() throws {
        let path = try Self.scratch(contents: Self.pages)
        let bytes = try DumpSource.read(path: path)
        #expect(bytes.copyBytes() == Self.pages)
        #expect(!bytes.changed)
        let snapshot = try #require(bytes.snapshot)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(snapshot.inode == UInt64(info.st_ino) && snapshot.device == UInt64(info.st_dev))
    }

    @Test func aMappingTheGuardCannotTakeIsReadInstead() throws {
        // Fill every free slot with ranges of a buffer of our own.
        let dummy = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { dummy.deallocate() }
        var taken: [UnsafeRawPointer] = []
        while taken.count < 512, ibid_mapguard_register(dummy + taken.count, 1) == 0 { taken.append(UnsafeRawPointer(dummy + taken.count)) }
        defer { for base in taken { ibid_mapguard_unregister(base) } }
        #expect(taken.count < 512, "the table is finite")

        let path = try Self.scratch(contents: Self.pages)
        let bytes = try DumpSource.read(path: path)
        #expect(truncate(path, 0) == 0)
        // A copy of its own: the cut cannot reach it, so every byte is still the file's.
        #expect(bytes.copyBytes() == Self.pages)
    }

    /// Writes `count` bytes (nil: until the reader goes) into a FIFO from another thread while
    /// `body` reads it. The writer blocks SIGPIPE for itself alone, so a reader that stops early
    /// ends it with EPIPE rather than killing the test process.
    static func throughFIFO<T>(_ count: Int?, byte: UInt8 = UInt8(ascii: "a"), _ body: (String) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            var pipe = sigset_t()
            sigemptyset(&pipe)
            sigaddset(&pipe, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipe, nil)
            let fd = open(path, O_WRONLY)
            let chunk = [UInt8](repeating: byte, count: 4096)
            var left = count ?? Int.max
            while left > 0 {
                let n = chunk.withUnsafeBytes { write(fd, $0.baseAddress, min(left, $0.count)) }
                if n <= 0 { break }
                left -= n
            }
            close(fd)
        }
        writer.start()
        return try body(path)
    }

    static func failure(_ body: () throws(DumpError) -> DumpBytes) -> DumpError? {
        do {
            _ = try body()
            return nil
        } catch { return error }
    }

    @Test(.timeLimit(.minutes(1)))
    func aStreamIsCappedAtItsLimit() throws {
        let limit = 200_000
        let exact = try Self.throughFIFO(limit) { try DumpSource.read(path: $0, streamLimit: limit) }
        #expect(exact.count == limit, "a stream of exactly the limit is read")
        // An endless stream of text: the reader stops one byte past the limit.
        let endless = try Self.throughFIFO(nil) { path in Self.failure { () throws(DumpError) in try DumpSource.read(path: path, streamLimit: limit) } }
        #expect(endless?.kind == .tooLarge(limit))
        #expect(endless?.exitCode == 65)
    }

    @Test(.timeLimit(.minutes(1)))
    func endlessControlBytesWithoutNULAreRefusedAfterTheFirstBlock() throws {
        // Refused by the share rule at the first block, not after reading the (endless) stream.
        let error = try Self.throughFIFO(nil, byte: 0x01) { path in Self.failure { () throws(DumpError) in try DumpSource.read(path: path) } }
        #expect(error?.kind == .notText)
        #expect(error?.exitCode == 65)
    }

    @Test(.timeLimit(.minutes(1)))
    func aDeviceOfZerosIsRefusedAtItsFirstNUL() {
        #expect(throws: DumpError(path: "/dev/zero", kind: .binary, position: SourcePosition(line: 1, column: 1))) {
            try DumpSource.read(path: "/dev/zero")
        }
    }

    @Test func textSniffingCountsOnlyControls() throws {
        // Latin-1 and broken UTF-8 are text to the sniffer (the loader repairs them); tabs, CRs and
        // ESC are text; one control in 32 is the edge.
        let latin1: [UInt8] = Array(repeating: 0xE9, count: 1000) + Array("Array (\r\n\t\u{1B}[0m".utf8)
        #expect(latin1.withUnsafeBytes { TextSniff.verdict($0) } == nil)
        let edge = [UInt8](repeating: 0x01, count: 32) + [UInt8](repeating: UInt8(ascii: "a"), count: 992)
        #expect(edge.withUnsafeBytes { TextSniff.verdict($0) } == nil, "exactly 1 in 32 still passes")
        let over = [UInt8](repeating: 0x01, count: 33) + [UInt8](repeating: UInt8(ascii: "a"), count: 991)
        #expect(over.withUnsafeBytes { TextSniff.verdict($0) } == .controls)
        let nul: [UInt8] = Array("Array (\n".utf8) + [0] + Array("x".utf8)
        #expect(nul.withUnsafeBytes { TextSniff.verdict($0) } == .nul(at: 8))
    }
}
