import Foundation
import Testing

/// Issue 12's table and indented contents in a real terminal: the box-drawing separators, the
/// padding after a CJK cell and the indented contents rows must be where `ibid screen` puts them.
@Suite("HTML tables and contents in a terminal", .serialized)
struct HTMLContentTerminalTests {
    static let post = """
        <p>Opening words.</p><h2>Context</h2><p>Context text.</p><h3>Law</h3><p>Law text.</p><h4>Article 19</h4><p>Article text.</p>
        <h2>Figures</h2><figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Cases</th><th>Source</th></tr></thead>
        <tbody><tr><td>2019</td><td>12</td><td>Ministry of Internal Affairs annual statistics, as published in the official gazette<a href="#_ftn1" name="_ftnref1">[1]</a></td></tr>
        <tr><td colspan="2">Not reported</td><td>NGO watch</td></tr><tr><td>中文字</td><td>7</td><td>Бишкек 😀</td></tr></tbody></table></figure>
        <figure><img src="a.jpg" alt="A map of Central Asia"><figcaption>Map: OSM</figcaption></figure>
        <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Ministry statistics, <a href="https://example.org/s?a=1&amp;b=2">online</a>.</p></div>
        """

    static func dump() -> Data {
        let text = "Array\n(\n    [0] => WP_Post Object\n        (\n            [ID] => 12\n"
            + "            [post_content] => \(post)\n            [post_title] => Tables\n        )\n\n)\n"
        return Data(text.utf8)
    }

    @Test(arguments: [(80, 24), (60, 20)])
    func tmuxShowsTheTableAndContentsAsTheHeadlessScreenDoes(cols: Int, rows: Int) throws {
        let file = try Binary.temporaryFile(Self.dump())
        let size = "\(cols)x\(rows)"
        let t = try Tmux(command: "\(TerminalTests.ibid) \(file.path) --open 12 --quiet-warnings", cols: cols, rows: rows)
        let keys = ""
        let first = try TerminalTests.headless(size: size, keys: keys, open: 12, file: file.path)
        try t.wait("the first screen") { TerminalTests.same($0, first) }
        let steps: [(String, String)] = [("G", "G"), ("k", "k"), ("t", "t"), ("j", "j"), ("j", "j"), ("Escape", "<Esc>"), ("g", "g")]
        try TerminalTests.expectEachStep(t, steps, size: size, open: 12, file: file.path)
        // The table and the indented contents did reach the screen.
        let table = try TerminalTests.headless(size: size, keys: "G", open: 12, file: file.path).joined(separator: "\n")
        #expect(table.contains("Year") && table.contains("┼") && table.contains("中文字"))
        let contents = try TerminalTests.headless(size: size, keys: "t", open: 12, file: file.path)
        #expect(contents.contains { $0.contains("│   Law") } && contents.contains { $0.contains("│     Article 19") })
    }
}
