import CNcursesw
import IbidReader
#if canImport(Glibc)
import Glibc
#endif

/// The terminal while the reader runs: ncursesw set up on /dev/tty (so a dump can come on stdin),
/// torn down on every way out.
public final class TerminalSession {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var painter: ScreenPainter
    private var ended = false

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
        SignalGuard.install(terminal: 1)
        set_escdelay(25)
        guard let tty = fopen("/dev/tty", "r") else { throw .cannotStart("cannot open /dev/tty") }
        input = tty
        output = fdopen(dup(1), "w")
        guard let term = newterm(nil, output, tty) else {
            SignalGuard.uninstall()
            throw .cannotStart("unknown terminal type \(getenv("TERM").map { String(cString: $0) } ?? "(unset)")")
        }
        screen = term
        set_term(term)
        SignalGuard.rememberRestore()
        raw()
        noecho()
        nonl()
        keypad(ibid_stdscr(), true)
        wtimeout(ibid_stdscr(), 100)
        curs_set(0)
        let buttons = ibid_button1_pressed() | ibid_button1_clicked() | ibid_button4_pressed() | ibid_button5_pressed()
        mousemask(mouse ? buttons : 0, nil)
        mouseinterval(0)
        painter = ScreenPainter(palette: Palette.start())
    }

    deinit { end() }

    /// The terminal's size now.
    public var size: (cols: Int, rows: Int) { (Int(ibid_cols()), Int(ibid_lines())) }

    public func draw(_ frame: Screen) { painter.paint(frame) }

    /// Waits up to 100 ms for an event. `.signal` reports INT, TERM, HUP or QUIT; `nil` means nothing came.
    public enum Input {
        case event(Event)
        case signal(Int32)
    }

    public func next() -> Input? {
        let sig = pendingSignal.exchange(0, ordering: .relaxed)
        if sig != 0 { return .signal(sig) }
        var value: wint_t = 0
        let code = wget_wch(ibid_stdscr(), &value)
        if code == ERR {
            let late = pendingSignal.exchange(0, ordering: .relaxed)
            if late != 0 { return .signal(late) }
            // A terminal that went away without a SIGHUP (its emulator killed) must still end the reader.
            if let input, hungUp(fileno(input)) { return .signal(SIGHUP) }
            return nil
        }
        // Ctrl-C is a key in raw mode; it means what SIGINT means.
        if code == OK && value == 3 { return .signal(SIGINT) }
        return KeyDecoder.decode(code: code, value: value, mouse: KeyDecoder.readMouse).map(Input.event)
    }

    private func hungUp(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) >= 0 else { return false }
        return p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Leaves the alternate screen and restores the terminal's modes. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
        if let screen { delscreen(screen) }
        if let input { fclose(input) }
        if let output { fclose(output) }
        if savedModesValid { tcsetattr(terminalFD, TCSANOW, &savedModes) }
        SignalGuard.uninstall()
    }
}
