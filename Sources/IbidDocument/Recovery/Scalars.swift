/// Character classes on Unicode scalars, with fast paths for ASCII and Cyrillic: recovery asks
/// them at every candidate break of every chapter, and the generic property lookup is slow.
enum Scalars {
    static let nbsp: Unicode.Scalar = "\u{A0}"

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0xC0 || (v >= 0x2000 && v < 0x2C00) { return false }
        if v >= 0x0410 && v <= 0x042F { return true }
        if v >= 0x0400 && v <= 0x040F { return true }
        if v >= 0x0430 && v <= 0x045F { return false }
        if v >= 0x0460 && v <= 0x04FF { return v & 1 == 0 && v != 0x04CF && !(v >= 0x0482 && v <= 0x0489) }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0xC0 || (v >= 0x2000 && v < 0x2C00) { return false }
        if v >= 0x0430 && v <= 0x045F { return true }
        if v >= 0x0400 && v <= 0x042F { return false }
        if v >= 0x0460 && v <= 0x04FF { return v & 1 == 1 && !(v >= 0x0482 && v <= 0x0489) }
        return s.properties.isLowercase
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x0400 && v <= 0x04FF { return !(v >= 0x0482 && v <= 0x0489) }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Space, tab, newline, no-break space and the other Unicode spaces.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 { return true }
        if v < 0x1680 { return v == 0x0B || v == 0x0C || v == 0x85 }
        // The rest of Unicode's White_Space: ogham, the typographic spaces, separators, ideographic.
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// Characters that may end a sentence or a clause that stands on its own before a break.
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", ":", ";", "”", "’", "\"", "'", ")", "]", "…", "»": true
        default: false
        }
    }

    static func trim(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, isSpace(scalars[lo]) { lo += 1 }
        while hi > lo, isSpace(scalars[hi - 1]) { hi -= 1 }
        return scalars[lo..<hi]
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 2)
        for s in scalars { appendUTF8(s, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Encodes by hand: building strings scalar by scalar through `UnicodeScalarView` showed in profiles.
    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Folds runs of whitespace (no-break spaces included) to one space, and trims.
    static func normalizedSpace<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 2)
        var pendingSpace = false
        for s in scalars {
            if isSpace(s) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            appendUTF8(s, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
