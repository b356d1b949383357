import CNcursesw
import CIbidSystem

/// The bytes that give the screen back after a crash, from the terminfo entry ncurses loaded. They
/// are handed to C static storage (`ibid_term_set_restore_bytes`), where the crash handler can write
/// them without touching Swift.
enum RestoreBytes {
    /// Most important first: the C copy keeps the longest prefix that fits.
    static let capabilities = ["rmcup", "cnorm", "sgr0", "rmkx"]
    /// Mouse reporting off, in case the terminal's entry does not say how.
    static let mouseOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l"

    static func current() -> [UInt8] {
        var bytes: [UInt8] = []
        for cap in capabilities {
            // tigetstr answers -1 for a name that is not a string capability and NULL for one the entry lacks.
            if let s = tigetstr(cap), Int(bitPattern: s) > 0 { bytes.append(contentsOf: Array(String(cString: s).utf8)) }
        }
        bytes.append(contentsOf: Array(mouseOff.utf8))
        return bytes
    }

    /// Publishes the current bytes to the crash handler. False when they did not all fit.
    static func publish() -> Bool {
        let bytes = current()
        return bytes.withUnsafeBufferPointer { ibid_term_set_restore_bytes($0.baseAddress, $0.count) } == 0
    }
}
