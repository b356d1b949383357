/// Turns a run of text into inlines: `[n]` markers become citations, URLs links, the rest text
/// with whitespace (no-break spaces included) folded to single spaces.
enum InlineParser {
    static func parse(_ c: ArraySlice<Unicode.Scalar>, citations: Bool = true) -> [Inline] {
        let scalars = Array(c)
        let markers = citations ? MarkerScan.markers(in: scalars) : []
        let links = LinkScan.links(in: scalars)
        var out: [Inline] = []
        var text: [Unicode.Scalar] = []
        func flush() {
            if !text.isEmpty {
                out.append(.text(Scalars.string(text)))
                text.removeAll()
            }
        }
        var i = 0
        var m = 0, l = 0
        var pendingSpace = false
        while i < scalars.count {
            if l < links.count, links[l].range.lowerBound == i {
                if pendingSpace { text.append(" "); pendingSpace = false }
                flush()
                out.append(.link(links[l].url))
                i = links[l].range.upperBound
                l += 1
                continue
            }
            if m < markers.count, markers[m].start == i {
                flush()
                pendingSpace = false
                out.append(.citation(Citation(number: markers[m].number, scope: .chapter)))
                i = markers[m].end
                m += 1
                continue
            }
            while m < markers.count, markers[m].start < i { m += 1 }
            let s = scalars[i]
            if Scalars.isSpace(s) {
                pendingSpace = !(text.isEmpty && out.isEmpty)
            } else {
                if pendingSpace { text.append(" "); pendingSpace = false }
                text.append(s)
            }
            i += 1
        }
        flush()
        return out
    }

    /// Parses a string (a note's text, a heading).
    static func parse(_ s: String, citations: Bool = true) -> [Inline] {
        parse(ArraySlice(Array(s.unicodeScalars)), citations: citations)
    }
}
