import Foundation
import Testing

/// The `c` overlay in a real terminal, and `y`'s copy: tmux shows what `ibid screen` computes, and
/// with `set-clipboard on` tmux takes the OSC 52 sequence into its paste buffer, which holds the
/// BibTeX entry `ibid cite` prints for the same work.
@Suite("Citation overlay in a terminal", .serialized)
struct CitationTerminalTests {
    @Test func overlayMatchesTheHeadlessScreenAndYCopiesTheEntry() throws {
        let size = "100x30"
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --quiet-warnings", cols: 100, rows: 30)
        try t.tmux(["set-option", "-s", "set-clipboard", "on"])
        let first = try TerminalTests.headless(size: size, open: 6003)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        var keys = ""
        for key in ["]", "]", "c"] {
            try t.send(key)
            keys += key
            let expected = try TerminalTests.headless(size: size, keys: keys, open: 6003)
            let shown = try t.wait("the screen after \(keys)") { TerminalTests.same($0, expected) }
            #expect(TerminalTests.same(shown, expected), "after \(keys)")
        }
        #expect(try t.capture().contains { $0.contains("Title     The nuclear sins of the Soviet Union live on in Kazakhstan") })
        try t.send("y")
        let copied = try TerminalTests.headless(size: size, keys: "]]cy", open: 6003)
        try t.wait("the copy message") { TerminalTests.same($0, copied) }
        #expect(copied.last?.hasSuffix("copied BibTeX entry of note 2") == true)
        // The paste buffer holds exactly the entry `ibid cite 6003 --format bibtex` gives for note 2.
        var buffer = ""
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            buffer = try t.tmux(["show-buffer"])
            if !buffer.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let cite = try Binary.run(["cite", "6003", TerminalTests.sample, "--format", "bibtex", "--quiet-warnings"]).stdout
        #expect(buffer.hasPrefix("@article{yan2019,\n  author = {Yan, Wudan},\n"))
        #expect(cite.contains(buffer), "the copied entry is the exported one")
        try t.send("q")
        let closed = try TerminalTests.headless(size: size, keys: "]]cyq", open: 6003)
        try t.wait("the overlay closed") { TerminalTests.same($0, closed) }
    }
}
