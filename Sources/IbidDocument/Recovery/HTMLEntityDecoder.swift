/// Decodes HTML character references in text and attribute values: named (`&amp;`, `&rsquo;`, all
/// 2,125 names of the HTML standard's list), decimal (`&#8217;`) and hexadecimal (`&#x2019;`).
/// Anything else is left as written.
///
/// Named references follow the standard's tokenizer ("named character reference state"):
/// - With `;`, the whole run of letters and digits after `&` must be a name (`&ampx;` is no `&amp;`).
/// - Without it, only the 106 legacy names decode (`&amp`, `&copy`, `&eacute`, …), taking the longest
///   one the run starts with: `&notit;` is `¬it;`, as browsers show it.
/// - In an attribute value, a legacy name followed by `=` or a letter or digit stays as written, so
///   `href="?a=1&copy=2"` keeps its query.
///
/// Numeric references may omit the `;`. As in HTML, `&#0;`, surrogates and values past U+10FFFF
/// become U+FFFD, and 0x80–0x9F are read as Windows-1252 (`&#146;` is `’`), which Word-pasted posts use.
enum HTMLEntityDecoder {
    /// Appends `c[range]`, references decoded, to `out`; `inAttribute` for an attribute's value.
    static func decode(_ c: [Unicode.Scalar], _ range: Range<Int>, inAttribute: Bool = false,
                       into out: inout [Unicode.Scalar]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = c[i]
            if s != "&" {
                out.append(s)
                i += 1
                continue
            }
            if let (decoded, next) = reference(c, at: i, end: end, inAttribute: inAttribute) {
                out.append(contentsOf: decoded)
                i = next
            } else {
                out.append(s)
                i += 1
            }
        }
    }

    /// A string with its references decoded.
    static func decode(_ c: [Unicode.Scalar], _ range: Range<Int>, inAttribute: Bool = false) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(range.count)
        decode(c, range, inAttribute: inAttribute, into: &out)
        return Scalars.string(out)
    }

    static func decode(_ s: String, inAttribute: Bool = false) -> String {
        let c = Array(s.unicodeScalars)
        return decode(c, 0..<c.count, inAttribute: inAttribute)
    }

    /// The reference starting with the `&` at `i`: its scalars and the index just past it.
    private static func reference(_ c: [Unicode.Scalar], at i: Int, end: Int, inAttribute: Bool) -> ([Unicode.Scalar], Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if c[j] == "#" {
            j += 1
            var hex = false
            if j < end, c[j] == "x" || c[j] == "X" { hex = true; j += 1 }
            var value: UInt32 = 0
            var digits = 0
            while j < end, let d = digit(c[j], hex: hex) {
                // Keep consuming digits but stop growing: anything past U+10FFFF is replaced anyway.
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + d }
                digits += 1
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < end, c[j] == ";" { j += 1 }
            return ([scalar(forCode: value)], j)
        }
        let nameStart = j
        // No name is longer than `longestName`, so the run is read no further: each `&` costs O(1).
        while j < end, j - nameStart < HTMLNamedReference.longestName, isAlphanumeric(c[j]) { j += 1 }
        guard j > nameStart else { return nil }
        if j < end, c[j] == ";", let reference = named(c[nameStart..<j]) {
            return (reference.scalars, j + 1)
        }
        // The longest legacy name the run starts with; in an attribute, not when `=` or a letter or
        // digit follows it (the standard's "historical reasons": query strings such as `&copy=2`).
        var k = min(j, nameStart + HTMLNamedReference.longestLegacyName)
        while k > nameStart {
            if let reference = named(c[nameStart..<k]), reference.legacy {
                if inAttribute, k < end, c[k] == "=" || isAlphanumeric(c[k]) { return nil }
                return (reference.scalars, k)
            }
            k -= 1
        }
        return nil
    }

    private static func named(_ name: ArraySlice<Unicode.Scalar>) -> HTMLNamedReference? {
        HTMLNamedReference.byName[Scalars.string(name)]
    }

    @inline(__always)
    private static func digit(_ s: Unicode.Scalar, hex: Bool) -> UInt32? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard hex else { return nil }
        if v >= 0x61 && v <= 0x66 { return v - 0x61 + 10 }
        if v >= 0x41 && v <= 0x46 { return v - 0x41 + 10 }
        return nil
    }

    @inline(__always)
    private static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// What a numeric reference stands for, with HTML's replacements.
    static func scalar(forCode value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = windows1252[value] { return mapped }
        if value == 0 || value > 0x10FFFF { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
        0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
        0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]
}
