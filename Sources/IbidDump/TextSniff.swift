/// Tells text from binary by the first block alone, so `ibid list /dev/zero` or a stream of random
/// bytes is refused after 64 KiB instead of being read to the end (which, for a device, never comes).
enum TextSniff {
    /// How much is looked at: one pipe buffer, one read of a device.
    static let block = 1 << 16

    enum Verdict: Equatable {
        /// A NUL byte, which no print_r text dump holds; the offset names it in the message.
        case nul(at: Int)
        /// More than one byte in 32 a control character other than whitespace and ESC (text has almost
        /// none; random bytes have one in ten).
        case controls
    }

    /// nil when the first `block` bytes look like text. Bytes ≥ 0x80 count as text: a dump in
    /// Latin-1 or with broken UTF-8 is still a dump, and its repair is the loader's business.
    static func verdict(_ bytes: UnsafeRawBufferPointer) -> Verdict? {
        let n = min(bytes.count, block)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { return .nul(at: i) }
            if isControl(b) { controls += 1 }
        }
        return controls * 32 > n ? .controls : nil
    }

    /// C0 controls and DEL, except TAB, LF, VT, FF, CR and ESC (which text does carry).
    @inline(__always)
    static func isControl(_ b: UInt8) -> Bool {
        switch b {
        case 0x09...0x0D, 0x1B: false
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }
}
