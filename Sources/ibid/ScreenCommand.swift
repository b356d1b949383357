import ArgumentParser
import IbidDocument
import IbidReader

/// `ibid screen`: the reader without a terminal. The same state and renderer as the TUI, fed the
/// keys given, printing the last frame — for tests, docs and scripts.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Run the reader headless: apply KEYS and print the final screen as text.",
        discussion: """
            KEYS use vim notation: plain characters as typed; <Enter> <Tab> <S-Tab> <Esc> <BS> <Space> \
            <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End>, <C-x> for Control-x, <lt> for <, \
            and <Resize:COLSxROWS>. A frame is rendered after every key, as in the terminal.
            """
    )

    @OptionGroup var dump: DumpOptions

    @Option(help: ArgumentHelp("The terminal size, COLSxROWS.", valueName: "COLSxROWS"))
    var size: String = "120x40"

    @Option(help: "The keys to apply, in vim notation.")
    var keys: String = ""

    @Option(help: "Start in this chapter (its ID, as `ibid list` shows).")
    var open: Int?

    @Flag(help: "Mark each row's right edge with `|`.")
    var edge = false

    func validate() throws {
        guard Self.parseSize(size) != nil else { throw ValidationError("--size must be COLSxROWS, e.g. 120x40 (1…10000 each).") }
        do { _ = try KeyNotation.parse(keys) } catch { throw ValidationError("--keys: \(error)") }
    }

    static func parseSize(_ text: String) -> (cols: Int, rows: Int)? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), (1...10000).contains(c), (1...10000).contains(r) else { return nil }
        return (c, r)
    }

    func run() throws {
        let library = try dump.loadLibrary()
        if let open { _ = try library.requireChapter(open) }
        // The terminal shows note counts once its background warm-up is done; headless, do it first.
        library.warmUp()
        let (cols, rows) = Self.parseSize(size)!
        var state = ReaderState(library: library, cols: cols, rows: rows, open: open)
        state.handle(.warmedUp)
        var frame = Renderer.render(state)
        for event in try KeyNotation.parse(keys) {
            if state.handle(event) == .quit { break }
            frame = Renderer.render(state)
        }
        Output.write(Array(((edge ? frame.lines(edge: true).joined(separator: "\n") : frame.text) + "\n").utf8))
    }
}
