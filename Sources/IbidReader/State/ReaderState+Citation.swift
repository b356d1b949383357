import IbidDocument

extension ReaderState {
    /// `c`: the note of the selected citation (reader) or the highlighted note (notes pane) as
    /// bibliography entries, in an overlay.
    mutating func openCitation() {
        guard let content else {
            message = "no chapter open"
            return
        }
        let index: Int?
        switch focus {
        case .reader:
            guard let m = selectedMarker else {
                message = "no citation selected: ] selects the next one"
                return
            }
            index = noteIndex(for: m)
            if index == nil, let lines, m < lines.markers.count {
                message = "[\(lines.markers[m].citation.number)]: \(missingNoteReason)"
                return
            }
        case .notes:
            index = content.notes.indices.contains(noteCursor) ? noteCursor : nil
        case .list:
            index = nil
        }
        guard let index else {
            message = focus == .list ? "c shows a note's entry: select a citation or a note first" : "this chapter has no notes"
            return
        }
        overlay = .citation(note: index, top: 0)
    }

    /// Keys in the citation overlay: scroll, copy as BibTeX, close.
    mutating func handleCitation(note: Int, top: Int, _ key: Key) -> Effect? {
        guard let action = Keymap.action(for: key, in: .citation) else { return nil }
        switch action {
        case .close:
            overlay = nil
            return nil
        case .copyEntry:
            guard let (text, count) = CitationOverlay.bibtex(self, note: note) else {
                message = "nothing to copy: the note cites no work"
                return nil
            }
            let what = count == 1 ? "BibTeX entry" : "\(count) BibTeX entries"
            message = "copied \(what) of note \(content?.notes[note].number ?? 0)"
            // Line by line: the entry's line breaks stay, and nothing from the dump goes to the
            // clipboard (and from there into a terminal) as a control.
            return .copy(Sanitizer.visibleKeepingLines(text))
        default:
            let (count, inner) = CitationOverlay.geometry(self, note: note)
            let end = max(0, count - inner)
            let next = Self.moved(top, by: action, page: max(1, inner - 1), last: end) ?? top
            overlay = .citation(note: note, top: min(max(0, next), end))
            return nil
        }
    }
}
