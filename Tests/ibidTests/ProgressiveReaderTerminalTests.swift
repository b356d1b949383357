import Foundation
import Testing

/// The reader on a dump large enough to be read while it is shown: it paints with the scan's progress
/// in the list's title, takes keys meanwhile, and ends on exactly the screen `ibid screen` computes
/// for the whole library, though the report the chosen chapter belongs to is completed only by the
/// dump's last post.
@Suite("The reader while a large dump is read", .serialized)
struct ProgressiveReaderTerminalTests {
    static let posts = 4_500

    /// About 60 MB: post 1 is a report's first chapter, the last post that report's summary (which the
    /// list then shows first, under a report row of its own).
    static func dump() -> Data {
        var paragraphs = ""
        for k in 0..<150 { paragraphs += "<p>Paragraph \(k) of a long post, with a citation[\(k % 5 + 1)] and more words to fill the line.</p>" }
        for n in 1...5 { paragraphs += "<p>[\(n)] Note \(n), https://example.org/\(n)</p>" }
        var out = "<p>Skip to content</p>\n\nArray ( "
        for i in 0..<posts {
            let title = i == 1 ? "Retreating Rights - Land: Chapter one"
                : i == posts - 1 ? "Retreating Rights - Land: Executive Summary" : "Post number \(i)"
            out += "[\(i)] => WP_Post Object ( [ID] => \(1000 + i) [post_author] => 1 [post_date] => 2021-01-01 00:00:00 "
                + "[post_content] => \(paragraphs) [post_title] => \(title) [post_status] => publish [post_type] => post ) "
        }
        return Data((out + ")\n").utf8)
    }

    static func listTitle(_ screen: [String]) -> String { String(screen.first?.prefix { $0 != "│" } ?? "") }

    /// A dump read before the first paint (the sample is) still gets its warm-up: the note counts
    /// come, as `ibid screen` shows them.
    @Test(.timeLimit(.minutes(1)))
    func aDumpReadBeforeThePaintStillShowsNoteCounts() throws {
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --quiet-warnings", cols: 120, rows: 30)
        let expected = try TerminalTests.headless(size: "120x30")
        // The Kazakhstan introduction's count is on the list (the warm-up's doing).
        #expect(expected.contains { $0.contains("Introduction") && $0.contains("en 140") })
        let shown = try t.wait("the note counts") { TerminalTests.same($0, expected) }
        #expect(TerminalTests.same(shown, expected), "\(shown.joined(separator: "\n"))")
    }

    @Test(.timeLimit(.minutes(2)))
    func keysPressedWhileTheScanRunsLeadToTheScreenOfTheWholeLibrary() throws {
        let file = try Binary.temporaryFile(Self.dump())
        // --no-index: a dump this size gets a search index built in the background, whose "ready"
        // message would land on the status line at a time of its own; this test is about the scan.
        let t = try Tmux(command: "\(TerminalTests.ibid) \(file.path) --quiet-warnings --no-index", cols: 120, rows: 30)
        let first = try t.wait("the first screen") { Self.listTitle($0).contains("Reports") }
        // Painted before the scan ended: the title has the count so far and the percentage.
        let title = Self.listTitle(first)
        #expect(title.contains("…") && title.contains("%"), "\(title)")
        #expect(!title.contains("\(Self.posts)"))
        // Down to post 1 (a report of one chapter so far) and open it, while the rest is read.
        try t.send("j")
        try t.send("Enter")
        let expected = try TerminalTests.headless(size: "120x30", open: 1001, file: file.path)
        let shown = try t.wait("the whole library's screen", seconds: 90) { TerminalTests.same($0, expected) }
        #expect(TerminalTests.same(shown, expected), "\(shown.joined(separator: "\n"))")
        // The report row the last post made is there, above its summary and the chapter opened.
        #expect(expected.contains { $0.contains("▾ Land · Retreating") })
        #expect(Self.listTitle(shown).contains("\(Self.posts)") && !Self.listTitle(shown).contains("…"))
    }
}
