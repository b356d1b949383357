import IbidTestSupport
import Testing
@testable import IbidDump
@testable import IbidDocument

/// Dumps made for the progressive-load tests, and a way to compare libraries field by field.
enum ScanFixtures {
    /// `count` posts inside a `WP_Query`, as a theme's `print_r($wp_query)` prints them: reports of a
    /// series whose summary comes last, loose posts, an untitled post, a textual ID, and `[post]`
    /// repeating the first post (a duplicate the loader warns about).
    static func query(count: Int, layout: PrintRWriter.Layout = .collapsed) -> String {
        var posts: [(key: String, value: PrintRValue)] = []
        for i in 0..<count {
            let id = i == 5 ? "draft" : String(1000 + i)
            let title: String
            switch i % 4 {
            case 0: title = "Retreating Rights - Land \(i % 24): Chapter \(i)"
            case 1: title = i % 24 == 21 ? "Retreating Rights - Land \((i - 1) % 24): Executive Summary" : "A loose post \(i)"
            case 2: title = i % 10 == 2 ? "" : "Кыргызстандагы абал \(i)"
            default: title = "Notes on post \(i)"
            }
            let content = "<p>Opening line of post \(i).</p><p>Text citing a source[1] and another[2].</p>"
                + "<p>[1] First note of \(i), https://example.org/\(i)</p><p>[2] Second note.</p>"
            posts.append((key: String(i), value: .post([
                ("ID", id), ("post_author", "1"), ("post_date", "2021-07-\(10 + i % 18) 11:10:45"),
                ("post_content", content), ("post_title", title), ("post_status", "publish"),
                ("post_name", "post-\(i)"), ("guid", "https://example.org/?p=\(id)"), ("post_type", "post"),
            ])))
        }
        let query = PrintRValue.object(className: "WP_Query", [
            (key: "query", value: .array([(key: "author_name", value: .string("adam-hug"))])),
            (key: "posts", value: .array(posts)),
            (key: "post", value: posts[0].value),
            (key: "max_num_pages", value: .string("1")),
        ])
        return "<p>Skip to content</p>\n\n<pre>" + PrintRWriter.write(query, layout: layout) + "</pre>\n"
    }

    static func bytes(_ text: String) -> DumpBytes { DumpBytes(text) }

    /// Everything a library shows or exports about its reports and chapters, as lines to compare.
    static func describe(_ library: Library) -> [String] {
        var out = ["source \(library.source.path) \(library.source.kind) \(library.source.layout) \(library.source.bytes) \(library.source.page)"]
        for warning in library.warnings { out.append("warning \(warning.code) \(warning.postID ?? 0) \(warning)") }
        for report in library.reports {
            out.append("report \(report.title) \(report.language?.rawValue ?? "-") \(report.series ?? "-") \(report.subject ?? "-")")
            for c in report.chapters {
                out.append("  chapter \(c.id) \(c.title) |\(c.postTitle)| \(c.date) \(c.slug) \(c.url) \(c.language?.rawValue ?? "-") \(c.truncated) @\(c.post.offset)")
            }
        }
        return out
    }
}

@Suite("Progressive loading")
struct ProgressiveLoadTests {
    /// The posts each progress report holds are a prefix, in dump order, of the posts the load ends
    /// with, and the fraction only grows.
    func checkPrefixes(_ text: String, path: String = "generated.txt") throws {
        var seen: [[Int]] = []
        var fractions: [Double] = []
        let dump = try DumpLoader.load(ScanFixtures.bytes(text), path: path) { progress in
            seen.append(progress.posts.map(\.offset))
            fractions.append(progress.fraction)
        }
        let final = dump.posts.map(\.offset)
        #expect(!seen.isEmpty)
        for offsets in seen {
            #expect(Array(final.prefix(offsets.count)) == offsets)
        }
        #expect(fractions == fractions.sorted())
        #expect(fractions.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func progressReportsArePrefixesOfTheFinalPosts() throws {
        try checkPrefixes(String(decoding: DumpSource.read(path: TestPaths.sample).copyBytes(), as: UTF8.self), path: TestPaths.sample)
        try checkPrefixes(ScanFixtures.query(count: 150))
        try checkPrefixes(ScanFixtures.query(count: 150, layout: .raw))
    }

    @Test func theSampleScannedProgressivelyIsTheSampleLoadedWhole() throws {
        let whole = try Library.load(path: TestPaths.sample)
        for batch in [1, 2, 5, 64] {
            let scan = LibraryScan(bytes: try DumpSource.read(path: TestPaths.sample), path: TestPaths.sample, firstBatch: batch)
            let final = scan.run()
            #expect(final.done && final.error == nil)
            let library = try #require(final.library)
            #expect(ScanFixtures.describe(library) == ScanFixtures.describe(whole))
            // The dump is cut inside its 12th record: the progressive load still says so.
            #expect(library.warnings.contains { $0.code == .truncated && $0.postID == 5607 })
            #expect(library.chapter(id: 5607)?.truncated == true)
        }
    }

    @Test(arguments: [PrintRWriter.Layout.collapsed, .raw])
    func aGeneratedDumpScannedOnAThreadIsTheDumpLoadedWhole(layout: PrintRWriter.Layout) throws {
        let text = ScanFixtures.query(count: 400, layout: layout)
        let whole = Library(dump: try DumpLoader.load(ScanFixtures.bytes(text), path: "g.txt"))
        // The fixture's traps are there: a duplicate, a synthetic ID, a late summary joining its report.
        #expect(whole.warnings.contains { $0.code == .duplicatePost && $0.postID == 1000 })
        #expect(whole.chapter(id: -1) != nil)
        #expect(whole.reports.contains { $0.chapters.count > 1 && $0.chapters.first?.title.hasSuffix("Executive Summary") == true })
        let scan = LibraryScan(bytes: ScanFixtures.bytes(text), path: "g.txt", firstBatch: 3)
        scan.start()
        let final = scan.finish()
        #expect(final.done)
        #expect(ScanFixtures.describe(try #require(final.library)) == ScanFixtures.describe(whole))
    }

    @Test func aTruncatedGeneratedDumpStillWarns() throws {
        let text = ScanFixtures.query(count: 200)
        let cut = String(decoding: Array(text.utf8).prefix(text.utf8.count * 2 / 3), as: UTF8.self)
        let whole = Library(dump: try DumpLoader.load(ScanFixtures.bytes(cut), path: "cut.txt"))
        let final = LibraryScan(bytes: ScanFixtures.bytes(cut), path: "cut.txt", firstBatch: 1).run()
        let library = try #require(final.library)
        #expect(library.warnings.contains { $0.code == .truncated })
        #expect(library.chapters.last?.truncated == true)
        #expect(ScanFixtures.describe(library) == ScanFixtures.describe(whole))
    }

    @Test func aDumpWithoutPostsFailsAsTheWholeLoadFails() throws {
        let text = "<p>Skip to content</p>\nArray ( [a] => 1 [b] => 2 )\n"
        var expected: DumpError?
        do { _ = try DumpLoader.load(ScanFixtures.bytes(text), path: "none.txt") } catch { expected = error }
        let final = LibraryScan(bytes: ScanFixtures.bytes(text), path: "none.txt").run()
        #expect(final.done && final.library == nil)
        #expect(final.error == expected && expected?.kind == .noPosts)
    }

    @Test func provisionalLibrariesArePublishedAsTheyGrow() throws {
        // A slow consumer polling from another thread sees growing libraries, never a shrinking one.
        let text = ScanFixtures.query(count: 3000)
        let scan = LibraryScan(bytes: ScanFixtures.bytes(text), path: "g.txt", firstBatch: 10)
        scan.start()
        let first = scan.wait(chapters: 10)
        var counts: [Int] = []
        var last = first
        while !last.done {
            if let library = last.library { counts.append(library.chapters.count) }
            last = scan.snapshot
        }
        #expect(counts == counts.sorted())
        #expect(try #require(last.library).chapters.count == 3000)
    }
}
