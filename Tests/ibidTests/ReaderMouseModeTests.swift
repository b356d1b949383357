import Foundation
import Testing

/// How the reader asks a real terminal (tmux) for the mouse: button events only, so the terminal's
/// own selection still works, and not at all with `--no-mouse`. tmux reports the modes a program
/// turned on in its `mouse_*_flag` formats (1000 standard, 1002 button-motion, 1003 any-motion).
@Suite("Reader mouse modes", .serialized)
struct ReaderMouseModeTests {
    @Test func buttonEventsOnlyAndNoneWithNoMouse() throws {
        let t = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003", cols: 100, rows: 30)
        try t.wait("the reader") { ($0.first?.contains("Kazakhstan: Introduction") ?? false) }
        #expect(try t.display("#{mouse_any_flag}") == "1", "clicks and the wheel are asked for")
        #expect(try t.display("#{mouse_all_flag}") == "0", "never all-motion tracking (1003)")
        // Ctrl-L repaints the same screen the headless reader draws.
        try t.send("C-l")
        let expected = try TerminalTests.headless(size: "100x30", open: 6003)
        try t.wait("the same screen after Ctrl-L") { TerminalTests.same($0, expected) }

        let quiet = try Tmux(command: "\(TerminalTests.ibid) \(TerminalTests.sample) --open 6003 --no-mouse", cols: 100, rows: 30)
        try quiet.wait("the reader without the mouse") { ($0.first?.contains("Kazakhstan: Introduction") ?? false) }
        #expect(try quiet.display("#{mouse_any_flag}") == "0", "--no-mouse leaves the mouse to the terminal")
        // The keys still work.
        try quiet.send("q")
        try quiet.wait("the reader gone") { !($0.first?.contains("Kazakhstan: Introduction") ?? false) }
    }
}
