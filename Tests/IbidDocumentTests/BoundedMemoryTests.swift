import Foundation
import IbidTestSupport
import Testing
@testable import IbidDump
@testable import IbidDocument

/// The bounds that keep a 1 GB dump's commands within 1.5 × the file + 64 MB, and the export that is
/// streamed without changing a byte.
@Suite("Bounded memory")
struct BoundedMemoryTests {
    static let sample = try! Library.load(path: TestPaths.sample)

    @Test func theContentCacheKeepsTheMostRecentChaptersWithinItsCount() throws {
        let cache = ContentCache(maxChapters: 3, maxSourceBytes: .max)
        let chapters = Self.sample.chapters
        for chapter in chapters { _ = cache.content(for: chapter) }
        #expect(cache.held.chapters == 3)
        #expect(chapters.suffix(3).allSatisfy { cache.contains($0) })
        #expect(!cache.contains(chapters[0]))
        // Using a chapter makes it the most recent: the next one in evicts another.
        _ = cache.content(for: chapters[9])
        _ = cache.content(for: chapters[0])
        #expect(cache.contains(chapters[9]) && cache.contains(chapters[0]) && cache.contains(chapters[11]))
        #expect(!cache.contains(chapters[10]))
        // Note counts outlive the contents, and are those of a recovery done here apart.
        for chapter in chapters {
            #expect(cache.noteCount(chapter) == ChapterRecovery.recover(chapter.post).notes.count)
        }
    }

    @Test func theContentCacheKeepsWithinItsSourceBytesButAlwaysTheChapterAsked() throws {
        let chapters = Self.sample.chapters.sorted { ($0.post.content?.byteCount ?? 0) < ($1.post.content?.byteCount ?? 0) }
        let largest = try #require(chapters.last)
        let budget = (largest.post.content?.byteCount ?? 0) + 1
        let cache = ContentCache(maxChapters: 100, maxSourceBytes: budget)
        for chapter in chapters {
            _ = cache.content(for: chapter)
            #expect(cache.held.sourceBytes <= budget)
            #expect(cache.contains(chapter))
        }
        let tiny = ContentCache(maxChapters: 100, maxSourceBytes: 1)
        _ = tiny.content(for: largest)
        #expect(tiny.held.chapters == 1 && tiny.contains(largest))
    }

    @Test func warmingUpALargeLibraryKeepsCountsNotContents() throws {
        let library = Library(dump: try DumpLoader.load(DumpBytes(ScanFixtures.query(count: 300)), path: "g.txt"))
        library.warmUp()
        #expect(library.cache.held.chapters <= ContentCache.defaultMaxChapters)
        for chapter in library.chapters {
            #expect(library.noteCount(of: chapter) == ChapterRecovery.recover(chapter.post).notes.count)
        }
        // A chapter evicted is recovered again, the same.
        let first = try #require(library.chapters.first)
        #expect(library.content(of: first).notes.map(\.plainText) == ChapterRecovery.recover(first.post).notes.map(\.plainText))
    }

    /// FNV-1a, 64 bits: the fixtures below were computed by Python over the output of main's `ibid export`
    /// (the release binary, before the export streamed within chapters), run in Resources/. They were
    /// computed again, the same way, when issues 11 and 12 changed the sample's export on purpose
    /// (sections' `level`, blocks' `rows`, 5607's notes 123–185 filled in from the Kyrgyz edition with
    /// their `from`, and the Kyrgyz posts grouped into their report); the export's streaming did not
    /// change between the two.
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    @Test(arguments: [(true, 1_507_597, 0xf6a8_942c_a91b_1a69 as UInt64), (false, 1_162_646, 0x1830_f3ac_050c_7b4f as UInt64)])
    func theStreamedExportIsByteForByteTheExportBefore(pretty: Bool, count: Int, hash: UInt64) throws {
        // The path as the fixture's run gave it.
        let library = Library(dump: try DumpLoader.load(DumpSource.read(path: TestPaths.sample), path: "fpc-author-page.txt"))
        var out: [UInt8] = []
        JSONExport.write(library, pretty: pretty) { out.append(contentsOf: $0) }
        #expect(out.count == count)
        #expect(Self.fnv(out) == hash)
    }

    @Test func aChapterOfManyParagraphsIsExportedInBoundedPieces() throws {
        var content = ""
        for i in 0..<40_000 { content += "<p>Paragraph \(i) of one long chapter.</p>" }
        let text = PrintRWriter.write(.array([(key: "0", value: .post([("ID", "1"), ("post_content", content), ("post_title", "Long")]))]), layout: .collapsed)
        let library = Library(dump: try DumpLoader.load(DumpBytes(text), path: "long.txt"))
        var pieces: [Int] = []
        var out: [UInt8] = []
        JSONExport.write(library, pretty: true) { pieces.append($0.count); out.append(contentsOf: $0) }
        #expect(out.count > 4_000_000)
        // Every piece is at most the flush size plus one block's JSON.
        #expect(pieces.max()! < JSONExport.flushAt + 4096)
        // And the pieces make one valid document holding every paragraph, in order (read back by Foundation).
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
        let reports = try #require(root["reports"] as? [[String: Any]])
        let chapters = try #require(reports.first?["chapters"] as? [[String: Any]])
        let sections = try #require(chapters.first?["sections"] as? [[String: Any]])
        let texts = sections.flatMap { ($0["blocks"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        #expect(texts == (0..<40_000).map { "Paragraph \($0) of one long chapter." })
    }

    /// The warnings' positions are found with the pages given back behind the line count: the same
    /// lines and columns as from a copy in memory of our own (where nothing is given back).
    @Test func warningsOfAMappedDumpSitWhereTheyDoInACopy() throws {
        let mapped = try DumpLoader.load(DumpSource.read(path: TestPaths.sample), path: "s")
        let copied = try DumpLoader.load(DumpBytes(copying: DumpSource.read(path: TestPaths.sample).copyBytes()), path: "s")
        #expect(mapped.warnings == copied.warnings)
        #expect(mapped.warnings.contains { $0.code == .truncated && $0.position == SourcePosition(line: 167, column: 42611) })
    }

    @Test func releasedPagesReadBackTheSameBytes() throws {
        let bytes = try DumpSource.read(path: TestPaths.sample)
        let before = bytes.copyBytes()
        bytes.release(0..<bytes.count)
        bytes.release(4000..<9000)
        bytes.release(-5..<(bytes.count + 5))
        #expect(bytes.copyBytes() == before)
        #expect(!bytes.changed)
        let copied = DumpBytes(copying: before)
        copied.release(0..<copied.count)  // memory of our own: left alone
        #expect(copied.copyBytes() == before)
    }
}

/// The cache as a library without editions uses it: a chapter's plain recovery, keyed by its post.
private extension ContentCache {
    func content(for chapter: Chapter) -> ChapterContent {
        content(for: chapter, key: key(chapter)) { ChapterRecovery.recover($0.post) }
    }

    func contains(_ chapter: Chapter) -> Bool { contains(key(chapter)) }

    func noteCount(_ chapter: Chapter) -> Int? { noteCount(key(chapter)) }

    private func key(_ chapter: Chapter) -> Key { Key(file: chapter.file, offset: chapter.post.offset, completedFrom: nil) }
}
