#if canImport(Glibc)
import Glibc
#endif
import IbidDocument

/// Copies text for `y` and `Y`: always by OSC 52, which the terminal (or tmux with
/// `set-clipboard on`, or a terminal at the far end of ssh) turns into a clipboard write; and also
/// through `wl-copy`, `xclip` or `xsel` when one is on the PATH and a display is set, for
/// terminals that ignore OSC 52.
public enum Clipboard {
    /// Past this, OSC 52 is skipped: terminals cap the sequence (xterm near 1 MB of base64, others
    /// far lower), and a sequence they cut off could leave them mid-escape.
    static let osc52Limit = 100_000

    /// The OSC 52 sequence for `text`: ESC ] 52 ; c ; base64 BEL. The text is sanitised again here
    /// (the core already did), so no caller can make it carry an ESC of its own — and base64 could
    /// not carry one to the terminal anyway.
    public static func osc52(_ text: String) -> [UInt8]? {
        let clean = Array(Sanitizer.visibleKeepingLines(text).utf8)
        guard clean.count <= osc52Limit else { return nil }
        return Array("\u{1B}]52;c;".utf8) + Base64.encode(clean) + [0x07]
    }

    /// The clipboard tool to run, if any: `wl-copy` under Wayland, `xclip` or `xsel` under X.
    static func tool() -> [String]? {
        if ChildProcess.environment("WAYLAND_DISPLAY") != nil, ChildProcess.onPath("wl-copy") { return ["wl-copy"] }
        if ChildProcess.environment("DISPLAY") != nil {
            if ChildProcess.onPath("xclip") { return ["xclip", "-selection", "clipboard"] }
            if ChildProcess.onPath("xsel") { return ["xsel", "--clipboard", "--input"] }
        }
        return nil
    }

    /// Copies `text`; returns a notice for the status line when something could not be done.
    /// Call it right after a frame is drawn: ncurses has flushed, so the sequence goes out whole
    /// between two frames and moves no cursor.
    public static func copy(_ text: String) -> String? {
        let clean = Sanitizer.visibleKeepingLines(text)
        var notice: String?
        if let sequence = osc52(clean) {
            writeAll(1, sequence)
        } else {
            notice = "too long for the terminal's clipboard (OSC 52)"
        }
        if let tool = tool() {
            do { try ChildProcess.spawn(tool, input: Array(clean.utf8)) } catch {
                return "copy: could not run \(error)"
            }
        } else if notice != nil {
            notice! += "; no wl-copy, xclip or xsel with a display either: not copied"
        }
        return notice
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }
}
