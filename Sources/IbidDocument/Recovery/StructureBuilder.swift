/// Builds a chapter's sections, notes and findings from what a reader recovered.
enum StructureBuilder {
    static func build(_ raw: RawChapter, truncated: Bool) -> ChapterContent {
        var sections = buildSections(raw.items)
        var findings: [Finding] = []
        let boxesWithCitations = sections.compactMap { s -> Int? in
            guard let b = s.boxIndex, s.blocks.contains(where: { !$0.citations.isEmpty }) else { return nil }
            return b
        }
        var notes = assignScopes(raw.notes, boxes: boxesWithCitations, findings: &findings)
        resolveIbid(&notes, findings: &findings)
        linkCitations(&sections, &notes, findings: &findings)
        if truncated, let last = notes.indices.last(where: { notes[$0].scope == .chapter }) ?? notes.indices.last {
            notes[last].possiblyTruncated = true
            findings.append(Finding(code: .truncatedNote, number: notes[last].number, scope: notes[last].scope,
                                    message: "note \(notes[last].number) is the last before the dump was cut off and may be incomplete"))
        }
        for note in notes where note.plainText.trimmingWhitespace.isEmpty {
            findings.append(Finding(code: .emptyNote, number: note.number, scope: note.scope, message: "note \(note.number) (\(note.scope)) is empty"))
        }
        findings.sort { ($0.scope, $0.number ?? 0, $0.code.rawValue) < ($1.scope, $1.number ?? 0, $1.code.rawValue) }
        return ChapterContent(sections: sections, notes: notes, findings: findings)
    }

    // MARK: Sections

    static func buildSections(_ items: [RawChapter.Item]) -> [Section] {
        var sections: [Section] = []
        var current = Section()
        var boxCount = 0
        var inBox: Int?
        var listItems: [[Inline]] = []

        func scoped(_ inlines: [Inline]) -> [Inline] {
            guard let box = inBox else { return inlines }
            return inlines.map { inline in
                if case .citation(let c) = inline { return .citation(Citation(number: c.number, scope: .box(box))) }
                return inline
            }
        }
        func flushList() {
            if !listItems.isEmpty {
                current.blocks.append(.list(listItems))
                listItems = []
            }
        }
        func closeSection() {
            flushList()
            if current.heading != nil || current.byline != nil || !current.blocks.isEmpty { sections.append(current) }
        }

        for item in items {
            if case .listItem(let inlines) = item {
                listItems.append(scoped(inlines))
                continue
            }
            flushList()
            switch item {
            case .heading(let text, let level):
                closeSection()
                current = Section(heading: text, kind: inBox == nil ? .body : .box, boxIndex: inBox, level: level)
            case .paragraph(let inlines):
                current.blocks.append(.paragraph(scoped(inlines)))
            case .quote(let inlines):
                current.blocks.append(.quote(scoped(inlines)))
            case .credit(let text):
                current.blocks.append(.credit(text))
            case .image(let alt):
                current.blocks.append(.image(alt: alt))
            case .table(let table):
                var scopedTable = table
                scopedTable.rows = table.rows.map { $0.map(scoped) }
                current.blocks.append(.table(scopedTable))
            case .boxStart(let title, let byline):
                closeSection()
                inBox = boxCount
                current = Section(heading: title, kind: .box, byline: byline, boxIndex: boxCount)
                boxCount += 1
            case .boxEnd:
                closeSection()
                inBox = nil
                current = Section()
            case .listItem:
                break
            }
        }
        closeSection()
        return sections
    }

    // MARK: Notes

    /// The first numbering is the chapter's; each restart at 1 belongs to the next box that cites notes.
    static func assignScopes(_ raw: [RawChapter.RawNote], boxes: [Int], findings: inout [Finding]) -> [Note] {
        var notes: [Note] = []
        var group = 0
        var previous = 0
        var seen = Set<Int>()
        var scope = NoteScope.chapter
        for rawNote in raw {
            if rawNote.number == 1 && previous >= 1 {
                group += 1
                seen = []
                if group - 1 < boxes.count {
                    scope = .box(boxes[group - 1])
                } else {
                    findings.append(Finding(code: .numberingRestart, number: 1, scope: .chapter,
                                            message: "note numbering restarts at 1 after note \(previous) with no box to own it"))
                }
            } else if rawNote.number > previous + 1 {
                let missing = (previous + 1)..<rawNote.number
                let list = missing.count == 1 ? "\(missing.lowerBound)" : "\(missing.lowerBound)–\(missing.upperBound - 1)"
                findings.append(Finding(code: .numberingGap, number: missing.lowerBound, scope: scope,
                                        message: "notes jump from \(previous) to \(rawNote.number): no note \(list)"))
            }
            if !seen.insert(rawNote.number).inserted {
                findings.append(Finding(code: .duplicateNote, number: rawNote.number, scope: scope,
                                        message: "note \(rawNote.number) (\(scope)) appears more than once; the first is used"))
            }
            previous = rawNote.number
            let inlines = rawNote.scalars.map { InlineParser.parse($0, citations: false) } ?? InlineParser.parse(rawNote.text, citations: false)
            let urls = noteURLs(inlines, hrefs: rawNote.hrefs)
            notes.append(Note(number: rawNote.number, scope: scope, text: inlines, urls: urls))
        }
        return notes
    }

    /// A note's URLs in reading order: those written in its text and the targets of its links
    /// (`<a href>`, whose visible text may be a title or a shortened URL), each once.
    static func noteURLs(_ inlines: [Inline], hrefs: [(offset: Int, url: String)]) -> [String] {
        var written: [(offset: Int, url: String)] = []
        var offset = 0
        for inline in inlines {
            if case .link(let u) = inline { written.append((offset, u)) }
            offset += inline.plainText.unicodeScalars.count
        }
        guard !hrefs.isEmpty else { return written.map(\.url) }
        // Both lists are in reading order: merge them (a link's target comes after the text it ends,
        // and before a URL written after it).
        var merged: [String] = []
        var seen = Set<String>()
        var i = 0, j = 0
        while i < written.count || j < hrefs.count {
            let takeHref = i == written.count || (j < hrefs.count && hrefs[j].offset <= written[i].offset)
            let url = takeHref ? hrefs[j].url : written[i].url
            if takeHref { j += 1 } else { i += 1 }
            if seen.insert(url).inserted { merged.append(url) }
        }
        return merged
    }

    /// Points each Ibid note at the first real source before it, following chains of Ibids.
    static func resolveIbid(_ notes: inout [Note], findings: inout [Finding]) {
        for i in notes.indices where IbidRules.isIbid(notes[i].plainText) {
            notes[i].isIbid = true
            var j = i - 1
            while j >= 0, notes[j].scope == notes[i].scope, notes[j].isIbid, notes[j].ibid == nil { j -= 1 }
            if j >= 0, notes[j].scope == notes[i].scope {
                notes[i].ibid = notes[j].isIbid ? notes[j].ibid : notes[j].number
            }
            if notes[i].ibid == nil {
                findings.append(Finding(code: .ibidWithoutAntecedent, number: notes[i].number, scope: notes[i].scope,
                                        message: "note \(notes[i].number) says Ibid. but no note comes before it"))
            }
        }
    }

    /// Records every place a note is cited; reports markers without notes and notes never cited.
    static func linkCitations(_ sections: inout [Section], _ notes: inout [Note], findings: inout [Finding]) {
        var index: [Citation: Int] = [:]
        for (i, note) in notes.enumerated() where index[Citation(number: note.number, scope: note.scope)] == nil {
            index[Citation(number: note.number, scope: note.scope)] = i
        }
        var undefined = Set<Citation>()
        for (s, section) in sections.enumerated() {
            for (b, block) in section.blocks.enumerated() {
                for (k, inline) in block.inlines.enumerated() {
                    guard case .citation(let c) = inline else { continue }
                    if let n = index[c] {
                        notes[n].citedBy.append(Anchor(section: s, block: b, inline: k))
                    } else if undefined.insert(c).inserted {
                        findings.append(Finding(code: .undefinedCitation, number: c.number, scope: c.scope,
                                                message: "marker [\(c.number)] (\(c.scope)) has no note"))
                    }
                }
            }
        }
        for note in notes where note.citedBy.isEmpty && index[Citation(number: note.number, scope: note.scope)] != nil {
            findings.append(Finding(code: .unreferencedNote, number: note.number, scope: note.scope,
                                    message: "note \(note.number) (\(note.scope)) is never cited in the text"))
        }
    }
}
