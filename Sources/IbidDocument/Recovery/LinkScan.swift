/// Finds URLs in running text, with the rules the sample's notes need (docs/format.md §5):
/// a URL ends at whitespace (no-break space too), `[`, `]`, quotes, or `;` before a letter or space;
/// a trailing `.`, `,`, `:`, `;` or an unbalanced `)` is punctuation, not URL; a known file ending
/// glued to a capital (`….htmlIPHR, Kazakhstan`) ends there.
enum LinkScan {
    struct Hit {
        let range: Range<Int>
        let url: String
    }

    static func links(in c: ArraySlice<Unicode.Scalar>) -> [Hit] {
        let limit = c.endIndex
        let from = c.startIndex
        var hits: [Hit] = []
        var i = from
        while i < limit {
            let v = c[i].value | 0x20
            guard v == 0x68 || v == 0x77, i + 4 < limit, c[i + 1].value | 0x20 == 0x74 || c[i + 1].value | 0x20 == 0x77,
                  i == from || !Scalars.isLetter(c[i - 1]),
                  let start = urlStart(c, at: i, limit: limit) else { i += 1; continue }
            let end = urlEnd(c, from: start, limit: limit)
            if end - i > 8 {
                hits.append(Hit(range: i..<end, url: Scalars.string(c[i..<end])))
                i = end
            } else {
                i += 1
            }
        }
        return hits
    }

    private static func has(_ c: ArraySlice<Unicode.Scalar>, _ literal: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        guard i + literal.count <= limit else { return false }
        for (k, s) in literal.enumerated() where Scalars.lowercaseASCII(c[i + k]) != s { return false }
        return true
    }

    static let https = Array("https://".unicodeScalars), http = Array("http://".unicodeScalars), www = Array("www.".unicodeScalars)

    /// Index just past the scheme (or `www.`), when a URL starts at `i`.
    private static func urlStart(_ c: ArraySlice<Unicode.Scalar>, at i: Int, limit: Int) -> Int? {
        if has(c, https, at: i, limit: limit) { return i + 8 }
        if has(c, http, at: i, limit: limit) { return i + 7 }
        if has(c, www, at: i, limit: limit) { return i + 4 }
        return nil
    }

    static let fileEndings = [".html", ".htm", ".pdf", ".php", ".aspx", ".asp"].map { Array($0.unicodeScalars) }

    private static func urlEnd(_ c: ArraySlice<Unicode.Scalar>, from start: Int, limit: Int) -> Int {
        var j = start
        var depth = 0
        while j < limit {
            let s = c[j]
            if Scalars.isSpace(s) || s == "[" || s == "]" || s == "<" || s == ">" || s == "\"" || s == "“" || s == "”" || s == "«" || s == "»" { break }
            if s == ";", j + 1 < limit, Scalars.isSpace(c[j + 1]) || Scalars.isLetter(c[j + 1]) { break }
            if s == "(" { depth += 1 }
            if s == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            if s == ".", j + 1 < limit, let ending = fileEndings.first(where: { has(c, $0, at: j, limit: limit) }) {
                let after = j + ending.count
                if after < limit, Scalars.isUpper(c[after]) { return after }
            }
            j += 1
        }
        while j > start, [".", ",", ":", ";", "’", "'", "!", "?"].contains(c[j - 1]) { j -= 1 }
        return j
    }
}

extension Scalars {
    @inline(__always)
    static func lowercaseASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (s.value >= 0x41 && s.value <= 0x5A) ? Unicode.Scalar(s.value + 0x20)! : s
    }
}
