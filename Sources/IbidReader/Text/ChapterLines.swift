import IbidDocument

/// A chapter laid out for a text width: every display line, every marker's place, each section's first line.
public struct ChapterLines: Sendable {
    public let width: Int
    public let lines: [DisplayLine]
    public let markers: [MarkerRef]
    /// Line index of each section's first line.
    public let sectionStarts: [Int]

    /// The longest line a reader should have to follow: wider panes centre this measure.
    public static let measure = 100

    public init(content: ChapterContent, width: Int) {
        self.width = max(1, width)
        var builder = Builder(width: self.width, notes: Self.noteIndex(content.notes))
        for (s, section) in content.sections.enumerated() { builder.add(section, index: s) }
        lines = builder.lines
        markers = builder.markers
        sectionStarts = builder.sectionStarts
    }

    /// The markers drawn on `lines`, as a range of indices into `markers`: markers are in reading
    /// order, so two binary searches find them (every frame asks, and a chapter may have 100,000).
    public func markers(onLines range: Range<Int>) -> Range<Int> {
        func firstMarker(atOrAfter line: Int) -> Int {
            var low = 0, high = markers.count
            while low < high {
                let mid = (low + high) / 2
                if markers[mid].line < line { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return firstMarker(atOrAfter: range.lowerBound)..<firstMarker(atOrAfter: range.upperBound)
    }

    /// Each citation's note, the first with its number and scope, as an index into `notes`.
    static func noteIndex(_ notes: [Note]) -> [Citation: Int] {
        var index: [Citation: Int] = [:]
        for (i, note) in notes.enumerated() where index[Citation(number: note.number, scope: note.scope)] == nil {
            index[Citation(number: note.number, scope: note.scope)] = i
        }
        return index
    }

    struct Builder {
        let width: Int
        let notes: [Citation: Int]
        var lines: [DisplayLine] = []
        var markers: [MarkerRef] = []
        var sectionStarts: [Int] = []

        static let heading = Style(.heading, bold: true)
        static let marker = Style(.marker)
        /// A marker with no note (the dump cut off before the notes, or the chapter lacks it):
        /// drawn apart from the ones that lead somewhere.
        static let orphanMarker = Style(.warning, dim: true, underline: true)
        static let link = Style(.link, underline: true)
        static let boxBar = Span("│ ", style: Style(.box))
        static let image = Style(.credit, dim: true)
        static let tableRule = Style(.chrome, dim: true)

        mutating func add(_ section: Section, index s: Int) {
            let bar = section.kind == .box ? [Self.boxBar] : []
            if !lines.isEmpty { lines.append(DisplayLine(section: s)) }
            sectionStarts.append(lines.count)
            if let heading = section.heading {
                var w = Wrapper()
                w.append(heading, style: Self.heading)
                for row in w.lines(width: width, first: bar, rest: bar) { lines.append(DisplayLine(spans: row, section: s)) }
            }
            if let byline = section.byline {
                var w = Wrapper()
                w.append(byline, style: Style(.byline, dim: true))
                for row in w.lines(width: width, first: bar, rest: bar) { lines.append(DisplayLine(spans: row, section: s)) }
            }
            for (b, block) in section.blocks.enumerated() {
                // One separator line between blocks (and after a heading): blank, or the box's bar.
                if b > 0 || section.heading != nil || section.byline != nil { lines.append(DisplayLine(spans: bar, section: s)) }
                var inlineIndex = 0
                switch block {
                case .paragraph(let inlines):
                    add(inlines, section: s, block: b, inlineIndex: &inlineIndex, first: bar, rest: bar)
                case .quote(let inlines):
                    let pad = bar + [Span("    ")]
                    add(inlines, section: s, block: b, inlineIndex: &inlineIndex, first: pad, rest: pad)
                case .credit(let text):
                    var w = Wrapper()
                    w.append(text, style: Style(.credit, dim: true))
                    for row in w.lines(width: width, first: bar, rest: bar) { lines.append(DisplayLine(spans: row, section: s, block: b)) }
                case .list(let items):
                    for item in items {
                        add(item, section: s, block: b, inlineIndex: &inlineIndex, first: bar + [Span("• ")], rest: bar + [Span("  ")])
                    }
                case .image(let alt):
                    var w = Wrapper()
                    w.append("[image: \(alt)]", style: Self.image)
                    for row in w.lines(width: width, first: bar, rest: bar) { lines.append(DisplayLine(spans: row, section: s, block: b)) }
                case .table(let table):
                    add(table, section: s, block: b, inlineIndex: &inlineIndex, bar: bar)
                }
            }
        }

        /// A run of inlines wrapped, its markers numbered from `markers.count + base` in the spans.
        func wrap(_ inlines: [Inline], section s: Int, block b: Int, inlineIndex: inout Int, base: Int = 0,
                  width: Int, first: [Span], rest: [Span], style: Style) -> (rows: [[Span]], pending: [(Int, Citation, Anchor)]) {
            var w = Wrapper()
            var pending: [(Int, Citation, Anchor)] = []
            for inline in inlines {
                switch inline {
                case .text(let t): w.append(t, style: style)
                case .link(let url): w.append(url, style: Self.link)
                case .citation(let c):
                    let index = markers.count + base + pending.count
                    pending.append((index, c, Anchor(section: s, block: b, inline: inlineIndex)))
                    w.append("[\(c.number)]", style: notes[c] == nil ? Self.orphanMarker : Self.marker, marker: index)
                }
                inlineIndex += 1
            }
            return (w.lines(width: width, first: first, rest: rest), pending)
        }

        mutating func add(_ inlines: [Inline], section s: Int, block b: Int, inlineIndex: inout Int,
                          first: [Span], rest: [Span], style: Style = .plain) {
            let (rows, pending) = wrap(inlines, section: s, block: b, inlineIndex: &inlineIndex, width: width, first: first, rest: rest, style: style)
            // Marker `m` is pending[m - base]: a direct index, so placing a paragraph's markers is
            // linear in its spans (a search per span was quadratic in a paragraph of 80,000 markers).
            let base = markers.count
            var found = [MarkerRef?](repeating: nil, count: pending.count)
            for row in rows {
                var column = 0
                for span in row {
                    if let m = span.marker, found[m - base] == nil {
                        let p = pending[m - base]
                        found[m - base] = MarkerRef(citation: p.1, anchor: p.2, note: notes[p.1],
                                                   line: lines.count, column: column, width: span.width)
                    }
                    column += span.width
                }
                lines.append(DisplayLine(spans: row, section: s, block: b))
            }
            for ref in found { if let ref { markers.append(ref) } }
        }
    }
}
