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

    @Option(help: ArgumentHelp("The terminal size, COLSxROWS, each 1…10000.", valueName: "COLSxROWS"))
    var size = TerminalSize.standard

    @Option(help: "The keys to apply, in vim notation.")
    var keys: String = ""

    @Option(help: "Start in this chapter (its ID, as `ibid list` shows; `N:ID` when several files hold the ID).")
    var open: String?

    @Flag(help: "Mark each row's right edge with `|`.")
    var edge = false

    @OptionGroup var state: StateOptions

    func validate() throws {
        do { _ = try KeyNotation.parse(keys) } catch { throw ValidationError("--keys: \(error)") }
    }

    func run() throws {
        let library = try dump.loadLibrary()
        let chapter = try open.map { try library.requireChapter($0).id }
        // The terminal shows note counts once its background warm-up is done; headless, do it first.
        library.warmUp()
        var reader = ReaderState(library: library, cols: size.cols, rows: size.rows, open: chapter)
        // Review state exactly as `ibid read` keeps it: loaded first, each key's marks committed
        // before its frame, places saved at the end.
        let opened = state.openForReader()
        let review = ReviewSession(store: opened.store)
        review.begin(&reader, resume: chapter == nil, problem: opened.problem)
        reader.handle(.warmedUp)
        var frame = Renderer.render(reader)
        for event in try KeyNotation.parse(keys) {
            // Copy and open (`y`, `Y`, `o`) are carried out by the terminal alone: headless, the
            // status line says what would be copied or opened and nothing runs.
            let effect = reader.handle(event)
            review.commit(&reader)
            if effect == .quit { break }
            // What the terminal does in idle turns between keys, done at once: the frame after a
            // key shows the library search finished, so the output does not depend on timing.
            while reader.hasBackgroundWork { reader.handle(.idle) }
            frame = Renderer.render(reader)
        }
        review.finish(&reader)
        Output.write(Array(((edge ? frame.lines(edge: true).joined(separator: "\n") : frame.text) + "\n").utf8))
    }
}
