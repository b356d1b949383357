import Foundation
import Testing

/// Every command's output on a dump full of terminal control sequences: the human-readable forms
/// show them (`^[`, `<U+202E>`) and never send them; JSON escapes them and still carries the text.
@Suite("Hostile text on the command line")
struct HostileOutputTests {
    static let esc = "\u{1B}"
    /// A title with OSC 0 (window title), `ESC c` (reset), RLO and a trailing ESC.
    static let title = "T\(esc)]0;pwned-title\u{07}itle \(esc)c\u{202E}\(esc)"
    /// Paragraphs, a heading, notes and URLs carrying OSC 0/2/8/52, `ESC c`, CSI 2J, DCS, the
    /// one-character CSI U+009B, RLO and trailing ESCs.
    static let content = "<p>Intro \(esc)]0;pwned-title\u{07}\(esc)]2;pwned-title\u{07} text \(esc)]52;c;cm0gLXJmIH4=\u{07} "
        + "\(esc)c reset \(esc)[2J clear.[1]</p>"
        + "<h2>Heading \(esc)]8;;http://evil.example\(esc)\\link\(esc)]8;;\(esc)\\ dcs \(esc)Pq#0;2;0;0;0\(esc)\\ end\(esc)</h2>"
        + "<p>More \u{9B}2J csi \u{202E}evil\u{202C} text https://evil.example/\(esc)]52;c;eA==\u{07}path tail.[2] and a marker with no note.[3]</p>"
        + "<p>[1] Note one \(esc)]0;note-title\u{07} \(esc)[31mred\u{202E}</p><p>[2] See https://x.example/\(esc)]8;;y\(esc)\\ and \(esc)</p>"

    static func dump(truncated: Bool = false) -> Data {
        let text = "Array\n(\n    [0] => WP_Post Object\n        (\n            [ID] => 7\n"
            + "            [post_content] => \(content)\n"
        // Cut inside the record, the loader warns (and names the file).
        if truncated { return Data(text.utf8) }
        return Data((text + "            [post_title] => \(title)\n        )\n\n)\n").utf8)
    }

    /// What no terminal output may carry: C0 controls but LF, DEL, C1, and the bidi controls.
    static func forbidden(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func expectClean(_ result: Binary.Result, _ label: String) {
        #expect(!result.stdout.unicodeScalars.contains(where: forbidden), "stdout of \(label)")
        #expect(!result.stderr.unicodeScalars.contains(where: forbidden), "stderr of \(label)")
    }

    @Test(arguments: [
        ["list"], ["notes", "7"], ["search", "evil"], ["search", "note"], ["check"],
        ["export", "--format", "markdown"], ["screen", "--open", "7", "--keys", "]<Enter><Tab>"],
    ])
    func humanReadableOutputShowsControls(_ command: [String]) throws {
        let file = try Binary.temporaryFile(Self.dump())
        var args = command
        args.insert(file.path, at: ["notes", "search"].contains(command[0]) ? 2 : 1)
        let result = try Binary.run(args)
        #expect(result.status == 0 || (command[0] == "check" && result.status == 1), "\(result.stderr)")
        Self.expectClean(result, command.joined(separator: " "))
        #expect(result.stdout.contains("^["), "the ESCs are shown, not dropped")
        if command[0] == "list" || command[0] == "notes" {
            #expect(result.stdout.contains("T^[]0;pwned-title^Gitle ^[c<U+202E>^["))
        }
    }

    @Test func loadWarningsShowControlsInThePath() throws {
        let file = try Binary.temporaryFile(Self.dump(truncated: true), name: "dump\u{1B}]0;pwned\u{07}\u{9B}2J.txt")
        let result = try Binary.run(["list", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning:"), "the truncated dump is reported")
        #expect(result.stderr.contains("dump^[]0;pwned^G<U+009B>2J.txt"))
        Self.expectClean(result, "list of a truncated dump")
    }

    @Test(arguments: [["list", "--json"], ["notes", "7", "--json"], ["search", "evil", "--json"], ["check", "--json"],
                      ["export", "--format", "json"]])
    func jsonEscapesControlsAndKeepsTheText(_ command: [String]) throws {
        let file = try Binary.temporaryFile(Self.dump())
        var args = command
        args.insert(file.path, at: ["notes", "search"].contains(command[0]) ? 2 : 1)
        let result = try Binary.run(args)
        Self.expectClean(result, command.joined(separator: " "))
        #expect(!result.stdout.contains("^["), "JSON escapes; it does not use caret notation")
        #expect(result.stdout.contains("\\u001b"))
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        // The strings read back are the dump's own, controls included.
        var strings: [String] = []
        func collect(_ value: Any) {
            if let s = value as? String { strings.append(s) }
            if let a = value as? [Any] { a.forEach(collect) }
            if let d = value as? [String: Any] { d.values.forEach(collect) }
        }
        collect(root)
        if command[0] == "search" {
            #expect(strings.contains { $0.contains("\u{9B}2J csi \u{202E}evil\u{202C}") })
        } else {
            #expect(strings.contains(Self.title))
        }
    }

    @Test func markdownCarriesNoControlCharacters() throws {
        let file = try Binary.temporaryFile(Self.dump())
        let out = try Binary.temporaryFile(Data(), name: "out.md")
        let result = try Binary.run(["export", file.path, "--format", "markdown", "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(!markdown.unicodeScalars.contains(where: Self.forbidden))
        #expect(markdown.contains("### Heading ^\\[\\]8;;http://evil.example"))
        #expect(markdown.contains("\\<U+202E\\>evil\\<U+202C\\>"))
    }
}
