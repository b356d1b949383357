extension SearchFolding {
    /// The byte path of `SearchFolding` for a query that folds to ASCII: KMP over the text's
    /// scalars, each folded to one byte (ASCII lower-cased, the quote styles to `'` and `"`, the
    /// Kelvin sign to `k`, as `Character.lowercased()` does, and U+037E and U+1FEF to the `;` and
    /// `` ` `` they are canonically equivalent to; any other scalar to 0, which no query
    /// byte equals), decoded straight from the UTF-8 with no String per character.
    ///
    /// A scalar is a character unless a neighbour joins it into a cluster. So a match is taken as
    /// it is only when the scalar after it cannot extend it (a mark, a joiner, a format character,
    /// an emoji modifier) and the one before it cannot prepend to it; otherwise the whole text goes
    /// to the character path (nil), which decides by grapheme clusters. Away from matches, a
    /// cluster of several scalars folds to 0s and resets the automaton exactly as its one
    /// character would, so the matches are the same.
    struct ASCIIMatcher {
        let needle: [UInt8]
        let failure: [Int]

        /// Byte offsets of every match, or nil when the character path must decide.
        func byteRanges(in text: String) -> [Range<Int>]? {
            var out: [Range<Int>] = []
            let fine = scan(text, stopAtFirst: false) { out.append($0) }
            return fine ? out : nil
        }

        /// The number of matches (at most 1 with `stopAtFirst`), or nil when the character path must decide.
        func count(in text: String, stopAtFirst: Bool = false) -> Int? {
            var n = 0
            let fine = scan(text, stopAtFirst: stopAtFirst) { _ in n += 1 }
            return fine ? n : nil
        }

        /// Walks `text`, calling `found` with each match's byte range; false when a match needs the character path.
        private func scan(_ text: String, stopAtFirst: Bool, _ found: (Range<Int>) -> Void) -> Bool {
            var text = text
            return text.withUTF8 { bytes in scan(bytes, stopAtFirst: stopAtFirst, found) }
        }

        private func scan(_ bytes: UnsafeBufferPointer<UInt8>, stopAtFirst: Bool, _ found: (Range<Int>) -> Void) -> Bool {
            let n = needle.count
            guard n > 0, bytes.count >= n else { return true }
            // The bytes a scalar folding to the query's first byte can start with: its two cases, and
            // the lead bytes of the curly quotes (E2, C2, CA) and the Kelvin sign (E2). With nothing
            // matched so far, every other byte is skipped without decoding (the search's hot loop).
            var first = [Bool](repeating: false, count: 256)
            let f0 = needle[0]
            first[Int(f0)] = true
            if f0 >= 0x61 && f0 <= 0x7A { first[Int(f0 - 0x20)] = true }
            if f0 == 0x27 || f0 == 0x22 || f0 == 0x6B { first[0xE2] = true; first[0xC2] = true; first[0xCA] = true }
            if f0 == 0x3B { first[0xCD] = true }  // U+037E
            if f0 == 0x60 { first[0xE1] = true }  // U+1FEF
            var k = 0
            var i = 0
            let count = bytes.count
            // A pending match waits for the scalar after it, which decides whether it stands.
            var pending: Range<Int>? = nil
            return first.withUnsafeBufferPointer { first in
                while i < count {
                    if k == 0 && pending == nil {
                        while i < count && !first[Int(bytes[i])] { i += 1 }
                        if i == count { break }
                    }
                    let b0 = bytes[i]
                    var v: UInt32
                    if b0 < 0x80 {
                        v = UInt32(b0); i += 1
                    } else if b0 < 0xE0 {
                        v = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[min(i + 1, count - 1)] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[min(i + 1, count - 1)] & 0x3F) << 6)
                            | UInt32(bytes[min(i + 2, count - 1)] & 0x3F); i += 3
                    } else {
                        v = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[min(i + 1, count - 1)] & 0x3F) << 12)
                            | (UInt32(bytes[min(i + 2, count - 1)] & 0x3F) << 6) | UInt32(bytes[min(i + 3, count - 1)] & 0x3F); i += 4
                    }
                    if let p = pending {
                        if !Self.cannotExtend(v) { return false }
                        found(p)
                        pending = nil
                        if stopAtFirst { return true }
                    }
                    let f = Self.foldedByte(v)
                    while k > 0, f != needle[k] { k = failure[k - 1] }
                    if f == needle[k] { k += 1 }
                    if k == n {
                        k = 0
                        // Back n scalars from the end to the match's start (UTF-8 finds scalar starts
                        // by skipping continuation bytes), and one more to the scalar before it: at
                        // most the match's own length again, so the walk stays linear.
                        let start = Self.back(n, from: i, in: bytes)
                        if start > 0 {
                            let before = Self.back(1, from: start, in: bytes)
                            if !Self.cannotPrepend(Self.decode(bytes, at: before)) { return false }
                        }
                        pending = start..<i
                    }
                }
                if let p = pending { found(p) }
                return true
            }
        }

        /// Where the scalar `count` scalars before offset `end` starts.
        @inline(__always)
        static func back(_ count: Int, from end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var j = end
            for _ in 0..<count {
                j -= 1
                while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
            }
            return j
        }

        /// The scalar starting at `at`.
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> UInt32 {
            let b0 = bytes[at]
            let last = bytes.count - 1
            if b0 < 0x80 { return UInt32(b0) }
            if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[min(at + 1, last)] & 0x3F) }
            if b0 < 0xF0 {
                return (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[min(at + 1, last)] & 0x3F) << 6) | UInt32(bytes[min(at + 2, last)] & 0x3F)
            }
            return (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[min(at + 1, last)] & 0x3F) << 12)
                | (UInt32(bytes[min(at + 2, last)] & 0x3F) << 6) | UInt32(bytes[min(at + 3, last)] & 0x3F)
        }

        /// One scalar folded as `SearchFolding.fold` folds the character it alone makes; 0 when that is not ASCII.
        @inline(__always)
        static func foldedByte(_ v: UInt32) -> UInt8 {
            if v < 0x80 {
                return v >= 0x41 && v <= 0x5A ? UInt8(v) | 0x20 : UInt8(v)
            }
            switch v {
            case 0x2019, 0x2018, 0x02BC: return 0x27
            case 0x201C, 0x201D, 0xAB, 0xBB: return 0x22
            case 0x212A: return 0x6B  // KELVIN SIGN lower-cases to k
            // Canonically equivalent to `;` and `` ` ``, which the character path's String
            // comparison (canonical equivalence) matches them with.
            case 0x037E: return 0x3B
            case 0x1FEF: return 0x60
            default: return 0
            }
        }

        /// Whether a scalar after a match surely starts a new cluster: ASCII other than a lone LF
        /// question (CR LF is one cluster, but no ASCII query ends in CR), and any letter, number,
        /// punctuation or space — not a mark, format character (ZWJ), modifier symbol (emoji skin
        /// tones extend), private-use or unassigned scalar.
        static func cannotExtend(_ v: UInt32) -> Bool {
            if v < 0x300 { return true }  // nothing below U+0300 extends a cluster
            guard let s = Unicode.Scalar(v) else { return false }
            switch s.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
                 .decimalNumber, .letterNumber, .otherNumber,
                 .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .spaceSeparator:
                // Hangul vowel and trailing jamo join only Hangul, never the ASCII character or
                // quote a match ends with; excluded all the same, to be sure.
                // Thai and Lao SARA AM are letters that Unicode makes spacing marks, and the halfwidth
                // katakana sound marks modifier letters that extend.
                switch v {
                case 0x1160...0x11FF, 0xD7B0...0xD7FF, 0x0E33, 0x0EB3, 0xFF9E, 0xFF9F: return false
                default: return true
                }
            default:
                return false
            }
        }

        /// Whether a scalar before a match surely ends its own cluster: not a prepended
        /// concatenation mark (format characters, and the few letters Unicode lists as Prepend).
        static func cannotPrepend(_ v: UInt32) -> Bool {
            if v < 0x600 { return true }
            switch v {
            case 0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46: return false
            default: break
            }
            guard let s = Unicode.Scalar(v) else { return false }
            return s.properties.generalCategory != .format
        }
    }
}
