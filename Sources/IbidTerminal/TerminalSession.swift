import CIbidSystem
import CNcursesw
import IbidReader
#if canImport(Glibc)
import Glibc
#endif

/// The terminal while the reader runs: ncursesw set up on /dev/tty (so a dump can come on stdin),
/// torn down on every way out — including a setup step that fails half-way, which undoes the steps
/// before it, and a suspend (Ctrl-Z), which gives the terminal back until the shell continues us.
public final class TerminalSession {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var modesSaved = false
    private var guardInstalled = false
    private var painter = ScreenPainter(palette: Palette(depth: .none))
    private var ended = false
    /// Things that went wrong without ending the reader; said on standard error once the screen is
    /// the shell's again, so they are neither drawn over nor lost.
    private var notes: [String] = []

    public enum Failure: Error, CustomStringConvertible {
        case notATerminal
        case cannotStart(String)

        public var description: String {
            switch self {
            case .notATerminal: "standard output is not a terminal: the reader needs one (try `ibid list`, `ibid export` or `ibid screen`)"
            case .cannotStart(let why): "cannot start the terminal: \(why)"
            }
        }
    }

    /// With `mouse`, the terminal reports button presses and the wheel only (button-event tracking,
    /// mode 1000), never plain motion, so its own selection still works with the usual modifier.
    public init(mouse: Bool = true) throws(Failure) {
        guard isatty(1) == 1 else { throw .notATerminal }
        TerminalLocale.useUTF8()
        do {
            try start(mouse: mouse)
        } catch {
            // Every property has a value by now, so `end` can undo exactly the steps that were taken.
            end()
            throw error
        }
    }

    deinit { end() }

    /// Each step records what it did before the next can fail, so `end` knows what to undo.
    private func start(mouse: Bool) throws(Failure) {
        guard ibid_term_save_modes(1) == 0 else { throw .cannotStart("cannot read the terminal's modes (\(Self.systemError()))") }
        modesSaved = true
        // Before `newterm`, as the notes on this machine found necessary (ncurses then keeps ours).
        guardInstalled = true
        guard ibid_term_guard_install() == 0 else { throw .cannotStart("cannot install the signal handlers (\(Self.systemError()))") }
        set_escdelay(25)
        guard let tty = fopen("/dev/tty", "r") else { throw .cannotStart("cannot open /dev/tty (\(Self.systemError()))") }
        input = tty
        let fd = dup(1)
        guard fd >= 0 else { throw .cannotStart("cannot duplicate standard output (\(Self.systemError()))") }
        guard let out = fdopen(fd, "w") else {
            let why = Self.systemError()
            close(fd)
            throw .cannotStart("cannot open standard output for ncurses (\(why))")
        }
        output = out
        guard let term = newterm(nil, out, tty) else {
            let name = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw .cannotStart("no usable terminfo entry for TERM=\(name)")
        }
        screen = term
        set_term(term)
        if !RestoreBytes.publish() { note("the crash restore for this terminal is incomplete (its reset strings are unusually long)") }
        try Self.check(raw(), "raw")
        try Self.check(noecho(), "noecho")
        try Self.check(nonl(), "nonl")
        try Self.check(keypad(ibid_stdscr(), true), "keypad")
        // wtimeout returns nothing; ask for the delay back. 100 ms lets the loop notice signals.
        wtimeout(ibid_stdscr(), 100)
        guard wgetdelay(ibid_stdscr()) == 100 else { throw .cannotStart("ncurses did not take the 100 ms input timeout") }
        // A terminal without `civis` keeps its cursor: worth saying, not worth refusing to run.
        if curs_set(0) == ERR { note("this terminal (TERM=\(Self.termName)) cannot hide its cursor") }
        try startMouse(mouse)
        painter = ScreenPainter(palette: try Palette.start())
    }

    /// Button presses and the wheel only (never motion), or nothing with `--no-mouse`. No mouse is
    /// fine (keys do everything); a terminal whose entry describes one that ncurses then refuses
    /// what we asked for is a setup failure.
    private func startMouse(_ wanted: Bool) throws(Failure) {
        guard wanted else {
            mousemask(0, nil)
            return
        }
        let buttons = ibid_button1_pressed() | ibid_button1_clicked() | ibid_button4_pressed() | ibid_button5_pressed()
        let granted = mousemask(buttons, nil)
        if granted == 0 && has_mouse() { throw .cannotStart("ncurses would not turn on the mouse") }
        mouseinterval(0)
    }

    /// Records a note once: a failure that repeats on every suspend says so once, not per suspend.
    private func note(_ line: String) {
        if !notes.contains(line) { notes.append(line) }
    }

    private static func check(_ code: Int32, _ call: String) throws(Failure) {
        if code == ERR { throw .cannotStart("\(call)() failed on TERM=\(termName)") }
    }

    private static var termName: String { getenv("TERM").map { String(cString: $0) } ?? "(unset)" }

    static func systemError() -> String { String(cString: strerror(errno)) }

    /// The terminal's size now.
    public var size: (cols: Int, rows: Int) { (Int(ibid_cols()), Int(ibid_lines())) }

    public func draw(_ frame: Screen) { painter.paint(frame) }

    /// What the loop gets from `next`: an event for the reader, a quit signal (INT, TERM, HUP or
    /// QUIT), or `redraw` after a suspend, when the whole frame must be drawn again.
    public enum Input {
        case event(Event)
        case signal(Int32)
        case redraw
    }

    /// Waits up to 100 ms for input; `nil` means nothing came.
    public func next() -> Input? {
        if let pending = pendingSignal() { return pending }
        var value: wint_t = 0
        let code = wget_wch(ibid_stdscr(), &value)
        if code == ERR {
            if let late = pendingSignal() { return late }
            // A terminal that went away without a SIGHUP (its emulator killed) must still end the reader.
            if let input, hungUp(fileno(input)) { return .signal(SIGHUP) }
            return nil
        }
        // Raw mode turns the terminal's job-control keys into characters; they mean their signals.
        if code == OK && value == 3 { return .signal(SIGINT) }
        if code == OK && value == 26 { return suspend() }
        return KeyDecoder.decode(code: code, value: value, mouse: KeyDecoder.readMouse).map(Input.event)
    }

    /// What the handlers recorded: a quit first, then a suspend request (`kill -TSTP`), then a
    /// continue after a stop we did not make ourselves (SIGSTOP cannot be caught): the shell may
    /// have written over the screen and changed the modes meanwhile, so take both back.
    private func pendingSignal() -> Input? {
        let sig = ibid_term_take_quit_signal()
        if sig != 0 { return .signal(sig) }
        if ibid_term_take_suspend_request() != 0 { return suspend() }
        if ibid_term_take_continued() != 0 { return resume() }
        return nil
    }

    /// Suspends as less and vim do: leave curses and the alternate screen, put the shell's modes
    /// back, stop the job; when `fg` continues it, take the terminal again at its size now.
    private func suspend() -> Input {
        if endwin() == ERR {
            ibid_term_restore_all(0)
            note("endwin() failed on suspend; the terminal was put back from the saved modes")
        } else if ibid_term_restore_modes() != 0 {
            note("the terminal's modes could not be put back on suspend (\(Self.systemError()))")
        }
        fflush(output)
        if ibid_term_stop_job() != 0 { note("could not stop the job (\(Self.systemError()))") }
        return resume()
    }

    /// Back from a stop: the refresh restores ncurses' modes and the alternate screen (after our own
    /// suspend ncurses knows it left; after a SIGSTOP it does not, hence `reset_prog_mode`);
    /// clearing first makes it draw every cell, since the shell wrote over the screen meanwhile.
    private func resume() -> Input {
        if reset_prog_mode() == ERR { note("the reader's terminal modes could not be set again after a stop") }
        let before = size
        var window = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0,
           Int(window.ws_row) != before.rows || Int(window.ws_col) != before.cols {
            if resizeterm(Int32(window.ws_row), Int32(window.ws_col)) == ERR { note("resizeterm() failed after a suspend") }
        }
        clearok(ibid_stdscr(), true)
        if wrefresh(ibid_stdscr()) == ERR { note("the screen could not be taken back after a suspend (doupdate failed)") }
        let now = size
        return now == before ? .redraw : .event(.resize(cols: now.cols, rows: now.rows))
    }

    private func hungUp(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) >= 0 else { return false }
        return p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Undoes every step `start` took, in reverse: leaves curses and the alternate screen, frees the
    /// screen, closes the files, puts the saved modes back, gives the signals back. Safe to call
    /// more than once, and on a session whose setup stopped half-way.
    public func end() {
        guard !ended else { return }
        ended = true
        if let screen {
            if endwin() == ERR {
                ibid_term_restore_all(0)
                note("endwin() failed; the terminal was put back from the saved modes")
            }
            delscreen(screen)
            self.screen = nil
        }
        if let input { fclose(input) }
        if let output { fclose(output) }
        input = nil
        output = nil
        if modesSaved, ibid_term_restore_modes() != 0 {
            note("the terminal's modes could not be put back (\(Self.systemError()))")
        }
        if guardInstalled { ibid_term_guard_uninstall() }
        for note in notes { Self.say(note) }
        notes = []
    }

    /// One line on standard error (fd 2: Swift 6 will not touch C's `stderr` global).
    private static func say(_ line: String) {
        let bytes = Array("ibid: \(line)\n".utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }
}
