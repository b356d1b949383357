import Foundation
import Testing

/// Emoji, flags, ZWJ sequences, combining marks and CJK in a real terminal: what tmux shows after
/// each scroll must be what `ibid screen` computes. Before the display-text cells, tmux showed
/// `HEART❤️4X` and `FLAG🇰1Y` where the headless screen had `❤️X` and `🇰🇿Y`: the core gave ❤️
/// and a flag 2 columns, ncurses and tmux 1 a code point, and the cells between were never repainted.
@Suite("Wide and combining text in a terminal", .serialized)
struct WideTextTerminalTests {
    /// One paragraph per line of samples, each shifted by a different run of `.`, so every glyph
    /// meets every column parity and a scroll puts different glyphs over it.
    static func dump() -> Data {
        let samples = [
            "HEART\u{2764}\u{FE0F}4X", "FLAG\u{1F1F0}\u{1F1FF}1Y", "family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Z",
            "cafe\u{301} \u{438}\u{301}\u{43C}\u{44F}", "\u{4E2D}\u{6587}\u{5B57}\u{5E55}", "thumb \u{1F44D}\u{1F3FD}!",
            "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}rainbow", "keycap 1\u{FE0F}\u{20E3}", "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}b",
            "\u{1F600}\u{1F600}\u{1F600}", "Қазақстан Кыргызстан",
        ]
        var paragraphs: [String] = []
        for i in 0..<60 {
            let dots = String(repeating: ".", count: i % 7)
            let a = samples[i % samples.count], b = samples[(i * 5 + 3) % samples.count]
            paragraphs.append("<p>\(dots)\(a) \(b) \(samples[(i + 7) % samples.count]) line \(i) end.[\(i + 1)]</p>")
        }
        let notes = (0..<60).map { "<p>[\($0 + 1)] Note \(samples[$0 % samples.count]) \($0 + 1).</p>" }
        let content = paragraphs.joined() + notes.joined()
        let text = "Array\n(\n    [0] => WP_Post Object\n        (\n            [ID] => 7\n"
            + "            [post_content] => \(content)\n            [post_title] => Wide \u{1F1F0}\u{1F1FF} \u{2764}\u{FE0F} text\n        )\n\n)\n"
        return Data(text.utf8)
    }

    @Test(arguments: [(80, 24), (120, 30)])
    func tmuxShowsWhatTheHeadlessScreenShowsAfterEveryScroll(cols: Int, rows: Int) throws {
        let file = try Binary.temporaryFile(Self.dump())
        let size = "\(cols)x\(rows)"
        let t = try Tmux(command: "\(TerminalTests.ibid) \(file.path) --open 7 --quiet-warnings", cols: cols, rows: rows)
        let keys = ""
        let first = try TerminalTests.headless(size: size, keys: keys, open: 7, file: file.path)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        // tmux key name, ibid key notation: down a line at a time, half pages, and back up.
        let steps: [(String, String)] = [("j", "j"), ("j", "j"), ("j", "j"), ("C-d", "<C-d>"), ("j", "j"),
                                         ("C-d", "<C-d>"), ("]", "]"), ("k", "k"), ("C-u", "<C-u>"), ("k", "k"),
                                         ("C-u", "<C-u>"), ("k", "k"), ("G", "G"), ("g", "g")]
        try TerminalTests.expectEachStep(t, steps, size: size, open: 7, file: file.path)
        // The samples did reach the screen, prepared: ❤ without its selector, the family apart.
        let all = try TerminalTests.headless(size: size, keys: "", open: 7, file: file.path).joined()
        #expect(all.contains("HEART\u{2764}4X"))
        #expect(all.contains("FLAG\u{1F1F0}\u{1F1FF}1Y"))
    }
}
