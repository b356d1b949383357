import CIbidSystem
import CNcursesw
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The signal last received (0: none). Handlers may only store to an atomic; the event loop reads it.
let pendingSignal = Atomic<Int32>(0)

/// Bytes that put the terminal back (leave the alternate screen, show the cursor, reset colours) and
/// the terminal modes from before we started, kept where a crash handler can reach them without
/// allocating: the handler may run in the middle of anything.
nonisolated(unsafe) var restoreBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) var restoreCount = 0
nonisolated(unsafe) var savedModes = termios()
nonisolated(unsafe) var savedModesValid = false
nonisolated(unsafe) var terminalFD: Int32 = 1

enum SignalGuard {
    static let quitting: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    // SIGBUS belongs to the mapped-file guard (CIbidSystem), which calls the crash handler as its
    // fatal hook for a SIGBUS no guarded mapping explains; taking it here would turn a dump cut
    // while the reader runs back into a crash.
    static let crashing: [Int32] = [SIGSEGV, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Installed before `newterm`, as the notes on this machine found necessary.
    static func install(terminal fd: Int32) {
        terminalFD = fd
        if tcgetattr(fd, &savedModes) == 0 { savedModesValid = true }
        for sig in quitting { set(sig, handler: { sig in pendingSignal.store(sig, ordering: .relaxed) }) }
        for sig in crashing { set(sig, handler: crashHandler) }
        if ibid_mapguard_install() == 0 { ibid_mapguard_set_fatal_hook(crashHandler) } else { set(SIGBUS, handler: crashHandler) }
        signal(SIGPIPE, SIG_IGN)
    }

    /// Records what puts the terminal back, from the terminfo entry ncurses loaded.
    static func rememberRestore() {
        var bytes: [UInt8] = []
        for cap in ["rmcup", "cnorm", "sgr0", "rmkx"] {
            if let s = tigetstr(cap), Int(bitPattern: s) > 0 { bytes.append(contentsOf: Array(String(cString: s).utf8)) }
        }
        // Mouse reporting off, in case the terminal's entry does not say how.
        bytes.append(contentsOf: Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8))
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        restoreBytes = buffer
        restoreCount = bytes.count
    }

    static func uninstall() {
        for sig in quitting + crashing { signal(sig, SIG_DFL) }
        ibid_mapguard_set_fatal_hook(nil)
    }

    private static func set(_ sig: Int32, handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(sig, &action, nil)
    }
}

/// A crash in our own code: put the terminal back with async-signal-safe calls only, then die of the
/// same signal so the exit status and any core dump are honest.
private func crashHandler(_ sig: Int32) {
    if let bytes = restoreBytes { _ = write(terminalFD, bytes, restoreCount) }
    if savedModesValid { tcsetattr(terminalFD, TCSANOW, &savedModes) }
    signal(sig, SIG_DFL)
    raise(sig)
}
