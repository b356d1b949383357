/// Makes untrusted text safe to send to a terminal.
///
/// Everything the reader shows comes from a dump someone else wrote, and a terminal obeys what it
/// is sent: ESC and the C1 controls start sequences that can retitle the window, clear the
/// screen, write the clipboard (OSC 52) or plant links (OSC 8); bidi overrides reorder what the
/// reader sees so that a note can seem to say something it does not. So such characters are
/// shown, not obeyed: as caret notation (`^[`) like `cat -v` and less, or as `<U+202E>`.
///
/// The output contains no C0, DEL, C1, bidi or interlinear-annotation controls, and is measured
/// like any other text. It is the one sanitiser: the reader, the CLI and the Markdown export all
/// use it, so every human-readable output shows a control the same way.
public enum Sanitizer {
    /// `text` with every control replaced by visible text; the input itself when it has none,
    /// which is almost always, so the common case costs one scan of the UTF-8 bytes.
    public static func visible(_ text: String) -> String {
        var copy = text
        let clean = copy.withUTF8 { firstUnsafeOffset(in: $0) == nil }
        if clean { return copy }
        var result = String()
        result.reserveCapacity(copy.utf8.count + 16)
        for scalar in copy.unicodeScalars {
            if let shown = replacement(for: scalar) {
                result += shown
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `visible` line by line: the line feeds stay (a BibTeX entry copied to the clipboard keeps its
    /// lines), everything else is made visible as `visible` makes it.
    public static func visibleKeepingLines(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return visible(text) }
        // On the bytes, not Characters: "\r\n" is one Character, and its CR must still be shown.
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { visible(String(decoding: $0, as: UTF8.self)) }.joined(separator: "\n")
    }

    /// What `scalar` is shown as, or nil when it is safe to send as itself.
    ///
    /// - TAB and LF become one space: text in the model is already flowed, so a line break or
    ///   tab stop left in it is only a word gap.
    /// - Other C0 controls are `^@` … `^_`, DEL is `^?` (so ESC is `^[`, as less shows it).
    /// - C1 controls (U+0080–009F, where U+009B is a one-character CSI), bidi embeddings,
    ///   overrides, isolates and marks (U+061C, U+200E–200F, U+202A–202E, U+2066–2069) and the
    ///   interlinear annotation controls (U+FFF9–FFFB) are `<U+XXXX>`.
    public static func replacement(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A:
            return " "
        case 0x00...0x1F:
            return "^" + String(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80...0x9F, 0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFFF9...0xFFFB:
            return codePointNotation(v)
        default:
            return nil
        }
    }

    /// `<U+009B>`: uppercase hex, at least four digits, as Unicode writes code points.
    static func codePointNotation(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// Byte offset of the first character `replacement(for:)` would replace, found from the
    /// UTF-8 encoding directly. `bytes` is valid UTF-8 (it comes from a `String`), so a lead
    /// byte's continuation bytes are there; the bounds checks are belt and braces.
    static func firstUnsafeOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return i }   // C0, DEL
                i += 1
                continue
            }
            switch b {
            case 0xC2:  // U+0080–00BF; C1 is C2 80–9F
                if i + 1 < n, bytes[i + 1] <= 0x9F { return i }
            case 0xD8:  // U+0600–063F; ALM U+061C is D8 9C
                if i + 1 < n, bytes[i + 1] == 0x9C { return i }
            case 0xE2:  // U+2000–2FFF
                if i + 2 < n {
                    let b1 = bytes[i + 1]
                    let b2 = bytes[i + 2]
                    if b1 == 0x80, (0x8E...0x8F).contains(b2) || (0xAA...0xAE).contains(b2) { return i }  // LRM RLM, LRE…RLO
                    if b1 == 0x81, (0xA6...0xA9).contains(b2) { return i }                                // LRI…PDI
                }
            case 0xEF:  // U+F000–FFFF; U+FFF9–FFFB is EF BF B9–BB
                if i + 2 < n, bytes[i + 1] == 0xBF, (0xB9...0xBB).contains(bytes[i + 2]) { return i }
            default:
                break
            }
            // Skip the rest of this character: the lead byte says how long it is.
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        }
        return nil
    }
}
