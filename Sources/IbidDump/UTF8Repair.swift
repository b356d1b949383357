/// Helpers for text that arrives as untrusted bytes.
enum UTF8Repair {
    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minNext: UInt8 = 0x80, maxNext: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minNext = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maxNext = 0x9F
            case 0xF0: length = 4; minNext = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maxNext = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = bytes[i + 1]
            guard second >= minNext && second <= maxNext else { return i }
            for k in 2..<max(length, 2) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    static func foldCRLF(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR && scalar != "\n" { out.unicodeScalars.append("\r") }
            pendingCR = scalar == "\r"
            if !pendingCR { out.unicodeScalars.append(scalar) }
        }
        if pendingCR { out.unicodeScalars.append("\r") }
        return out
    }
}
