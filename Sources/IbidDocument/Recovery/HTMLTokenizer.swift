/// A start tag: name lower-cased, attribute names lower-cased, values with references decoded.
struct HTMLTag {
    let name: String
    let attributes: [(name: String, value: String)]
    let selfClosing: Bool

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

enum HTMLToken {
    /// Character data, references not yet decoded.
    case text(Range<Int>)
    case start(HTMLTag)
    case end(String)
}

/// Splits untrusted HTML into text, start tags and end tags, the way a browser's tokenizer would
/// where it matters and more simply where it does not. Every step moves forward, so malformed input
/// (an unclosed comment, a tag cut off at the end) ends the scan instead of looping.
///
/// - Comments (`<!-- wp:paragraph -->`), `<!DOCTYPE>`, `<![CDATA[…]]>` and `<?…>` give no token.
/// - `<script>`, `<style>` and the other raw-text elements are skipped whole, content included.
/// - Attributes may come in any order, quoted with `"` or `'`, or unquoted; a repeated name keeps the first.
/// - A tag cut off by the end of the input is dropped, as browsers do; a `<` that starts no tag is text.
struct HTMLTokenizer {
    private let c: [Unicode.Scalar]
    private(set) var position = 0
    /// Raw-text elements known to have no end tag after the given position (keeps the scan linear).
    private var unclosed: [String: Int] = [:]
    /// Attributes kept per tag; the rest are read past.
    static let maxAttributes = 64

    /// Elements whose content is not text for the reader.
    static let skippedElements: Set<String> = ["script", "style", "template", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]

    init(_ scalars: [Unicode.Scalar]) {
        c = scalars
    }

    mutating func next() -> HTMLToken? {
        let n = c.count
        while position < n {
            let i = position
            if c[i] != "<" {
                let j = nextOpenBracket(from: i + 1)
                position = j
                return .text(i..<j)
            }
            guard i + 1 < n else {
                position = n
                return .text(i..<n)
            }
            let s = c[i + 1]
            if s == "!" {
                if has("<!--", at: i) {
                    skipComment(from: i + 4)
                } else {
                    skipPast(">", from: i + 2)
                }
                continue
            }
            if s == "?" {
                skipPast(">", from: i + 2)
                continue
            }
            if s == "/" {
                if i + 2 < n, isASCIILetter(c[i + 2]) {
                    guard let tag = tag(from: i + 2) else { return nil }
                    return .end(tag.name)
                }
                if i + 2 < n, c[i + 2] == ">" {
                    position = i + 3
                    continue
                }
                skipPast(">", from: i + 2)
                continue
            }
            if isASCIILetter(s) {
                guard let tag = tag(from: i + 1) else { return nil }
                if Self.skippedElements.contains(tag.name), !tag.selfClosing {
                    skipRawText(tag.name)
                    continue
                }
                return .start(tag)
            }
            // A `<` that opens no tag (`a < b`, `<3`): text up to the next `<`.
            let j = nextOpenBracket(from: i + 1)
            position = j
            return .text(i..<j)
        }
        return nil
    }

    // MARK: Scanning

    private func nextOpenBracket(from i: Int) -> Int {
        var j = i
        while j < c.count, c[j] != "<" { j += 1 }
        return j
    }

    private func has(_ literal: String, at i: Int) -> Bool {
        var k = i
        for s in literal.unicodeScalars {
            guard k < c.count, Scalars.lowercaseASCII(c[k]) == s else { return false }
            k += 1
        }
        return true
    }

    private mutating func skipPast(_ s: Unicode.Scalar, from i: Int) {
        var j = i
        while j < c.count, c[j] != s { j += 1 }
        position = min(j + 1, c.count)
    }

    /// Past the `-->` (or the `--!>`) that ends a comment; `<!-->` and `<!--->` end at once.
    private mutating func skipComment(from i: Int) {
        var j = i
        if j < c.count, c[j] == ">" { position = j + 1; return }
        if j + 1 < c.count, c[j] == "-", c[j + 1] == ">" { position = j + 2; return }
        while j + 2 < c.count {
            if c[j] == "-", c[j + 1] == "-" {
                if c[j + 2] == ">" { position = j + 3; return }
                if c[j + 2] == "!", j + 3 < c.count, c[j + 3] == ">" { position = j + 4; return }
            }
            j += 1
        }
        position = c.count
    }

    /// Moves to the `</name` that closes a raw-text element (its end tag is then read as usual).
    /// Unclosed, a `<script>` or `<style>` runs to the end, as in a browser; the others are read
    /// on as ordinary content so that one stray `<iframe>` does not hide the rest of a chapter.
    private mutating func skipRawText(_ name: String) {
        if let from = unclosed[name], from <= position {
            if name == "script" || name == "style" { position = c.count }
            return
        }
        let closing = "</" + name
        var j = position
        while j < c.count {
            if c[j] == "<", has(closing, at: j) {
                let after = j + closing.unicodeScalars.count
                if after >= c.count || c[after] == ">" || c[after] == "/" || Scalars.isSpace(c[after]) {
                    position = j
                    return
                }
            }
            j += 1
        }
        unclosed[name] = position
        if name == "script" || name == "style" { position = c.count }
    }

    @inline(__always)
    private func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    @inline(__always)
    private func isTagSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{C}"
    }

    private func lowercased(_ range: Range<Int>) -> String {
        Scalars.string(c[range].lazy.map(Scalars.lowercaseASCII))
    }

    /// Reads a tag's name and attributes from `i` (just past `<` or `</`) through its `>`.
    /// Nil, with the scan at the end, when the input ends first.
    private mutating func tag(from i: Int) -> HTMLTag? {
        let n = c.count
        var j = i
        while j < n, !isTagSpace(c[j]), c[j] != "/", c[j] != ">" { j += 1 }
        let name = lowercased(i..<j)
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            while j < n, isTagSpace(c[j]) { j += 1 }
            guard j < n else { position = n; return nil }
            if c[j] == ">" { j += 1; break }
            if c[j] == "/" {
                selfClosing = j + 1 < n && c[j + 1] == ">"
                j += 1
                continue
            }
            selfClosing = false
            // Attribute name: at least one scalar, so a stray `=` or quote still moves the scan on.
            let nameStart = j
            j += 1
            while j < n, !isTagSpace(c[j]), c[j] != "/", c[j] != ">", c[j] != "=" { j += 1 }
            let attributeName = lowercased(nameStart..<j)
            var k = j
            while k < n, isTagSpace(c[k]) { k += 1 }
            var value = ""
            if k < n, c[k] == "=" {
                k += 1
                while k < n, isTagSpace(c[k]) { k += 1 }
                guard k < n else { position = n; return nil }
                if c[k] == "\"" || c[k] == "'" {
                    let quote = c[k]
                    var e = k + 1
                    while e < n, c[e] != quote { e += 1 }
                    guard e < n else { position = n; return nil }
                    value = HTMLEntityDecoder.decode(c, (k + 1)..<e, inAttribute: true)
                    j = e + 1
                } else {
                    var e = k
                    while e < n, !isTagSpace(c[e]), c[e] != ">" { e += 1 }
                    value = HTMLEntityDecoder.decode(c, k..<e, inAttribute: true)
                    j = e
                }
            }
            if attributes.count < Self.maxAttributes, !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append((attributeName, value))
            }
        }
        position = j
        return HTMLTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }
}
