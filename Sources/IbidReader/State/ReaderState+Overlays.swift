import IbidDocument

extension ReaderState {
    /// A key while an overlay is open goes to the overlay alone.
    mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> Effect? {
        switch overlay {
        case .help(let top):
            guard let action = Keymap.action(for: key, in: .help) else { return nil }
            let (count, inner) = OverlayBox.helpGeometry(cols: cols, rows: height)
            let end = max(0, count - inner)
            let page = max(1, inner - 1)
            if action == .close { self.overlay = nil; return nil }
            let next = Self.moved(top, by: action, page: page, last: end) ?? top
            self.overlay = .help(top: min(max(0, next), end))
        case .contents(let cursor):
            guard let action = Keymap.action(for: key, in: .contents) else { return nil }
            let count = lines?.sectionStarts.count ?? 0
            let page = max(1, height - 5)
            let next = Self.moved(cursor, by: action, page: page, last: count - 1) ?? cursor
            switch action {
            case .close: self.overlay = nil; return nil
            case .jump:
                self.overlay = nil
                if let lines, lines.sectionStarts.indices.contains(cursor) {
                    pushHistory()
                    top = lines.sectionStarts[cursor]
                    selectedMarker = nil
                    keepingText { $0.focus = .reader }
                    clampTop()
                    breadcrumb = "contents → \(sectionTitle(cursor))"
                }
                return nil
            default: break
            }
            self.overlay = .contents(cursor: min(max(0, next), max(0, count - 1)))
        case .librarySearch:
            return handleLibrarySearch(key)
        case .citation(let note, let top):
            return handleCitation(note: note, top: top, key)
        case .search(var input):
            switch Keymap.action(for: key, in: .prompt) {
            case .cancel: self.overlay = nil
            case .runSearch:
                self.overlay = nil
                if input.isEmpty, let s = search { input = s.query }
                guard !input.isEmpty else { return nil }
                pushHistory()
                runSearch(input, from: top, announce: true)
            case .deleteChar:
                if input.isEmpty { self.overlay = nil } else { input.removeLast(); self.overlay = .search(input: input) }
            default:
                if case .char(let c) = key { input.append(c); self.overlay = .search(input: input) }
            }
        case .urls(let picker):
            return handlePicker(picker, key)
        case .sources(let view):
            return handleSources(view, key)
        case .comment(let citation, var input):
            switch Keymap.action(for: key, in: .comment) {
            case .cancel: self.overlay = nil
            case .saveComment:
                self.overlay = nil
                saveComment(citation, input)
            case .deleteChar:
                if !input.isEmpty { input.removeLast() }
                self.overlay = .comment(citation: citation, input: input)
            default:
                if case .char(let c) = key { input.append(c); self.overlay = .comment(citation: citation, input: input) }
            }
        }
        return nil
    }

    /// A section's name in the contents: its heading, or where it stands.
    func sectionTitle(_ s: Int) -> String {
        guard let content, content.sections.indices.contains(s) else { return "" }
        if let h = content.sections[s].heading { return h }
        return s == 0 ? "(opening)" : "(continued)"
    }

    // MARK: Search

    /// Finds every match of `query` in the laid-out chapter (within a line) and in its notes,
    /// folding case and quote styles (`SearchFolding`), and goes to the first text match at or
    /// after `from`, wrapping to the top; with no match in the text, to the first note that matches.
    mutating func runSearch(_ query: String, from: Int, announce: Bool) {
        guard let lines, let content else { return }
        let folding = SearchFolding(query)
        var matches: [SearchState.Match] = []
        for (i, line) in lines.lines.enumerated() {
            let text = Array(line.plainText)
            guard text.count >= query.count else { continue }
            var column = 0, k = 0
            for r in folding.matches(in: text) {
                while k < r.lowerBound { column += CharWidth.width(text[k]); k += 1 }
                let width = text[r].reduce(0) { $0 + CharWidth.width($1) }
                matches.append(SearchState.Match(line: i, column: column, width: width))
            }
        }
        let noteHits = content.notes.indices.filter { folding.occurs(in: NotesPane.searchableText(content.notes[$0])) }
        let previous = search?.current.flatMap { search?.matches.indices.contains($0) == true ? search?.matches[$0] : nil }
        search = SearchState(query: query, matches: matches, notes: noteHits, current: nil)
        guard !matches.isEmpty || !noteHits.isEmpty else {
            if announce { message = "pattern not found: \(query)" }
            return
        }
        let summary = "\(matches.count + noteHits.count) match\(matches.count + noteHits.count == 1 ? "" : "es") for \(query)"
            + (noteHits.isEmpty ? "" : " (\(noteHits.count) in notes)")
        guard !matches.isEmpty else {
            search?.current = 0
            if announce {
                message = summary
                showNoteMatch(0)
            }
            return
        }
        var current = matches.firstIndex { $0.line >= from } ?? 0
        if !announce, let previous, let same = matches.firstIndex(where: { $0.line >= previous.line }) { current = same }
        search?.current = current
        if announce {
            if matches[current].line < from { message = "search hit BOTTOM, continuing at TOP" }
            else { message = summary }
            if focus == .list { keepingText { $0.focus = .reader } }
            reveal(line: matches[current].line)
        }
    }

    /// Shows the `k`th note that matches, in the notes pane with focus.
    mutating func showNoteMatch(_ k: Int) {
        guard let s = search, s.notes.indices.contains(k) else { return }
        notes.select(s.notes[k])
        keepingText { $0.focus = .notes }
    }

    mutating func nextMatch(forward: Bool) {
        guard var s = search, s.total > 0 else {
            message = "no search: / starts one"
            return
        }
        let count = s.total
        let current = s.current ?? (forward ? -1 : 0)
        var next = forward ? current + 1 : current - 1
        if next >= count {
            next = 0
            message = "search hit BOTTOM, continuing at TOP"
        } else if next < 0 {
            next = count - 1
            message = "search hit TOP, continuing at BOTTOM"
        } else {
            message = next < s.matches.count ? "match \(next + 1) of \(count)" : "match \(next + 1) of \(count), in note \(content?.notes[s.notes[next - s.matches.count]].number ?? 0)"
        }
        s.current = next
        search = s
        if next < s.matches.count {
            if focus != .reader { keepingText { $0.focus = .reader } }
            reveal(line: s.matches[next].line)
        } else {
            showNoteMatch(next - s.matches.count)
        }
    }

    // MARK: Mouse

    /// Click: choose a chapter in the list, select and follow a marker in the text, choose a note.
    /// Wheel: scroll the pane under the pointer.
    mutating func mouse(_ m: MouseEvent) {
        let l = layout
        let step = m.kind == .wheelDown ? 3 : -3
        if let list = l.list, list.contains(x: m.x, y: m.y) {
            if m.kind == .click {
                let row = m.y - list.y - 1 + listScroll(height: list.height - 1)
                if row >= 0, row < rows.count {
                    focus = .list
                    listCursor = row
                    openAtCursor()
                }
            } else {
                listCursor = min(max(0, listCursor + step), max(0, rows.count - 1))
            }
        } else if let reader = l.reader, reader.contains(x: m.x, y: m.y) {
            if m.kind == .click {
                keepingText { $0.focus = .reader }
                let line = top + m.y - reader.y - 1
                let column = m.x - Layout.textColumn(of: reader).x
                if let lines, let hit = lines.markers(onLines: line..<(line + 1)).first(where: {
                    lines.markers[$0].line == line && column >= lines.markers[$0].column && column < lines.markers[$0].column + lines.markers[$0].width
                }) {
                    selectedMarker = hit
                    followSelected()
                }
            } else {
                top += step
                clampTop()
                dropSelectionIfScrolledAway()
            }
        } else if let notesRect = l.notes, notesRect.contains(x: m.x, y: m.y) {
            if focus != .notes { keepingText { $0.focus = .notes }; syncNoteCursor() }
            if m.kind != .click, let content, !content.notes.isEmpty {
                // The wheel scrolls a note taller than the pane before it moves to the next one.
                let overflow = max(0, highlightedNoteRows - max(1, notesRect.height - 1))
                if step > 0, notes.scroll < overflow {
                    notes.scroll = min(overflow, notes.scroll + step)
                } else if step < 0, notes.scroll > 0 {
                    notes.scroll = max(0, notes.scroll + step)
                } else {
                    notes.select(min(max(0, noteCursor + step / 3), content.notes.count - 1))
                }
            }
        }
    }

    /// The list's first visible row, keeping the cursor in view.
    func listScroll(height: Int) -> Int { list.scroll(height: height) }

    /// Where an overlay's cursor or scroll position goes for a movement action; nil for any other.
    static func moved(_ value: Int, by action: Action, page: Int, last: Int) -> Int? {
        switch action {
        case .lineDown: value + 1
        case .lineUp: value - 1
        case .pageDown, .halfDown: value + page
        case .pageUp, .halfUp: value - page
        case .first: 0
        case .last: last
        default: nil
        }
    }
}
