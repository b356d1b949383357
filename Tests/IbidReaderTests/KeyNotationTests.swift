import Testing
@testable import IbidReader

@Suite("Key notation")
struct KeyNotationTests {
    private func keys(_ notation: String) throws -> [Key] {
        try KeyNotation.parse(notation).map { event in
            guard case .key(let key) = event else {
                Issue.record("expected only keys in \(notation), got \(event)")
                return .escape
            }
            return key
        }
    }

    @Test func plainCharactersAreTyped() throws {
        #expect(try keys("jjG") == [.char("j"), .char("j"), .char("G")])
        #expect(try keys("/тест") == [.char("/"), .char("т"), .char("е"), .char("с"), .char("т")])
        #expect(try keys("中😀é") == [.char("中"), .char("😀"), .char("é")])
        #expect(try keys("12 ]>") == [.char("1"), .char("2"), .char(" "), .char("]"), .char(">")])
        #expect(try keys("") == [])
    }

    @Test(arguments: [
        ("<Enter>", Key.enter), ("<CR>", .enter), ("<Return>", .enter),
        ("<Tab>", .tab), ("<S-Tab>", .shiftTab), ("<Esc>", .escape),
        ("<BS>", .backspace), ("<Backspace>", .backspace), ("<Del>", .delete), ("<Delete>", .delete),
        ("<Space>", .char(" ")), ("<lt>", .char("<")),
        ("<Up>", .up), ("<Down>", .down), ("<Left>", .left), ("<Right>", .right),
        ("<PgUp>", .pageUp), ("<PageUp>", .pageUp), ("<PgDn>", .pageDown), ("<PageDown>", .pageDown),
        ("<Home>", .home), ("<End>", .end),
        ("<F1>", .function(1)), ("<F5>", .function(5)), ("<F12>", .function(12)),
        ("<C-o>", .ctrl("o")), ("<C-O>", .ctrl("o")), ("<c-d>", .ctrl("d")), ("<C-u>", .ctrl("u")),
        ("<C-i>", .tab), ("<C-m>", .enter), ("<C-[>", .escape), ("<C-h>", .backspace),
        ("<C-]>", .ctrl("]")), ("<C-\\>", .ctrl("\\")), ("<C-^>", .ctrl("^")), ("<C-_>", .ctrl("_")),
    ] as [(String, Key)])
    func namedKeys(notation: String, key: Key) throws {
        #expect(try KeyNotation.parse(notation) == [.key(key)])
        #expect(try KeyNotation.parse(notation.uppercased()) == [.key(key)])
        #expect(try KeyNotation.parse(notation.lowercased()) == [.key(key)])
    }

    @Test func mixedCaseAndSequences() throws {
        #expect(try keys("<enter>") == [.enter])
        #expect(try keys("<eNtEr>") == [.enter])
        #expect(try keys("jj<Enter>]<CR><C-o>q") == [.char("j"), .char("j"), .enter, .char("]"), .enter, .ctrl("o"), .char("q")])
        #expect(try keys("/Ибид<Enter>n") == [.char("/"), .char("И"), .char("б"), .char("и"), .char("д"), .enter, .char("n")])
        #expect(try keys("a<lt>b>") == [.char("a"), .char("<"), .char("b"), .char(">")])
    }

    @Test func resize() throws {
        #expect(try KeyNotation.parse("<Resize:80x24>") == [.resize(cols: 80, rows: 24)])
        #expect(try KeyNotation.parse("j<resize:1X1>k") == [.key(.char("j")), .resize(cols: 1, rows: 1), .key(.char("k"))])
        #expect(try KeyNotation.parse("<RESIZE:10000x10000>") == [.resize(cols: 10000, rows: 10000)])
    }

    @Test(arguments: [
        ("<Entr>", "<Entr>", 1, KeyNotationError.Reason.unknownKey),
        ("jj<Entr>k", "<Entr>", 3, .unknownKey),
        ("<>", "<>", 1, .unknownKey),
        ("<C-Up>", "<C-Up>", 1, .unknownKey),
        ("<C-1>", "<C-1>", 1, .unknownKey),
        ("<C-ы>", "<C-ы>", 1, .unknownKey),
        ("<F0>", "<F0>", 1, .unknownKey),
        ("<F13>", "<F13>", 1, .unknownKey),
        ("<Fx>", "<Fx>", 1, .unknownKey),
        ("ыы<Ы>", "<Ы>", 3, .unknownKey),            // positions count characters, not bytes
        ("a<b<lt>", "<b<lt>", 2, .unknownKey),
        ("<", "<", 1, .unterminated),
        ("jk<", "<", 3, .unterminated),
        ("q<Enter", "<Enter", 2, .unterminated),
        ("<Resize:80>", "<Resize:80>", 1, .badResize),
        ("<Resize:x24>", "<Resize:x24>", 1, .badResize),
        ("<Resize:80x24x1>", "<Resize:80x24x1>", 1, .badResize),
        ("<Resize:+80x24>", "<Resize:+80x24>", 1, .badResize),
        ("<Resize:80x>", "<Resize:80x>", 1, .badResize),
        ("<Resize:0x24>", "<Resize:0x24>", 1, .resizeOutOfRange),
        ("<Resize:80x10001>", "<Resize:80x10001>", 1, .resizeOutOfRange),
        ("<Resize:99999999999999999999x1>", "<Resize:99999999999999999999x1>", 1, .resizeOutOfRange),
        ("ab\ncd", "\n", 3, .controlCharacter),
        ("\u{1B}", "\u{1B}", 1, .controlCharacter),
    ] as [(String, String, Int, KeyNotationError.Reason)])
    func errorsNameTheTokenAndPosition(notation: String, token: String, position: Int, reason: KeyNotationError.Reason) {
        #expect(throws: KeyNotationError(token: token, position: position, reason: reason)) {
            try KeyNotation.parse(notation)
        }
    }

    @Test func errorMessages() {
        let unknown = KeyNotationError(token: "<Entr>", position: 3, reason: .unknownKey)
        #expect(unknown.description == "unknown key <Entr> at position 3")
        let control = KeyNotationError(token: "\u{1B}", position: 1, reason: .controlCharacter)
        #expect(!control.description.contains("\u{1B}"), "the message itself must be safe to print")
        #expect(control.description.hasPrefix("control character ^[ at position 1"))
    }

    static let everyKey: [Key] = [
        .enter, .tab, .shiftTab, .escape, .backspace, .delete,
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
        .char("j"), .char("G"), .char(" "), .char("<"), .char(">"), .char("ы"), .char("中"), .char("😀"),
        .ctrl("o"), .ctrl("d"), .ctrl("]"), .ctrl("\\"), .ctrl("^"), .ctrl("_"),
    ] + (1...12).map { Key.function($0) }

    @Test func describeGivesNotation() {
        #expect(KeyNotation.describe(.ctrl("o")) == "<C-o>")
        #expect(KeyNotation.describe(.enter) == "<Enter>")
        #expect(KeyNotation.describe(.char("j")) == "j")
        #expect(KeyNotation.describe(.char("<")) == "<lt>")
        #expect(KeyNotation.describe(.char(" ")) == "<Space>")
        #expect(KeyNotation.describe(.pageDown) == "<PgDn>")
        #expect(KeyNotation.describe(.function(3)) == "<F3>")
        #expect(KeyNotation.describe(Event.resize(cols: 80, rows: 24)) == "<Resize:80x24>")
        #expect(KeyNotation.describe(Event.mouse(MouseEvent(kind: .click, x: 1, y: 2))) == nil)
    }

    @Test func roundTrips() throws {
        for key in Self.everyKey {
            #expect(try KeyNotation.parse(KeyNotation.describe(key)) == [.key(key)], "\(key)")
        }
        // A whole sequence, resize included, described and parsed back.
        let events: [Event] = Self.everyKey.map { .key($0) } + [.resize(cols: 132, rows: 43), .key(.char("q"))]
        let notation = events.compactMap { KeyNotation.describe($0) }.joined()
        #expect(try KeyNotation.parse(notation) == events)
        // And notation → events → notation, for notation already in canonical form.
        let canonical = "gg]]<Enter><C-o><Tab><S-Tab>/тест<Enter>n<lt>x<Resize:60x20>q"
        #expect(try KeyNotation.parse(canonical).compactMap { KeyNotation.describe($0) }.joined() == canonical)
    }
}
