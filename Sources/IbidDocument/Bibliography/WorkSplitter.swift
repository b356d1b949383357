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

    static func pieces(_ text: String) -> [Piece] {
        let chars = Array(text)
        var pieces: [Piece] = []
        var head: [Character] = []
        var i = 0
        func finish(url: String?) {
            let h = String(head).trimmingSpaces
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

    static func startsURL(_ chars: [Character], at i: Int) -> Bool {
        guard chars[i] == "h" || chars[i] == "H" else { return false }
        for prefix in ["https://", "http://"] {
            let p = Array(prefix)
            if i + p.count <= chars.count && zip(chars[i..<(i + p.count)], p).allSatisfy({ $0.lowercased() == String($1) }) {
                return true
            }
        }
        return false
    }

    static let extensions: [String] = [".html", ".htm", ".pdf", ".stm", ".php", ".aspx"]

    /// The URL starting at `start`, where scanning resumes, and text cut from the URL's end that
    /// belongs to the next piece.
    static func scanURL(_ chars: [Character], from start: Int) -> (String, Int, [Character]) {
        var end = start
        while end < chars.count {
            let c = chars[end]
            if c == " " || c == "\u{A0}" || c == "\n" || c == "\t" { break }
            if c == ";" && startsPiece(chars, after: end + 1) { break }
            if c.isUppercase, endsInExtension(chars, at: end, from: start) { break }
            end += 1
        }
        var url = Array(chars[start..<end])
        // Trailing punctuation belongs to the sentence, and a `)` only to the URL when it closes one.
        let opens = url.count { $0 == "(" }
        var closes = url.count { $0 == ")" }
        while let last = url.last, ".,;:".contains(last) || (last == ")" && opens < closes) {
            if last == ")" { closes -= 1 }
            url.removeLast()
        }
        var carried: [Character] = []
        // Scanning resumes after the URL proper: stripped punctuation goes back to the text.
        let resume = start + url.count
        // `…=100CPJ, Kazakhstan …`: capitals after digits, then a comma, are the next work's author.
        let afterURL = start + url.count
        if afterURL < chars.count, chars[afterURL] == "," {
            var k = url.count
            while k > 0, url[k - 1].isUppercase, url[k - 1].isASCII { k -= 1 }
            if url.count - k >= 2, k > 0, url[k - 1].isNumber {
                carried = Array(url[k...])
                url.removeLast(url.count - k)
            }
        }
        return (String(url), resume, carried)
    }

    /// Whether a URL's characters just before `i` end in a file extension (so a capital at `i`
    /// starts the next work).
    static func endsInExtension(_ chars: [Character], at i: Int, from start: Int) -> Bool {
        extensions.contains { ext in
            i - ext.count > start && String(chars[(i - ext.count)..<i]).lowercased() == ext
        }
    }

    /// After `;`: spaces, then a capital, a digit or an opening quote.
    static func startsPiece(_ chars: [Character], after i: Int) -> Bool {
        var j = i
        while j < chars.count, chars[j] == " " || chars[j] == "\u{A0}" { j += 1 }
        guard j < chars.count else { return false }
        let c = chars[j]
        return c.isUppercase || c.isNumber || c == "“" || c == "\"" || c == "‘"
    }

    /// After `.`: a space, then a capital.
    static func startsSentence(_ chars: [Character], after i: Int) -> Bool {
        guard i + 1 < chars.count, chars[i] == " " else { return false }
        return chars[i + 1].isUppercase
    }

    static func endsOnYear(_ head: [Character]) -> Bool {
        guard head.count >= 5 else { return false }
        let tail = head.suffix(5)
        return tail.first == " " && tail.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
