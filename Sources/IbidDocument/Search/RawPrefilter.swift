import IbidDump

/// Whether a post's raw content bytes could give a hit of a query once recovered: a scan without an
/// index recovers only the chapters this lets through, which for a word in few posts is most of the
/// time a scan takes (recovery runs at about 50 MB/s a core; this several times faster).
///
/// It must never refuse a post whose rows hold a hit, so it matches the query against the raw bytes
/// while allowing for everything recovery does between those bytes and the rows (docs/format.md
/// §10 lists each transformation and the rule that covers it). It is shift-and over the query's
/// folded bytes, with these classes of raw input:
///
/// - an ASCII letter matches only itself, in either case: recovery never turns one letter into
///   another, and case is folded;
/// - any other ASCII byte, and any non-ASCII scalar that is not a letter or digit, may vanish or be
///   one non-letter character (whitespace folds and collapses, NBSP becomes a space, `’` folds to
///   `'`, U+037E is `;` to the matcher);
/// - the Kelvin sign is `k`; any other non-ASCII letter or digit matches nothing, since no ASCII
///   query byte folds like it;
/// - `<` … `>` and `[` … `]` may vanish whole (tags, comments, raw-text elements, shortcodes are
///   dropped and the text either side meets), and what is inside them may reach a row (alt text, a
///   link's address, a caption attribute): the partial matches alive at every `<` or `[` so far are
///   revived at every later non-letter;
/// - `&` starts what may be a character reference, which may decode to one character of any kind
///   (or `fj`, from `&fjlig;`, the one reference whose two scalars are two characters), may end
///   anywhere in the run of letters, digits and `#` after it (the legacy names need no `;`), or may
///   be literal text (the text reader decodes nothing). Recovery decodes once: `&amp;#78;` stays
///   `&#78;`.
///
/// Every rule only adds states, so what it lets through is a superset of the posts whose rows
/// match. Not filtered (nil): queries that do not fold to ASCII, hold a digit, `[`, `]` or a control
/// character (recovery writes citation numbers that may not be in the bytes, and tabs between table
/// cells), or are longer than 63 characters.
public struct RawPrefilter: Sendable {
    /// Per byte, the query positions it matches (bit i: folded query byte i).
    let masks: [UInt64]
    /// The query positions holding a non-letter, which a non-letter of the text may stand for.
    let nonLetters: UInt64
    let length: Int
    /// The bytes a run of unchanged state stops at (empty: the query starts with a non-letter, and
    /// no byte can be skipped).
    let stops: [Bool]

    public init?(_ folding: SearchFolding) {
        guard let ascii = folding.ascii, !ascii.isEmpty, ascii.count <= 63 else { return nil }
        if ascii.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5B || $0 == 0x5D || $0 < 0x20 || $0 == 0x7F }) { return nil }
        var masks = [UInt64](repeating: 0, count: 256)
        var nonLetters: UInt64 = 0
        for (i, b) in ascii.enumerated() {
            masks[Int(b)] |= 1 << UInt64(i)
            if b >= 0x61 && b <= 0x7A { masks[Int(b - 0x20)] |= 1 << UInt64(i) } else { nonLetters |= 1 << UInt64(i) }
        }
        self.masks = masks
        self.nonLetters = nonLetters
        length = ascii.count
        // Where a run of bytes that change nothing ends, for a query starting with a letter: its
        // two cases, the bytes that open or close a span or a quote or start a reference, and the
        // Kelvin sign's lead byte when the query starts with `k`.
        var stops: [Bool] = []
        if nonLetters & 1 == 0 {
            stops = [Bool](repeating: false, count: 256)
            for b in 0..<256 where masks[b] & 1 != 0 { stops[b] = true }
            for b in [0x3C, 0x3E, 0x5B, 0x5D, 0x22, 0x27, 0x26] { stops[b] = true }  // < > [ ] " ' &
            if masks[0x6B] & 1 != 0 { stops[0xE2] = true }
        }
        self.stops = stops
    }

    /// Whether a chapter's post could hold a hit: its own content, or its counterpart's that
    /// completes its notes.
    public func admits(_ post: Post) -> Bool {
        guard let content = post.content else { return false }
        return content.withUnsafeBytes { admits($0) }
    }

    /// Whether `bytes` could hold a hit once recovered.
    public func admits(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        guard n > 0 else { return false }
        let goal: UInt64 = 1 << UInt64(length - 1)
        let nonLetters = self.nonLetters
        let kelvin = masks[0x6B]
        return Self.basicPlane.withUnsafeBufferPointer { plane in masks.withUnsafeBufferPointer { masks in stops.withUnsafeBufferPointer { stops in
            let stops = stops.isEmpty ? nil : stops
            // d: bit i set when the query's first i + 1 bytes can end here.
            var d: UInt64 = 0
            // The states alive at any `<` or `[` so far, and at any non-letter inside one (after an
            // attribute's text, which may reach a row), revived at each later non-letter.
            var beforeSpan: UInt64 = 0
            // Inside `<` … `>` or `[` … `]`, and the quote an attribute value there is open with.
            var inSpan = false
            var quote: UInt8 = 0
            // After `&`: the states after what the reference may decode to (`widened`).
            var reference: UInt64 = 0
            var inReference = false
            var i = 0
            while i < n {
                if d == 0 && beforeSpan == 0 && !inReference, let skip = stops {
                    // Nothing matched and nothing to revive: until a byte that can start a match or
                    // change the filter's state, every byte leaves it as it is (the query starts with
                    // a letter, which no other byte and no non-ASCII scalar but the Kelvin sign can
                    // give). The bytes it stops at are ASCII or a lead byte, so it stops on a scalar.
                    while i < n && !skip[Int(bytes[i])] { i += 1 }
                    if i == n { break }
                }
                let b = bytes[i]
                if b < 0x80 {
                    let isAlnum = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
                    if inReference {
                        if isAlnum || b == 0x23 {
                            // Literal, or the reference ended just before this byte.
                            d = (((d | reference) << 1) | 1) & masks[Int(b)]
                            i += 1
                            if d & goal != 0 { return true }
                            continue
                        }
                        // The run is over: the reference ended here at the latest.
                        d |= reference
                        inReference = false
                    }
                    if isAlnum {
                        d = ((d << 1) | 1) & masks[Int(b)]
                    } else {
                        if b == 0x3C || b == 0x5B {  // `<` `[`
                            inSpan = true
                        } else if inSpan && (b == 0x22 || b == 0x27) {  // `"` `'`
                            quote = quote == 0 ? b : (quote == b ? 0 : quote)
                        } else if (b == 0x3E || b == 0x5D) && quote == 0 {  // `>` `]` outside quotes
                            inSpan = false
                        }
                        // A span may end later than this says (a quote the tokenizer did not take as
                        // one): staying in one longer only keeps more states.
                        if inSpan || b == 0x3E || b == 0x5D { beforeSpan |= d }
                        d |= beforeSpan
                        // Gone, or one non-letter.
                        d |= ((d << 1) | 1) & nonLetters
                        if b == 0x26 {  // `&`
                            reference = widened(d)
                            inReference = true
                        }
                    }
                    if d & goal != 0 { return true }
                    i += 1
                    continue
                }
                if inReference {
                    d |= reference
                    inReference = false
                }
                let (scalar, width) = Self.decode(bytes, at: i)
                let v = scalar?.value ?? 0xFFFD
                let letterOrDigit = v < 0x10000 ? plane[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : Self.isLetterOrDigit(scalar!)
                if v == 0x212A {
                    d = ((d << 1) | 1) & kelvin
                } else if letterOrDigit {
                    // No ASCII query byte folds like it.
                    d = 0
                } else {
                    d |= beforeSpan
                    d |= ((d << 1) | 1) & nonLetters
                }
                if d & goal != 0 { return true }
                i += width
            }
            if inReference { d |= reference }
            return d & goal != 0
        } } }
    }

    /// What a reference may decode to, from states `d`: nothing, any one character, or two — and
    /// of the named references that decode to two scalars, only `&fjlig;` gives two letters (the
    /// others a letter or sign and a combining mark, which makes one character).
    func widened(_ d: UInt64) -> UInt64 {
        let f = ((d << 1) | 1) & masks[0x66]
        return d | (d << 1) | 1 | (((f << 1) | 1) & masks[0x6A])
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x10000 { return basicPlane[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// `isLetterOrDigit` for the Basic Multilingual Plane, one bit a scalar, worked out from the
    /// standard library's properties on first use (a few milliseconds): asking them per scalar
    /// was most of the filter's time on Cyrillic text.
    static let basicPlane: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in 0x80..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            if s.properties.isAlphabetic || s.properties.numericType != nil { bits[v >> 6] |= 1 << UInt64(v & 63) }
        }
        return bits
    }()

    /// The scalar at `i` and its length in bytes; nil (one byte) where the UTF-8 is invalid, which
    /// recovery repairs to U+FFFD.
    @inline(__always)
    static func decode(_ bytes: UnsafeRawBufferPointer, at i: Int) -> (Unicode.Scalar?, Int) {
        let b0 = UInt32(bytes[i])
        let n = bytes.count
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let b = bytes[i + k]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return (nil, 1) }
            return (Unicode.Scalar((b0 & 0x1F) << 6 | c1), 2)
        case 0xE0...0xEF:
            guard let c1 = cont(1), let c2 = cont(2) else { return (nil, 1) }
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            guard v >= 0x800 else { return (nil, 1) }
            return (Unicode.Scalar(v), 3)
        case 0xF0...0xF4:
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return (nil, 1) }
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            guard v >= 0x10000 else { return (nil, 1) }
            return (Unicode.Scalar(v), 4)
        default:
            return (nil, 1)
        }
    }
}
