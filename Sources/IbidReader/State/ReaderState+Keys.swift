import IbidDocument

extension ReaderState {
    /// Applies one event. Returns `.quit` when the reader should end.
    @discardableResult
    public mutating func handle(_ event: Event) -> Effect? {
        switch event {
        case .resize(let c, let r):
            resize(cols: c, rows: r)
            return nil
        case .mouse(let m):
            mouse(m)
            return nil
        case .key(let key):
            let hadMessage = message != nil
            message = nil
            if let overlay { return handleOverlay(overlay, key) }
            if case .char(let ch) = key, ch.isASCII, ch.isNumber, focus != .list {
                pendingDigits.append(ch)
                return nil
            }
            if !pendingDigits.isEmpty {
                let digits = pendingDigits
                pendingDigits = ""
                if key == .enter {
                    goToNote(Int(digits) ?? 0)
                    return nil
                }
                if key == .escape { return nil }
            }
            if key == .escape {
                if search != nil { search = nil } else if !hadMessage { breadcrumb = nil }
                return nil
            }
            return handleKey(key)
        }
    }

    mutating func resize(cols c: Int, rows r: Int) {
        // Keep the same text at the top: find the block under the old top, then its first line at the new width.
        let anchor = lines.flatMap { l in l.lines.indices.contains(top) ? (l.lines[top].section, l.lines[top].block) : nil }
        let marker = selectedMarker.flatMap { m in lines?.markers.indices.contains(m) == true ? lines?.markers[m].anchor : nil }
        cols = max(0, c)
        height = max(0, r)
        if let lines {
            if let marker { selectedMarker = lines.markers.firstIndex { $0.anchor == marker } }
            if let anchor, let i = lines.lines.firstIndex(where: { $0.section == anchor.0 && ($0.block == anchor.1 || anchor.1 == nil) && !$0.spans.isEmpty }) { top = i }
            if let s = search { runSearch(s.query, from: top, announce: false) }
            clampTop()
            // A selected marker stays in sight at any size.
            if let m = selectedMarker, m < lines.markers.count { reveal(line: lines.markers[m].line) }
        }
        clampTop()
    }

    mutating func handleKey(_ key: Key) -> Effect? {
        switch key {
        case .char("q"): return .quit
        case .char("?"): overlay = .help(top: 0)
        case .tab: cycleFocus(forward: true)
        case .shiftTab: cycleFocus(forward: false)
        case .ctrl("o"), .backspace, .char("H"): goBack()
        case .ctrl("]"), .char("L"): goForward()
        case .char("t"):
            if let s = currentSection { overlay = .contents(cursor: s) } else { message = "no chapter open" }
        case .char("/"):
            if chapter != nil { overlay = .search(input: "") } else { message = "no chapter open" }
        case .char("n"): nextMatch(forward: true)
        case .char("N"): nextMatch(forward: false)
        default:
            switch focus {
            case .list: listKey(key)
            case .reader: readerKey(key)
            case .notes: notesKey(key)
            }
        }
        return nil
    }

    mutating func cycleFocus(forward: Bool) {
        let order: [Pane] = [.list, .reader, .notes]
        let i = order.firstIndex(of: focus) ?? 0
        focus = order[(i + (forward ? 1 : order.count - 1)) % order.count]
        if focus == .notes { syncNoteCursor() }
    }

    /// Entering the notes pane starts at the selected marker's note, or the first note on screen.
    mutating func syncNoteCursor() {
        if let m = selectedMarker, let n = noteIndex(for: m) { noteCursor = n }
        else if let first = notesOnScreen.first { noteCursor = first }
    }

    // MARK: List

    mutating func listKey(_ key: Key) {
        let page = max(1, viewportHeight - 1)
        switch key {
        case .char("j"), .down: listCursor += 1
        case .char("k"), .up: listCursor -= 1
        case .char("g"), .home: listCursor = 0
        case .char("G"), .end: listCursor = rows.count - 1
        case .char(" "), .pageDown, .ctrl("f"): listCursor += page
        case .char("b"), .pageUp, .ctrl("b"): listCursor -= page
        case .ctrl("d"): listCursor += page / 2
        case .ctrl("u"): listCursor -= page / 2
        case .enter, .char("l"), .right: openAtCursor()
        default: break
        }
        listCursor = min(max(0, listCursor), max(0, rows.count - 1))
    }

    mutating func openAtCursor() {
        guard rows.indices.contains(listCursor) else { return }
        let id: Int?
        switch rows[listCursor].kind {
        case .chapter(let c, _, _): id = c
        case .report(let r): id = library.reports[r].chapters.first?.id
        }
        guard let id else { return }
        if id != chapterID {
            pushHistory()
            openChapter(id)
        }
        focus = .reader
    }

    // MARK: Reader

    mutating func readerKey(_ key: Key) {
        let page = max(1, viewportHeight - 2)
        switch key {
        case .char("j"), .down, .ctrl("e"), .ctrl("n"): top += 1
        case .char("k"), .up, .ctrl("y"), .ctrl("p"): top -= 1
        case .char(" "), .pageDown, .ctrl("f"), .char("f"): top += page
        case .char("b"), .pageUp, .ctrl("b"): top -= page
        case .ctrl("d"): top += viewportHeight / 2
        case .ctrl("u"): top -= viewportHeight / 2
        case .char("g"), .home: top = 0
        case .char("G"), .end: top = maxTop
        case .char("]"): stepMarker(forward: true)
        case .char("["): stepMarker(forward: false)
        case .char("}"): stepSection(forward: true)
        case .char("{"): stepSection(forward: false)
        case .enter: followSelected()
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

    /// Enter on a marker: the sidebar jumps to its note and takes focus.
    mutating func followSelected() {
        guard let m = selectedMarker, let lines, m < lines.markers.count else {
            message = "no citation selected: ] selects the next one"
            return
        }
        let citation = lines.markers[m].citation
        guard let n = noteIndex(for: m) else {
            message = "[\(citation.number)] has no note in this chapter (see ibid check)"
            return
        }
        pushHistory()
        noteCursor = n
        focus = .notes
        breadcrumb = "\(placeName(lines.markers[m].anchor)) › [\(citation.number)] → note \(content?.notes[n].number ?? citation.number)"
    }

    // MARK: Notes

    mutating func notesKey(_ key: Key) {
        guard let content, !content.notes.isEmpty else {
            if key == .enter { message = "this chapter has no notes" }
            return
        }
        switch key {
        case .char("j"), .down: noteCursor += 1
        case .char("k"), .up: noteCursor -= 1
        case .char("g"), .home: noteCursor = 0
        case .char("G"), .end: noteCursor = content.notes.count - 1
        case .char(" "), .pageDown, .ctrl("f"), .ctrl("d"): noteCursor += 5
        case .char("b"), .pageUp, .ctrl("b"), .ctrl("u"): noteCursor -= 5
        case .enter: backToCitation()
        default: break
        }
        noteCursor = min(max(0, noteCursor), content.notes.count - 1)
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
        if let last = back.last, last.chapter == chapterID, let m = last.marker, citing.contains(m) {
            goBack()
            focus = .reader
            return
        }
        let next = citing.first { $0 > (selectedMarker ?? -1) } ?? citing[0]
        pushHistory()
        selectedMarker = next
        focus = .reader
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
        noteCursor = n
        focus = .notes
        breadcrumb = "go to note \(number)"
    }

    /// The heading a place is under, or where it stands when it has none (`(opening)`).
    func placeName(_ anchor: Anchor) -> String {
        content?.heading(at: anchor) ?? sectionTitle(anchor.section)
    }

    // MARK: History

    mutating func goBack() {
        guard let v = back.popLast() else {
            message = "already at the oldest position"
            return
        }
        forward.append(view)
        restore(v)
        breadcrumb = "back"
    }

    mutating func goForward() {
        guard let v = forward.popLast() else {
            message = "already at the newest position"
            return
        }
        back.append(view)
        restore(v)
        breadcrumb = "forward"
    }
}
