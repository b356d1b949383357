import IbidDump

/// The sentence a citation marker belongs to, for the reviewer's sheet and the mark's fingerprint.
///
/// Rules (docs/format.md, "Citing sentences"): a sentence ends at `.`, `!`, `?` or `…` (closing
/// quotes and brackets may follow) before white space and a capital letter, a digit or an opening
/// quote; a single letter (`J. Smith`) or a common abbreviation (`Dr.`, `e.g.`, `No.`) before the
/// full stop does not end one. A marker right after the sentence's full stop (`…the law.[12] Next`)
/// belongs to the sentence before it, as footnote markers do. Other markers are left out and
/// white space is collapsed, so the sentence reads as prose.
public enum CitingSentence {
    /// The longest sentence given whole; a longer run (text with no full stop) is cut around the
    /// marker, so a paragraph of thousands of markers costs linear time and memory, not quadratic.
    public static let maximumLength = 400

    /// The sentence of `inlines` around the citation at `index` (an index into `inlines`).
    public static func sentence(in inlines: [Inline], at index: Int) -> String {
        sentences(in: inlines)[index] ?? ""
    }

    /// The sentence around every citation of `inlines`, by the citation's index in `inlines`; one
    /// pass over the text's scalars (Characters would cost grapheme breaking on every one, and
    /// this runs for every citation of a chapter), then a binary search per marker.
    public static func sentences(in inlines: [Inline]) -> [Int: String] {
        // One collapsed run of scalars, each marker's place in it kept, and the same as UTF-8 with
        // each scalar's offset (a sentence is then one slice of bytes, not scalars appended one by one).
        // (No nested function appends here: captured arrays pay a dynamic exclusivity check per call.)
        guard inlines.contains(where: { if case .citation = $0 { true } else { false } }) else { return [:] }
        var chars: [Unicode.Scalar] = []
        var utf8: [UInt8] = []
        var offsets: [Int] = []
        var markers: [(index: Int, at: Int)] = []
        var space = false
        for (i, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text), .link(let text):
                for c in text.unicodeScalars {
                    if isSpace(c) { space = true; continue }
                    if space, !chars.isEmpty {
                        chars.append(" ")
                        offsets.append(utf8.count)
                        utf8.append(0x20)
                    }
                    space = false
                    chars.append(c)
                    offsets.append(utf8.count)
                    let v = c.value
                    if v < 0x80 {
                        utf8.append(UInt8(v))
                    } else {
                        utf8.append(contentsOf: String(c).utf8)
                    }
                }
            case .citation:
                // White space before the marker does not count: `law. [12]` still cites `…law.`
                markers.append((i, chars.count))
            }
        }
        offsets.append(utf8.count)
        let starts = sentenceStarts(chars)
        var out: [Int: String] = [:]
        for (index, at) in markers {
            // The last start at or before the marker, and the first after it.
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= at { low = mid + 1 } else { high = mid }
            }
            var start = low > 0 ? starts[low - 1] : 0
            var end = low < starts.count ? starts[low] : chars.count
            var cutBefore = false, cutAfter = false
            if end - start > maximumLength {
                let half = maximumLength / 2
                if at - start > half { start = at - half; cutBefore = true }
                if end - at > maximumLength - (at - start) { end = min(end, at + maximumLength - (at - start)); cutAfter = true }
            }
            while start < end, chars[start] == " " { start += 1 }
            while end > start, chars[end - 1] == " " { end -= 1 }
            var text = String(decoding: utf8[offsets[start]..<offsets[end]], as: UTF8.self)
            if cutBefore { text = "…" + text }
            if cutAfter { text += "…" }
            out[index] = text
        }
        return out
    }

    /// Where each sentence after the first begins.
    static func sentenceStarts(_ chars: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        var i = 0
        while i < chars.count {
            guard isTerminator(chars[i]) else { i += 1; continue }
            let stop = i
            var j = i + 1
            while j < chars.count, isCloser(chars[j]) || isTerminator(chars[j]) { j += 1 }
            guard j < chars.count, chars[j] == " " else { i = j; continue }
            let next = j + 1
            if next < chars.count, opensSentence(chars[next]), !isAbbreviation(chars, before: stop, next: chars[next]) {
                starts.append(next)
            }
            i = next
        }
        return starts
    }

    /// Unicode's White_Space, spelt out: asking the property tables for every `’` and `—` was
    /// the largest cost left.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c { case ".", "!", "?", "…": true; default: false }
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c { case "\"", "'", "”", "’", "»", ")", "]": true; default: false }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c { case "\"", "'", "“", "‘", "«", "(", "[": true; default: false }
    }

    /// Words whose full stop is not a sentence's end, lower-cased, without their last full stop.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "e.g", "i.e", "al", "op", "cit",
        "ed", "eds", "inc", "ltd", "co", "jr", "sr", "gen", "col", "lt", "rev",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
    ]
    /// Abbreviations only before a number (`No. 5`, `p. 12`): `…said no. Then` ends a sentence.
    static let numberAbbreviations: Set<String> = ["no", "nos", "p", "pp", "vol", "art", "para", "ch", "fig"]

    static func opensSentence(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || isOpener(c) }
        return c.properties.isUppercase || c.properties.numericType != nil || isOpener(c)
    }

    static func isNumber(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c >= "0" && c <= "9") : c.properties.numericType != nil
    }

    /// Whether the full stop at `stop` closes an initial or an abbreviation rather than a sentence.
    static func isAbbreviation(_ chars: [Unicode.Scalar], before stop: Int, next: Unicode.Scalar) -> Bool {
        guard chars[stop] == "." else { return false }
        var k = stop
        while k > 0, chars[k - 1] != " " { k -= 1 }
        while k < stop, isOpener(chars[k]) { k += 1 }
        // Initials: `J.`, `A.G.`, `U.S.` — single letters between full stops.
        var letters = 0, initials = true
        for i in k..<stop {
            if chars[i] == "." { initials = initials && letters == 1; letters = 0 } else { letters += chars[i].properties.isAlphabetic ? 1 : 2 }
        }
        if k < stop, initials, letters == 1 { return true }
        guard stop - k <= 8 else { return false }
        // Lower-cased by hand: the words listed are ASCII, and String.lowercased() is costly cold.
        var word = ""
        for c in chars[k..<stop] {
            guard c.isASCII else { return false }
            word.unicodeScalars.append(c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32)! : c)
        }
        if numberAbbreviations.contains(word) { return isNumber(next) }
        return abbreviations.contains(word)
    }

    /// Runs of white space (new lines and no-break spaces too) as one space, none at either end.
    public static func collapsed(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if isSpace(c) { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(c)
        }
        return String(out)
    }
}
