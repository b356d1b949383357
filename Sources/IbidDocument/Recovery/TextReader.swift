/// Reads text-form post content — HTML already gone, whitespace folded — into a `RawChapter`.
///
/// The sample's shapes (docs/format.md §4): paragraphs break at U+00A0 and blank lines, bullets are
/// `  • ` lines, boxes are a title line and a `By …` line between blank lines, the notes run follows
/// the body, image credits sit just before it.
enum TextReader {
    static func read(_ content: String) -> RawChapter {
        read(scalars: Array(content.unicodeScalars))
    }

    static func read(scalars c: [Unicode.Scalar]) -> RawChapter {
        let markers = MarkerScan.markers(in: c[...])
        let split = NotesRun.split(c, markers: markers)
        var raw = RawChapter()
        raw.notes = split.notes
        raw.items = readBody(c[0..<split.bodyEnd])
        return raw
    }

    // MARK: Chunks, lines and segments

    /// A prose fragment between breaks, or one bullet.
    struct Segment {
        enum Kind { case prose, bullet }
        let kind: Kind
        let text: ArraySlice<Unicode.Scalar>
        /// The first segment after a blank line.
        let startsChunk: Bool
    }

    /// Splits at newlines into lines, groups lines into chunks at blank lines.
    static func chunks(_ body: ArraySlice<Unicode.Scalar>) -> [[ArraySlice<Unicode.Scalar>]] {
        var chunks: [[ArraySlice<Unicode.Scalar>]] = []
        var current: [ArraySlice<Unicode.Scalar>] = []
        var lineStart = body.startIndex
        var i = body.startIndex
        while i <= body.endIndex {
            if i == body.endIndex || body[i] == "\n" {
                let line = body[lineStart..<i]
                if Scalars.trim(line).isEmpty {
                    if !current.isEmpty { chunks.append(current); current = [] }
                } else {
                    current.append(line)
                }
                lineStart = i + 1
            }
            i += 1
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    static func isBullet(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let t = Scalars.trim(line)
        guard let f = t.first else { return false }
        return f == "•" || f == "·" || f == "▪" || f == "◦"
    }

    /// A chunk's segments, made one at a time as the builder asks for them: a chunk of 1.5 million
    /// one-word paragraphs (`word\u{A0}word\u{A0}…`) must not first become an array of them.
    static func segments(of chunk: [ArraySlice<Unicode.Scalar>]) -> Segments { Segments(lines: chunk) }

    struct Segments: Sequence, IteratorProtocol {
        let lines: [ArraySlice<Unicode.Scalar>]
        private var line = 0
        /// Where the next prose piece of the current line starts; nil before the line is begun.
        private var position: Int?
        private var emitted = false

        init(lines: [ArraySlice<Unicode.Scalar>]) { self.lines = lines }

        mutating func next() -> Segment? {
            while line < lines.count {
                let text = lines[line]
                if position == nil, isBullet(text) {
                    line += 1
                    return make(.bullet, Scalars.trim(Scalars.trim(text).dropFirst()))
                }
                // No-break spaces break paragraphs, except one standing between two words of a sentence
                // (`the\u{A0}Muslims\u{A0}of Central Asia`), which the builder puts back together.
                var start = position ?? text.startIndex
                var i = start
                while i <= text.endIndex {
                    if i == text.endIndex || text[i] == Scalars.nbsp {
                        let piece = Scalars.trim(text[start..<i])
                        start = i + 1
                        if !piece.isEmpty {
                            position = start
                            return make(.prose, piece)
                        }
                    }
                    i += 1
                }
                line += 1
                position = nil
            }
            return nil
        }

        private mutating func make(_ kind: Segment.Kind, _ text: ArraySlice<Unicode.Scalar>) -> Segment {
            defer { emitted = true }
            return Segment(kind: kind, text: text, startsChunk: !emitted)
        }
    }

    // MARK: Body

    static func readBody(_ body: ArraySlice<Unicode.Scalar>) -> [RawChapter.Item] {
        let chunks = chunks(body)
        var items: [RawChapter.Item] = []
        let lexicon = Lexicon(body)
        var builder = ParagraphBuilder(lexicon: lexicon)
        var k = 0
        while k < chunks.count {
            if let box = BoxRules.box(at: k, in: chunks) {
                builder.flush(into: &items)
                items.append(.boxStart(title: box.title, byline: box.byline))
                var inner = ParagraphBuilder(lexicon: lexicon)
                var innerItems: [RawChapter.Item] = []
                for chunk in chunks[box.body] { inner.add(segments(of: chunk), into: &innerItems) }
                inner.flush(into: &innerItems)
                items.append(contentsOf: innerItems)
                items.append(.boxEnd)
                k = box.body.upperBound
                continue
            }
            builder.add(segments(of: chunks[k]), into: &items)
            k += 1
        }
        builder.flush(into: &items)
        return items
    }
}

/// Turns segments into headings, paragraphs, list items and credits, re-joining sentences that a
/// stray break cut in two.
struct ParagraphBuilder {
    /// The chapter's words, for telling a glued heading from a name with an inner capital.
    let lexicon: Lexicon
    private var pending: [Unicode.Scalar] = []
    /// `pending` is one segment that began at a sentence boundary (so it may be a heading on its own).
    private var pendingIsWholeSegment = false
    private var atSentenceBoundary = true

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    mutating func add(_ segments: TextReader.Segments, into items: inout [RawChapter.Item]) {
        for segment in segments { add(segment, into: &items) }
    }

    private mutating func add(_ segment: TextReader.Segment, into items: inout [RawChapter.Item]) {
        var text = segment.text
        if segment.kind == .bullet {
            flush(into: &items)
            items.append(.listItem(InlineParser.parse(text)))
            atSentenceBoundary = true
            return
        }
        if CreditRules.isCredit(text) {
            flush(into: &items)
            items.append(.credit(Scalars.normalizedSpace(text)))
            atSentenceBoundary = true
            return
        }
        if !pending.isEmpty, let last = pending.last, !Scalars.isTerminal(last) {
            let startsLower = text.first.map { Scalars.isLower($0) || Scalars.isDigit($0) || $0 == "(" } ?? false
            if pendingIsWholeSegment && HeadingRules.standalone(pending[...], next: text) {
                items.append(.heading(Scalars.normalizedSpace(pending)))
                pending = []
            } else if !segment.startsChunk || startsLower {
                // A sentence cut by a stray break: `…the figure at` / `around 20 …`.
                pending.append(" ")
                pending.append(contentsOf: text)
                pendingIsWholeSegment = false
                return
            }
        }
        if !segment.startsChunk, ParagraphBuilder.continuesAfterCloser(pending[...], next: text) {
            // `…National Minorities (HCNM)\u{A0}in December 2020.`: a bracket closed mid-sentence.
            pending.append(" ")
            pending.append(contentsOf: text)
            pendingIsWholeSegment = false
            return
        }
        flush(into: &items)
        if atSentenceBoundary {
            if let (heading, rest) = HeadingRules.glued(text, standsAlone: lexicon.contains) ?? HeadingRules.spaced(text) {
                items.append(.heading(heading))
                text = rest
            }
        }
        pending = Array(text)
        pendingIsWholeSegment = true
    }

    /// A closing bracket or quote with no full stop before it, then (after a no-break space on the same
    /// line) a lower-case word: the sentence goes on (6003 `(HCNM)\u{A0}in December 2020`, 5845
    /// `…дагы)\u{A0} камакка алынышын`, 5954 `…эсептелүүдө)\u{A0} кыскартуу`).
    static func continuesAfterCloser(_ pending: ArraySlice<Unicode.Scalar>, next: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = pending.last, last == ")" || last == "”" || last == "»",
              let first = next.first, Scalars.isLower(first) else { return false }
        let before = pending.dropLast().last
        return !(before == "." || before == "!" || before == "?" || before == "…")
    }

    mutating func flush(into items: inout [RawChapter.Item]) {
        guard !pending.isEmpty else { return }
        if pendingIsWholeSegment, HeadingRules.shortLine(pending[...]) {
            // A short line with no closing punctuation before a list, a credit or a box reads as a heading.
            items.append(.heading(Scalars.normalizedSpace(pending)))
        } else {
            for paragraph in SentenceBreaks.paragraphs(pending[...]) {
                items.append(.paragraph(InlineParser.parse(paragraph)))
            }
        }
        atSentenceBoundary = true
        pending = []
        pendingIsWholeSegment = false
    }
}

/// `Image by Jussi Toivanen under (CC).`, `Сүрөт by Dan Lundberg under (CC).`
enum CreditRules {
    static let openers = ["Image", "Photo", "Picture", "Cover image", "Header image", "Сүрөт", "Фото"]

    static func isCredit(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        guard c.count <= 200 else { return false }
        let s = Scalars.string(c)
        guard openers.contains(where: { s.hasPrefix($0 + " ") || s.hasPrefix($0 + ":") }) else { return false }
        return s.contains("(CC") || s.contains("Creative Commons") || s.contains(" by ") || s.contains("©")
    }
}

/// `…(Kishi juz).The history…`: a sentence end glued to the next sentence is a paragraph break.
enum SentenceBreaks {
    static func paragraphs(_ c: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var out: [ArraySlice<Unicode.Scalar>] = []
        var start = c.startIndex
        var i = c.startIndex + 1
        while i + 2 < c.endIndex {
            if c[i] == ".", Scalars.isLower(c[i - 1]) || c[i - 1] == ")", Scalars.isUpper(c[i + 1]), Scalars.isLower(c[i + 2]),
               !(i >= start + 1 && c[i - 1] == "." ) {
                out.append(c[start...i])
                start = i + 1
            }
            i += 1
        }
        out.append(c[start..<c.endIndex])
        return out.filter { !Scalars.trim($0).isEmpty }
    }
}
