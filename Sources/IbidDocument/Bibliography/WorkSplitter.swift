/// Splits a note's text into the pieces that each cite at most one work (docs/format.md,
/// "Citations: one work per piece").
///
/// A work ends with its URL, so a piece ends after a URL; `;` ends a piece when the next one starts
/// with a capital, a digit or a quote (`…Covid-19; sudden banning…` is one title); and a sentence
/// that ends on a year ends a URL-less work (`…Yale University Press, 2017. A summary…`). A URL
/// ends at a space, at `;` before a capital (`….html;Asim Kashgarian`), or where a work was run into
/// it: `….htmlIPHR, Kazakhstan…` (a file extension followed by a capital) and
/// `…#sub_id=100CPJ, Kazakhstan adopts…` (digits then capitals then a comma: the capitals are the
/// next work's author).
enum WorkSplitter {
    struct Piece: Equatable {
        /// The text before the URL.
        var head: String
        var url: String?
    }

    typealias Scalar = Unicode.Scalar

    /// Works on Unicode scalars, not Characters: every test here is of ASCII punctuation, digits
    /// and letters (or a capital after `;`), and grapheme breaking per character cost the command
    /// three times what loading the dump did.
    static func pieces(_ text: String) -> [Piece] {
        let chars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var head: [Scalar] = []
        var i = 0
        func finish(url: String?) {
            let h = string(head).trimmingSpaces
            if !h.isEmpty || url != nil { pieces.append(Piece(head: h, url: url)) }
            head = []
        }
        while i < chars.count {
            if startsURL(chars, at: i) {
                let (url, end, carried) = scanURL(chars, from: i)
                finish(url: url)
                head = carried
                i = end
                continue
            }
            let c = chars[i]
            if c == ";" && startsPiece(chars, after: i + 1) {
                finish(url: nil)
                i += 1
                continue
            }
            if c == "." && endsOnYear(head) && startsSentence(chars, after: i + 1) {
                finish(url: nil)
                i += 1
                continue
            }
            head.append(c)
            i += 1
        }
        finish(url: nil)
        return pieces
    }

    static func string(_ scalars: some Sequence<Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    static func isASCIIUpper(_ c: Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }
    static func isASCIIDigit(_ c: Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func asciiLower(_ c: Scalar) -> UInt32 { isASCIIUpper(c) ? c.value | 0x20 : c.value }
    static func isSpace(_ c: Scalar) -> Bool { c == " " || c == "\u{A0}" || c == "\n" || c == "\t" }

    static let prefixes: [[UInt32]] = ["https://", "http://"].map { $0.unicodeScalars.map(\.value) }

    static func startsURL(_ chars: [Scalar], at i: Int) -> Bool {
        guard chars[i] == "h" || chars[i] == "H" else { return false }
        return prefixes.contains { p in
            i + p.count <= chars.count && (0..<p.count).allSatisfy { asciiLower(chars[i + $0]) == p[$0] }
        }
    }

    static let extensions: [[UInt32]] = [".html", ".htm", ".pdf", ".stm", ".php", ".aspx"].map { $0.unicodeScalars.map(\.value) }

    /// The URL starting at `start`, where scanning resumes, and text cut from the URL's end that
    /// belongs to the next piece.
    static func scanURL(_ chars: [Scalar], from start: Int) -> (String, Int, [Scalar]) {
        var end = start
        while end < chars.count {
            let c = chars[end]
            if isSpace(c) { break }
            if c == ";" && startsPiece(chars, after: end + 1) { break }
            if isASCIIUpper(c), endsInExtension(chars, at: end, from: start) { break }
            end += 1
        }
        var url = Array(chars[start..<end])
        // Trailing punctuation belongs to the sentence, and a `)` only to the URL when it closes one.
        let opens = url.count { $0 == "(" }
        var closes = url.count { $0 == ")" }
        while let last = url.last, last == "." || last == "," || last == ";" || last == ":" || (last == ")" && opens < closes) {
            if last == ")" { closes -= 1 }
            url.removeLast()
        }
        var carried: [Scalar] = []
        // Scanning resumes after the URL proper: stripped punctuation goes back to the text.
        let resume = start + url.count
        // `…=100CPJ, Kazakhstan …`: capitals after digits, then a comma, are the next work's author.
        if resume < chars.count, chars[resume] == "," {
            var k = url.count
            while k > 0, isASCIIUpper(url[k - 1]) { k -= 1 }
            if url.count - k >= 2, k > 0, isASCIIDigit(url[k - 1]) {
                carried = Array(url[k...])
                url.removeLast(url.count - k)
            }
        }
        return (string(url), resume, carried)
    }

    /// Whether a URL's characters just before `i` end in a file extension (so a capital at `i`
    /// starts the next work).
    static func endsInExtension(_ chars: [Scalar], at i: Int, from start: Int) -> Bool {
        extensions.contains { ext in
            i - ext.count > start && (0..<ext.count).allSatisfy { asciiLower(chars[i - ext.count + $0]) == ext[$0] }
        }
    }

    /// After `;`: spaces, then a capital, a digit or an opening quote.
    static func startsPiece(_ chars: [Scalar], after i: Int) -> Bool {
        var j = i
        while j < chars.count, chars[j] == " " || chars[j] == "\u{A0}" { j += 1 }
        guard j < chars.count else { return false }
        let c = chars[j]
        return isASCIIDigit(c) || c == "“" || c == "\"" || c == "‘" || c.properties.isUppercase
    }

    /// After `.`: a space, then a capital.
    static func startsSentence(_ chars: [Scalar], after i: Int) -> Bool {
        guard i + 1 < chars.count, chars[i] == " " else { return false }
        return chars[i + 1].properties.isUppercase
    }

    static func endsOnYear(_ head: [Scalar]) -> Bool {
        guard head.count >= 5 else { return false }
        let tail = head.suffix(5)
        return tail.first == " " && tail.dropFirst().allSatisfy(isASCIIDigit)
    }
}
