import IbidTestSupport
import Foundation
import Testing
@testable import IbidReader

@Suite("One keymap")
struct KeysDocTests {
    static func doc() throws -> String {
        try String(contentsOfFile: TestPaths.packageRoot + "/docs/keys.md", encoding: .utf8)
    }

    /// docs/keys.md holds the table the keymap generates.
    @Test func keysDocumentIsGeneratedFromTheKeymap() throws {
        #expect(try Self.doc().contains(KeyHelp.markdown()), "regenerate the table in docs/keys.md from KeyHelp.markdown()")
    }

    /// A key name as the docs write it, read back without the keymap's own naming function: the
    /// names are listed here by hand, so a wrong name in the generator shows up as a mismatch.
    static let names: [String: [Key]] = [
        "Space": [.char(" ")], "Enter": [.enter], "Tab": [.tab], "Shift-Tab": [.shiftTab], "Esc": [.escape],
        "Backspace": [.backspace], "↑": [.up], "↓": [.down], "←": [.left], "→": [.right],
        "PgUp": [.pageUp], "PgDn": [.pageDown], "Home": [.home], "End": [.end],
        "0–9": (0...9).map { .char(Character(String($0))) },
    ]

    static func parseKeys(_ text: String) -> [Key] {
        text.split(separator: " ").flatMap { word -> [Key] in
            let w = String(word)
            if let named = names[w] { return named }
            if w.hasPrefix("Ctrl-"), w.count == 6 { return [.ctrl(Character(w.suffix(1).lowercased()))] }
            if w == "\\|" { return [.char("|")] }
            return w.count == 1 ? [.char(Character(w))] : []
        }
    }

    /// Every key the docs name is bound, in that mode, to the action the docs give it; every key
    /// bound in a mode appears in the docs under that mode.
    @Test func everyDocumentedKeyIsBoundAndEveryBoundKeyDocumented() throws {
        var documented: [Keymap.Mode: Set<Key>] = [:]
        var mode: Keymap.Mode?
        for line in try Self.doc().split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.dropFirst(2).components(separatedBy: " | ")
            if cells[0].hasPrefix("**") {
                let title = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "*"))
                mode = Keymap.Mode.allCases.first { $0.title == title }
                continue
            }
            guard let mode, cells.count == 2, cells[0] != "keys" else { continue }
            let keys = Self.parseKeys(cells[0])
            #expect(!keys.isEmpty, "unreadable keys in docs: \(cells[0])")
            let help = cells[1].hasSuffix(" |") ? String(cells[1].dropLast(2)) : cells[1]
            for key in keys {
                documented[mode, default: []].insert(key)
                let binding = Keymap.bindings.first { $0.mode == mode && $0.keys.contains(key) }
                #expect(binding?.help == help, "\(cells[0]) in \(mode): documented as \(help)")
            }
        }
        for b in Keymap.bindings {
            for key in b.keys { #expect(documented[b.mode]?.contains(key) == true, "\(key) in \(b.mode) is bound but not documented") }
        }
        // The keys that had drifted from the help before there was one table.
        #expect(documented[.reader]?.isSuperset(of: [.char("f"), .ctrl("e"), .ctrl("y"), .ctrl("n"), .ctrl("p")]) == true)
        #expect(documented[.list]?.isSuperset(of: [.char("l"), .right]) == true)
        #expect(documented[.notes]?.isSuperset(of: [.char(" "), .pageDown]) == true)
    }

    /// Each binding is what the dispatch finds for its key (no binding shadowed by another), and
    /// fed to a fresh reader in that mode it does what it says: shown here for the movements.
    @Test func everyBindingDispatchesToItsAction() throws {
        for b in Keymap.bindings {
            for key in b.keys {
                #expect(Keymap.action(for: key, in: b.mode) == b.action, "\(key) in \(b.mode)")
            }
        }
        // Pane bindings never hide a global one.
        let global = Set(Keymap.bindings.filter { $0.mode == .global }.flatMap(\.keys))
        for b in Keymap.bindings where [.list, .reader, .notes].contains(b.mode) {
            #expect(global.isDisjoint(with: b.keys), "\(b.keys) in \(b.mode) shadows a global key")
        }
        // Half and whole pages from less and vim, in the reader.
        for (key, expected) in [(Key.char("d"), 1), (.ctrl("d"), 1), (.ctrl("f"), 2), (.char("f"), 2)] {
            var (state, _) = try ReaderFixtures.run("", open: 6003)
            let page = expected == 1 ? state.viewportHeight / 2 : state.viewportHeight - 2
            state.handle(.key(key))
            #expect(state.top == page, "\(key)")
            state.handle(.key(expected == 1 ? .char("u") : .ctrl("b")))
            #expect(state.top == 0, "back up after \(key)")
        }
        var (state, _) = try ReaderFixtures.run("", open: 6003)
        #expect(state.handle(.key(.ctrl("l"))) == .redraw)
    }

    /// The help says what `j` does in the notes: the next note (it once said "previous / next").
    @Test func notesHelpMatchesWhatTheKeysDo() throws {
        var (state, _) = try ReaderFixtures.run("5<Enter>", open: 6003)
        let before = state.noteCursor
        state.handle(.key(.char("j")))
        #expect(state.noteCursor == before + 1)
        let help = KeyHelp.sections.first { $0.title == "Notes" }!.entries
        #expect(help.contains(KeyHelp.Entry(keys: "j ↓", action: "next note")))
        #expect(help.contains(KeyHelp.Entry(keys: "k ↑", action: "previous note")))
    }
}
