/// Turns a run of text into inlines: `[n]` markers become citations, URLs links, the rest text
/// with whitespace (no-break spaces included) folded to single spaces.
enum InlineParser {
    /// Collects output; a struct rather than closures over locals, which cost dynamic exclusivity checks.
    private struct Output {
        var inlines: [Inline] = []
        var text: [UInt8] = []

        mutating func flush() {
            if !text.isEmpty {
                inlines.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
        }
    }

    static func parse(_ scalars: ArraySlice<Unicode.Scalar>, citations: Bool = true) -> [Inline] {
        var out = Output()
        out.text.reserveCapacity(scalars.count + scalars.count / 2)
        let markers = citations ? MarkerScan.markers(in: scalars) : []
        let links = LinkScan.links(in: scalars)
        var i = scalars.startIndex
        var m = 0, l = 0
        var pendingSpace = false
        while i < scalars.endIndex {
            if l < links.count, links[l].range.lowerBound == i {
                if pendingSpace { out.text.append(0x20); pendingSpace = false }
                out.flush()
                out.inlines.append(.link(links[l].url))
                i = links[l].range.upperBound
                l += 1
                continue
            }
            if m < markers.count, markers[m].start == i {
                out.flush()
                pendingSpace = false
                out.inlines.append(.citation(Citation(number: markers[m].number, scope: .chapter)))
                i = markers[m].end
                m += 1
                continue
            }
            while m < markers.count, markers[m].start < i { m += 1 }
            let s = scalars[i]
            if Scalars.isSpace(s) {
                pendingSpace = !(out.text.isEmpty && out.inlines.isEmpty)
            } else {
                if pendingSpace { out.text.append(0x20); pendingSpace = false }
                Scalars.appendUTF8(s, to: &out.text)
            }
            i += 1
        }
        out.flush()
        return out.inlines
    }

    /// Parses a string (a note's text, a heading).
    static func parse(_ s: String, citations: Bool = true) -> [Inline] {
        parse(ArraySlice(Array(s.unicodeScalars)), citations: citations)
    }
}
