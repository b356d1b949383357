import IbidDocument

extension ReaderState {
    /// Applies one event. Returns `.quit` when the reader should end, `.redraw` for Ctrl-L.
    @discardableResult
    public mutating func handle(_ event: Event) -> Effect? {
        switch event {
        case .resize(let c, let r):
            keepingText { $0.cols = max(0, c); $0.height = max(0, r) }
            return nil
        case .mouse(let m):
            mouse(m)
            return nil
        case .warmedUp:
            countsReady = true
            return nil
        case .notice(let text):
            message = text
            return nil
        case .idle:
            advanceLibrarySearch(budget: LibrarySearchPaneState.idleBudget)
            return nil
        case .indexProgress(let percent):
            indexPercent = (0..<100).contains(percent) ? percent : nil
            if percent >= 100 { message = "search index ready" }
            if percent < 0 { message = "no search index (s scans)" }
            return nil
        case .scanned(let update):
            adopt(update)
            return nil
        case .key(let key):
            // A message or breadcrumb lasts until the next key.
            message = nil
            breadcrumb = nil
            if let overlay { return handleOverlay(overlay, key) }
            if let command = review.awaiting {
                review.awaiting = nil
                placeKey(command, key)
                return nil
            }
            if !pendingDigits.isEmpty, !key.isDigit {
                let digits = pendingDigits
                pendingDigits = ""
                if key == .enter { goToNote(Int(digits) ?? 0); return nil }
                if key == .escape { return nil }
            }
            guard let action = Keymap.action(for: key, in: mode) else { return nil }
            return apply(action, key: key)
        }
    }

    /// The keymap mode of the focused pane.
    var mode: Keymap.Mode {
        switch focus {
        case .list: .list
        case .reader: .reader
        case .notes: .notes
        }
    }

    /// Carries out a pane's or a global action.
    mutating func apply(_ action: Action, key: Key) -> Effect? {
        switch action {
        case .quit: return .quit
        case .redraw: return .redraw
        case .help: overlay = .help(top: 0)
        case .nextPane: cycleFocus(forward: true)
        case .previousPane: cycleFocus(forward: false)
        case .back: goBack()
        case .forward: goForward()
        case .contents:
            if let s = currentSection { overlay = .contents(cursor: s) } else { message = "no chapter open" }
        case .search:
            if chapter != nil { overlay = .search(input: "") } else { message = "no chapter open" }
        case .searchLibrary: openLibrarySearch()
        case .nextMatch: nextMatch(forward: true)
        case .previousMatch: nextMatch(forward: false)
        case .toggleList: toggleList()
        case .copyURL: return copyURL()
        case .copyNote: return copyNote()
        case .openURL: return openURL()
        case .sources: openSources()
        case .otherEdition: switchEdition()
        case .cancel: search = nil
        case .cite: openCitation()
        case .digit:
            if case .char(let c) = key { pendingDigits.append(c) }
        case .setPlace: review.awaiting = .set
        case .jumpToPlace: review.awaiting = .jump
        case .toggleChecked: toggleMark(.checked)
        case .toggleFlagged: toggleMark(.flagged)
        case .comment: startComment()
        case .nextUnchecked: nextMarked(flagged: false)
        case .nextFlagged: nextMarked(flagged: true)
        default:
            switch focus {
            case .list: listAction(action)
            case .reader: readerAction(action)
            case .notes: notesAction(action)
            }
        }
        return nil
    }

    mutating func cycleFocus(forward: Bool) {
        let order: [Pane] = [.list, .reader, .notes]
        let i = order.firstIndex(of: focus) ?? 0
        let next = order[(i + (forward ? 1 : order.count - 1)) % order.count]
        // The layouts keep the text's width whatever has focus; `keepingText` holds its place
        // should a size ever make them differ.
        keepingText { $0.focus = next }
        if focus == .notes { syncNoteCursor() }
    }

    mutating func toggleList() {
        if cols < Layout.wideCols {
            message = "at this width the list shows only with focus (Tab)"
            return
        }
        keepingText { $0.list.hidden.toggle() }
        message = list.hidden ? "list hidden: w shows it" : "list shown"
    }

    /// Entering the notes pane starts at the selected marker's note, or the first note on screen.
    mutating func syncNoteCursor() {
        if let m = selectedMarker, let n = noteIndex(for: m) { notes.select(n) }
        else if let first = notesOnScreen.first { notes.select(first) }
    }

    // MARK: List

    mutating func listAction(_ action: Action) {
        if action == .open { openAtCursor(); return }
        _ = list.handle(action, count: rows.count, page: max(1, viewportHeight - 1))
    }

    mutating func openAtCursor() {
        guard rows.indices.contains(listCursor) else { return }
        let id: Int?
        switch rows[listCursor].kind {
        case .chapter(let c, _, _): id = c
        case .report(let r): id = library.reports[r].chapters.first?.id
        case .edition(let r, let e): id = library.reports[r].editions[e].chapters.first?.id
        case .file(let f): id = library.chapters.first { $0.file == f }?.id
        }
        guard let id else { return }
        if id != chapterID {
            pushHistory()
            openChapter(id)
        }
        keepingText { $0.focus = .reader }
    }

    // MARK: Reader

    mutating func readerAction(_ action: Action) {
        if text.handle(action, viewport: viewportHeight, maxTop: maxTop) {
            dropSelectionIfScrolledAway()
            return
        }
        switch action {
        case .nextMarker: stepMarker(forward: true)
        case .previousMarker: stepMarker(forward: false)
        case .nextSection: stepSection(forward: true)
        case .previousSection: stepSection(forward: false)
        case .follow: followSelected()
        default: break
        }
        clampTop()
        dropSelectionIfScrolledAway()
    }

    /// A selection scrolled out of sight is dropped, so `]` continues from what the reader sees.
    mutating func dropSelectionIfScrolledAway() {
        guard let m = selectedMarker, let lines, m < lines.markers.count else { return }
        let line = lines.markers[m].line
        if line < top || line >= top + viewportHeight { selectedMarker = nil }
    }

    mutating func stepMarker(forward: Bool) {
        guard let lines, !lines.markers.isEmpty else {
            message = "no citations in this chapter"
            return
        }
        let next: Int?
        if let m = selectedMarker {
            next = forward ? (m + 1 < lines.markers.count ? m + 1 : nil) : (m > 0 ? m - 1 : nil)
        } else if forward {
            next = lines.markers.firstIndex { $0.line >= top }
        } else {
            next = lines.markers.lastIndex { $0.line < top + viewportHeight }
        }
        guard let next else {
            message = forward ? "no more citations below" : "no more citations above"
            return
        }
        selectedMarker = next
        reveal(line: lines.markers[next].line)
    }

    mutating func stepSection(forward: Bool) {
        guard let lines, let current = currentSection else { return }
        let target = forward ? current + 1 : (top > lines.sectionStarts[current] ? current : current - 1)
        guard lines.sectionStarts.indices.contains(target) else {
            message = forward ? "last section" : "first section"
            return
        }
        top = lines.sectionStarts[target]
        clampTop()
    }

    /// Why a marker has no note: the dump ends before the notes, or the chapter lacks it.
    var missingNoteReason: String {
        chapter?.truncated == true ? "no note — the dump is cut off here" : "no note in this chapter"
    }

    /// Enter on a marker: the sidebar jumps to its note and takes focus.
    mutating func followSelected() {
        guard let m = selectedMarker, let lines, m < lines.markers.count else {
            message = "no citation selected: ] selects the next one"
            return
        }
        let citation = lines.markers[m].citation
        guard let n = noteIndex(for: m) else {
            message = "[\(citation.number)]: \(missingNoteReason)"
            return
        }
        pushHistory()
        notes.select(n)
        keepingText { $0.focus = .notes }
        breadcrumb = "\(placeName(lines.markers[m].anchor)) › [\(citation.number)] → note \(content?.notes[n].number ?? citation.number)"
    }

    // MARK: Notes

    /// The highlighted note's height in the notes pane, laid out as `NotesPane` draws it.
    var highlightedNoteRows: Int {
        guard let content, content.notes.indices.contains(noteCursor), let rect = notesRect else { return 0 }
        return NotesPane.noteLines(content.notes[noteCursor], content: content, width: max(1, rect.width - 1), highlighted: true).count
    }

    mutating func notesAction(_ action: Action) {
        guard let content, !content.notes.isEmpty else {
            if action == .toCitation { message = "this chapter has no notes" }
            return
        }
        if action == .toCitation { backToCitation(); return }
        let height = max(1, (notesRect?.height ?? 2) - 1)
        _ = notes.handle(action, count: content.notes.count, noteRows: highlightedNoteRows, height: height)
    }

    /// Enter on a note: to where it is cited — back where we came from if that is a citation of it,
    /// else to its first citation, then each further one on the next Enter.
    mutating func backToCitation() {
        guard let content, let lines else { return }
        let note = content.notes[noteCursor]
        let citing = lines.markers.indices.filter { lines.markers[$0].citation == Citation(number: note.number, scope: note.scope) }
        guard !citing.isEmpty else {
            message = "note \(note.number) is never cited in the text"
            return
        }
        if let last = history.back.last, last.chapter == chapterID, let m = last.marker, citing.contains(m) {
            goBack()
            focus = .reader
            return
        }
        let next = citing.first { $0 > (selectedMarker ?? -1) } ?? citing[0]
        pushHistory()
        selectedMarker = next
        keepingText { $0.focus = .reader }
        reveal(line: lines.markers[next].line)
        let total = citing.count > 1 ? " (\(citing.firstIndex(of: next)! + 1) of \(citing.count))" : ""
        breadcrumb = "note \(note.number) → [\(note.number)] in \(placeName(lines.markers[next].anchor))\(total)"
    }

    /// Digits then Enter: the sidebar shows note N.
    mutating func goToNote(_ number: Int) {
        guard let content, let n = content.notes.firstIndex(where: { $0.number == number && $0.scope == .chapter })
            ?? content.notes.firstIndex(where: { $0.number == number }) else {
            message = "no note \(number) in this chapter"
            return
        }
        pushHistory()
        notes.select(n)
        keepingText { $0.focus = .notes }
        breadcrumb = "go to note \(number)"
    }

    /// The heading a place is under, or where it stands when it has none (`(opening)`).
    func placeName(_ anchor: Anchor) -> String {
        content?.heading(at: anchor) ?? sectionTitle(anchor.section)
    }

    // MARK: History

    mutating func goBack() {
        guard let v = history.back.popLast() else {
            message = "already at the oldest position"
            return
        }
        history.forward.append(view)
        restore(v)
        breadcrumb = "back"
    }

    mutating func goForward() {
        guard let v = history.forward.popLast() else {
            message = "already at the newest position"
            return
        }
        history.back.append(view)
        restore(v)
        breadcrumb = "forward"
    }
}

extension Key {
    var isDigit: Bool {
        if case .char(let c) = self { return c.isASCII && c.isNumber }
        return false
    }
}
