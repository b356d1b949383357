import IbidDocument

extension ReaderState {
    /// `e`: the same place in the report's next edition — the chapter paired with this one
    /// (`Report.counterpart`), at the citation of the same note. The note is the one under the notes
    /// cursor (notes focused), the selected marker's, else the first cited on screen; translations
    /// keep their notes' numbers (docs/format.md §9), so the place follows the note. With no note
    /// in sight the same section by its share of the chapter.
    mutating func switchEdition() {
        guard let chapter else {
            message = "no chapter open"
            return
        }
        let report = library.reports[library.reportIndex(of: chapter)]
        guard report.editions.count > 1, let current = report.edition(of: chapter.id) else {
            message = "this report has one edition"
            return
        }
        var target: (edition: Int, chapter: Int)?
        for step in 1..<report.editions.count {
            let e = (current + step) % report.editions.count
            if let other = report.counterpart(of: chapter.id, in: e) {
                target = (e, other)
                break
            }
        }
        guard let target, let other = library.chapter(id: target.chapter) else {
            let names = report.editions.enumerated().filter { $0.offset != current }.map { $0.element.language?.name ?? "other" }
            message = "no counterpart of this chapter in the \(names.joined(separator: " or ")) edition"
            return
        }
        let note = anchorNote
        let section = currentSection
        let sectionCount = max(1, content?.sections.count ?? 1)
        let wasNotes = focus == .notes
        pushHistory()
        openChapter(other.id)
        let language = report.editions[target.edition].language?.name ?? "other"
        guard let lines, let content else { return }
        if let note, let m = Self.firstMarker(citing: note, in: lines) {
            selectedMarker = m
            reveal(line: lines.markers[m].line)
            if wasNotes, let n = lines.markers[m].note { notes.select(n) }
            breadcrumb = "\(language) edition, \(library.address(of: other)) › [\(lines.markers[m].citation.number)]"
        } else {
            if let section, !lines.sectionStarts.isEmpty {
                let s = min(lines.sectionStarts.count - 1, section * max(1, content.sections.count) / sectionCount)
                top = lines.sectionStarts[s]
                clampTop()
            }
            breadcrumb = "\(language) edition, \(library.address(of: other))"
        }
        keepingText { $0.focus = wasNotes ? .notes : .reader }
    }

    /// The chapter-scope note the reader is at: the notes cursor's, the selected marker's, or the
    /// first one cited on screen.
    var anchorNote: Int? {
        guard let content, let lines else { return nil }
        if focus == .notes, content.notes.indices.contains(noteCursor), content.notes[noteCursor].scope == .chapter {
            return content.notes[noteCursor].number
        }
        if let m = selectedMarker, lines.markers.indices.contains(m), lines.markers[m].citation.scope == .chapter {
            return lines.markers[m].citation.number
        }
        return visibleMarkers.map { lines.markers[$0].citation }.first { $0.scope == .chapter }?.number
    }

    /// The first marker citing note `number` (chapter scope), else the last one before it in numbering.
    static func firstMarker(citing number: Int, in lines: ChapterLines) -> Int? {
        if let exact = lines.markers.firstIndex(where: { $0.citation == Citation(number: number, scope: .chapter) }) { return exact }
        var best: (index: Int, number: Int)?
        for (i, m) in lines.markers.enumerated() where m.citation.scope == .chapter && m.citation.number < number {
            if best == nil || m.citation.number > best!.number { best = (i, m.citation.number) }
        }
        return best?.index
    }
}
