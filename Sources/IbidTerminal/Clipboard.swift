#if canImport(Glibc)
import Glibc
#endif

/// Puts text on the clipboard through the terminal: OSC 52 (`ESC ] 52 ; c ; base64 BEL`), which
/// xterm, kitty, iTerm2, WezTerm and tmux (with `set-clipboard on`) obey, locally or over ssh. The
/// text travels base64-encoded, so nothing in it can act as a control sequence.
enum Clipboard {
    static func sequence(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
    }

    static func send(_ text: String) {
        let bytes = sequence(text)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int((n >> UInt32(shift)) & 63)]) }
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            let n = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
            out.append(alphabet[Int((n >> 18) & 63)])
            out.append(alphabet[Int((n >> 12) & 63)])
            out.append(rest == 2 ? alphabet[Int((n >> 6) & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return out
    }
}
