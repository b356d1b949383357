import IbidDocument

/// The `c` overlay: the works a note cites, field by field, as `ibid cite` would export them.
enum CitationOverlay {
    /// The box's width for a terminal `cols` wide.
    static func width(cols: Int) -> Int { max(0, min(cols - 2, 90)) }

    /// The note's entries: an Ibid's is the work it repeats.
    static func entries(_ state: ReaderState, note index: Int) -> (Note, [BibliographyEntry])? {
        guard let chapter = state.chapter, let content = state.content, content.notes.indices.contains(index) else { return nil }
        let note = content.notes[index]
        return (note, Bibliography.entries(ofNote: note, chapter: chapter.id, in: content))
    }

    /// The box's title: `Note 2 — 1 work`.
    static func title(_ state: ReaderState, note index: Int) -> String {
        guard let (note, entries) = entries(state, note: index) else { return "Citation" }
        let works = entries.count == 1 ? "1 work" : "\(entries.count) works"
        let box = note.scope == .chapter ? "" : " (\(note.scope))"
        return "Note \(note.number)\(box) — \(works) — y copies BibTeX, q closes"
    }

    /// The lines the box shows, each at most `width` columns, values wrapped under their labels.
    static func lines(_ state: ReaderState, note index: Int, width: Int) -> [(String, Style)] {
        guard let (note, entries) = entries(state, note: index) else { return [] }
        var out: [(String, Style)] = []
        guard !entries.isEmpty else {
            out.append(("Note \(note.number) cites no work ibid can read: commentary, or a", Style.plain))
            out.append(("form it does not know. `ibid cite` leaves it out.", Style.plain))
            return out
        }
        let label = 10
        for (k, entry) in entries.enumerated() {
            if k > 0 { out.append(("", Style.plain)) }
            let repeated = entry.citations.contains { $0.note == note.number && $0.scope == note.scope && $0.position == nil }
            let header = "\(k + 1). \(entry.work.type.rawValue)" + (repeated ? " — repeated by Ibid" : "")
            out.append((header, Style(.heading, bold: true)))
            func field(_ name: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                let wrapped = wrap(DisplayText(value).text, max(8, width - label))
                for (i, line) in wrapped.enumerated() {
                    let head = i == 0 ? name + String(repeating: " ", count: max(1, label - name.count)) : String(repeating: " ", count: label)
                    out.append((head + line, Style.plain))
                }
            }
            let authors = entry.work.authors.map {
                switch $0 {
                case .person: $0.inverted
                case .organisation(let name): name + " (organisation)"
                }
            }
            field(authors.count > 1 ? "Authors" : "Author", authors.isEmpty ? nil : authors.joined(separator: "; "))
            field("Title", entry.work.title)
            field("In", entry.work.container)
            field("Date", entry.work.issued?.iso)
            field("URL", entry.work.url)
            field("Id", entry.id)
            field("Cited", String(CSLJSONWriter.citedIn(entry).dropFirst("Cited in ".count)))
        }
        return out
    }

    /// The note's entries as BibTeX, what `y` copies.
    static func bibtex(_ state: ReaderState, note index: Int) -> (text: String, count: Int)? {
        guard let (_, entries) = entries(state, note: index), !entries.isEmpty else { return nil }
        return (BibTeXWriter.write(entries), entries.count)
    }

    /// Words wrapped to `width` columns; a word longer than the line (a URL) is broken where it
    /// fills it, so nothing is cut off.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            var w = String(word)
            var ww = CharWidth.width(w)
            if lineWidth > 0, lineWidth + 1 + ww > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while ww > width - lineWidth - (lineWidth > 0 ? 1 : 0), ww > width {
                // Break the long word at the line's end.
                var head = "", headWidth = 0
                var rest = Substring(w)
                while let c = rest.first, headWidth + CharWidth.width(c) <= width - lineWidth - (lineWidth > 0 ? 1 : 0) {
                    head.append(c)
                    headWidth += CharWidth.width(c)
                    rest.removeFirst()
                }
                if head.isEmpty { break }
                line += (lineWidth > 0 ? " " : "") + head
                lines.append(line)
                line = ""
                lineWidth = 0
                w = String(rest)
                ww = CharWidth.width(w)
            }
            line += (lineWidth > 0 ? " " : "") + w
            lineWidth += (lineWidth > 0 ? 1 : 0) + ww
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The number of lines and the rows the box shows of them, so the state's scrolling stops at the end.
    static func geometry(_ state: ReaderState, note: Int) -> (count: Int, inner: Int) {
        let count = lines(state, note: note, width: width(cols: state.cols) - 3).count
        return (count, max(1, min(state.height - 2, count + 2) - 2))
    }
}
