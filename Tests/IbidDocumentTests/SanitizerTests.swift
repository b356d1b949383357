import Testing
@testable import IbidDocument

@Suite("Sanitizing untrusted text")
struct SanitizerTests {
    @Test(arguments: [
        // OSC 0 (set window title), ended by BEL
        ("\u{1B}]0;title\u{07}", "^[]0;title^G"),
        // CSI clear screen
        ("\u{1B}[2J", "^[[2J"),
        // OSC 52: write the clipboard, ended by ST
        ("\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\", "^[]52;c;cm0gLXJmIH4=^[\\"),
        // OSC 8 hyperlink
        ("\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\", "^[]8;;https://evil.example^[\\click^[]8;;^[\\"),
        // DCS … ST
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\", "^[Pq#0;2;0;0;0^[\\"),
        // C1 CSI, one character
        ("a\u{9B}2Jb", "a<U+009B>2Jb"),
        ("\u{80}\u{85}\u{9F}", "<U+0080><U+0085><U+009F>"),
        ("trailing \u{1B}", "trailing ^["),
        ("nul\u{0}here", "nul^@here"),
        ("\u{1}\u{1A}\u{1C}\u{1F}", "^A^Z^\\^_"),
        ("del\u{7F}", "del^?"),
        ("cr\r", "cr^M"),
        ("a\tb\nc", "a b c"),
    ] as [(String, String)])
    func controls(input: String, expected: String) {
        #expect(Sanitizer.visible(input) == expected)
    }

    /// What the clipboard gets (a BibTeX entry): lines kept, every other control shown.
    @Test func keepingLinesKeepsOnlyTheLineFeeds() {
        #expect(Sanitizer.visibleKeepingLines("@book{k,\n  title = {a\u{1B}]52;c;x\u{07}},\n}\n")
                == "@book{k,\n  title = {a^[]52;c;x^G},\n}\n")
        #expect(Sanitizer.visibleKeepingLines("a\tb\r\nc\u{202E}") == "a b^M\nc<U+202E>")
        #expect(Sanitizer.visibleKeepingLines("plain") == "plain")
    }

    @Test func bidiControls() {
        #expect(Sanitizer.visible("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(Sanitizer.visible("\u{202A}\u{202B}\u{202C}\u{202D}") == "<U+202A><U+202B><U+202C><U+202D>")
        #expect(Sanitizer.visible("\u{2066}\u{2067}\u{2068}\u{2069}") == "<U+2066><U+2067><U+2068><U+2069>")
        #expect(Sanitizer.visible("\u{200E}\u{200F}\u{061C}") == "<U+200E><U+200F><U+061C>")
        #expect(Sanitizer.visible("\u{FFF9}x\u{FFFA}y\u{FFFB}") == "<U+FFF9>x<U+FFFA>y<U+FFFB>")
    }

    /// Neighbours of every replaced range share their UTF-8 lead bytes with it; they must pass.
    @Test(arguments: [
        "Retreating Rights – Kazakhstan: Introduction",
        "Ошол эле жерде", "Қазақстан", "中文，日本語、한국어", "😀 👨‍👩‍👧 🇰🇿 ❤️",
        "e\u{301}", "\u{A0}no-break\u{A0}", "\u{A0}¡¿©®°±µ¶·»¿", "\u{200B}\u{200C}\u{200D}\u{2010}\u{2029}\u{2028}",
        "\u{2029}\u{2030}\u{2065}\u{206A}\u{061B}\u{061D}\u{0600}", "\u{FFF8}\u{FFFC}\u{FFFD}\u{FEFF}",
        "\u{E000}\u{10FFFD}", "",
    ])
    func printableTextPassesUnchanged(text: String) {
        #expect(Sanitizer.visible(text) == text)
        #expect(text.unicodeScalars.allSatisfy { Sanitizer.replacement(for: $0) == nil })
    }

    /// The byte scan and the per-scalar rule must agree on every code point, or the fast path
    /// would let something through.
    @Test func fastPathAgreesWithReplacementRule() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            var text = "x"
            text.unicodeScalars.append(scalar)
            text += "y"
            let replaced = Sanitizer.replacement(for: scalar) != nil
            let found = text.withUTF8 { Sanitizer.firstUnsafeOffset(in: $0) }
            if (found != nil) != replaced {
                disagreements.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func outputIsSafeAndMeasurable() {
        let nasty = "\u{1B}]0;t\u{7}\u{9B}\u{202E}x\u{0}\u{7F}"
        let shown = Sanitizer.visible(nasty)
        #expect(shown == "^[]0;t^G<U+009B><U+202E>x^@^?")
        #expect(Sanitizer.visible(shown) == shown)
        #expect(shown.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
    }
}
