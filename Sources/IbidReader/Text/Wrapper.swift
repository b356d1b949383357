/// Greedy word wrapping by display width. Breaks at spaces; a word longer than the line (a URL) is
/// cut after a `/ ? & - .` where one fits, else between terminal cells. Markers stay glued to the word before them (`pageantry.[1]`).
///
/// Text is prepared (`DisplayText`) as it is appended, so words are split, measured and cut in
/// exactly the cells `Screen.put` will draw.
struct Wrapper {
    /// A piece of a word: text in one style, or a marker.
    struct Piece {
        var text: String
        var style: Style
        var marker: Int?
    }

    private var words: [[Piece]] = [[]]

    /// Where a word too long for a line may break: after the separators of a URL's parts.
    static let urlBreaks: Set<String> = ["/", "?", "&", "-", "."]

    mutating func append(_ text: String, style: Style, marker: Int? = nil) {
        if marker != nil {
            words[words.count - 1].append(Piece(text: text, style: style, marker: marker))
            return
        }
        // Split at spaces by scalars, not Characters: a space carrying a combining mark is one
        // grapheme but still a word gap, and the mark then starts the next word on its own base.
        let scalars = DisplayText.prepare(text).unicodeScalars
        var start = scalars.startIndex
        var i = start
        func flush(upTo end: String.UnicodeScalarView.Index) {
            if start < end { words[words.count - 1].append(Piece(text: String(scalars[start..<end]), style: style)) }
        }
        while i < scalars.endIndex {
            let v = scalars[i].value
            if v == 0x20 || v == 0xA0 {
                flush(upTo: i)
                if !(words.last?.isEmpty ?? true) { words.append([]) }
                i = scalars.index(after: i)
                start = i
            } else {
                i = scalars.index(after: i)
            }
        }
        flush(upTo: i)
    }

    /// Lines of spans, each at most `width` columns; `first` and `rest` are prefixes (bullets, indents).
    func lines(width: Int, first: [Span] = [], rest: [Span] = []) -> [[Span]] {
        let firstWidth = first.reduce(0) { $0 + $1.width }
        let restWidth = rest.reduce(0) { $0 + $1.width }
        var out: [[Span]] = []
        var line: [Span] = first
        var used = firstWidth
        var lineHasWord = false
        func available() -> Int { max(1, width - (out.isEmpty ? firstWidth : restWidth)) }
        for word in words where !word.isEmpty {
            let spans = word.map { Span($0.text, style: $0.style, marker: $0.marker) }
            let w = spans.reduce(0) { $0 + $1.width }
            if lineHasWord && used + 1 + w > width {
                out.append(line)
                line = rest
                used = restWidth
                lineHasWord = false
            }
            if lineHasWord {
                line.append(Span(" "))
                used += 1
            }
            if w <= available() || lineHasWord {
                line.append(contentsOf: spans)
                used += w
                lineHasWord = true
                continue
            }
            // A word wider than a whole line (a long URL): cut it after the last `/ ? & - .` that
            // fits, so a URL breaks between its parts; by cells only when no such break fits.
            for span in spans {
                var chunk: [(glyph: String, width: Int)] = []
                var chunkWidth = 0
                func emit(_ cells: ArraySlice<(glyph: String, width: Int)>) {
                    line.append(Span(cells.map(\.glyph).joined(), style: span.style, marker: span.marker))
                }
                DisplayText.forEachCell(inPrepared: span.text) { cell in
                    if used + chunkWidth + cell.width > width && (lineHasWord || chunkWidth > 0) {
                        var cut = chunk.lastIndex { Self.urlBreaks.contains($0.glyph) }.map { $0 + 1 } ?? chunk.count
                        // What is carried over must fit the next line with the cell that follows.
                        if chunk[cut...].reduce(0, { $0 + $1.width }) + cell.width + restWidth > width { cut = chunk.count }
                        emit(chunk[..<cut])
                        out.append(line)
                        line = rest
                        used = restWidth
                        lineHasWord = false
                        chunk = Array(chunk[cut...])
                        chunkWidth = chunk.reduce(0) { $0 + $1.width }
                    }
                    chunk.append((cell.glyph, cell.width))
                    chunkWidth += cell.width
                    return true
                }
                if !chunk.isEmpty {
                    emit(chunk[...])
                    used += chunkWidth
                    lineHasWord = true
                }
            }
        }
        if lineHasWord || out.isEmpty { out.append(line) }
        return out
    }
}
