import CIbidSystem
import Foundation
import Testing

/// The crash restore's C state on a pseudo-terminal of our own: what the handlers write and restore,
/// without a crash. (The real crashes are in `TerminalSetupTests`.)
@Suite("the terminal's crash restore state", .serialized)
struct TerminalGuardTests {
    /// A pty pair: the master reads what is written to the slave.
    struct Pty {
        let master: Int32
        let slave: Int32

        init() throws {
            // Glibc does not export the pty calls to Swift (they are behind _XOPEN_SOURCE): look them up.
            typealias Open = @convention(c) (Int32) -> Int32
            typealias Grant = @convention(c) (Int32) -> Int32
            typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
            let handle = try #require(dlopen(nil, RTLD_NOW))
            defer { dlclose(handle) }
            func symbol<T>(_ name: String, as: T.Type) throws -> T { unsafeBitCast(try #require(dlsym(handle, name)), to: T.self) }
            master = try symbol("posix_openpt", as: Open.self)(O_RDWR | O_NOCTTY)
            try #require(master >= 0)
            try #require(try symbol("grantpt", as: Grant.self)(master) == 0)
            try #require(try symbol("unlockpt", as: Grant.self)(master) == 0)
            let name = try #require(try symbol("ptsname", as: Name.self)(master))
            slave = open(String(cString: name), O_RDWR | O_NOCTTY)
            try #require(slave >= 0)
        }

        func close() {
            _ = Glibc.close(slave)
            _ = Glibc.close(master)
        }

        /// What has reached the master so far (non-blocking).
        func drain() -> [UInt8] {
            var out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 200) > 0 else { return out }
                let n = read(master, &buffer, buffer.count)
                guard n > 0 else { return out }
                out += buffer[0..<n]
            }
        }

        func modes() -> termios {
            var t = termios()
            _ = tcgetattr(slave, &t)
            return t
        }
    }

    static func sameModes(_ a: termios, _ b: termios) -> Bool {
        a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag
    }

    @Test func restoreWritesTheBytesAndPutsTheModesBack() throws {
        let pty = try Pty()
        defer { pty.close(); ibid_term_guard_uninstall() }
        let original = pty.modes()
        #expect(ibid_term_save_modes(pty.slave) == 0)
        // No newline: the pty's output processing would turn it into CR LF.
        let bytes = Array("\u{1B}[?1049l\u{1B}[?25h\u{1B}[m".utf8)
        #expect(bytes.withUnsafeBufferPointer { ibid_term_set_restore_bytes($0.baseAddress, $0.count) } == 0)
        var raw = original
        cfmakeraw(&raw)
        #expect(tcsetattr(pty.slave, TCSANOW, &raw) == 0)
        #expect(!Self.sameModes(pty.modes(), original), "raw mode took")
        ibid_term_restore_all(0)
        #expect(pty.drain() == bytes)
        #expect(Self.sameModes(pty.modes(), original))
    }

    @Test func overlongBytesKeepTheirPrefix() throws {
        let pty = try Pty()
        defer { pty.close(); ibid_term_guard_uninstall() }
        var raw = pty.modes()
        cfmakeraw(&raw)  // no output processing, so every byte arrives as written
        #expect(tcsetattr(pty.slave, TCSANOW, &raw) == 0)
        #expect(ibid_term_save_modes(pty.slave) == 0)
        let bytes = (0..<2000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        #expect(bytes.withUnsafeBufferPointer { ibid_term_set_restore_bytes($0.baseAddress, $0.count) } == -1)
        ibid_term_restore_all(0)
        let written = pty.drain()
        #expect(!written.isEmpty && written.count < bytes.count)
        #expect(Array(bytes.prefix(written.count)) == written, "the start, where rmcup is, survives")
    }

    @Test func uninstallForgetsTheState() throws {
        let pty = try Pty()
        defer { pty.close() }
        #expect(ibid_term_save_modes(pty.slave) == 0)
        let bytes = Array("\u{1B}[m".utf8)
        _ = bytes.withUnsafeBufferPointer { ibid_term_set_restore_bytes($0.baseAddress, $0.count) }
        ibid_term_guard_uninstall()
        #expect(ibid_term_restore_modes() == -1, "no saved modes after the session")
        ibid_term_restore_all(0)
        #expect(pty.drain().isEmpty, "no restore bytes after the session")
    }
}
