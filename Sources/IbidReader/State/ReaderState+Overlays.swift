import IbidDocument

extension ReaderState {
    mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> Effect? {
        switch overlay {
        case .help(let top):
            switch key {
            case .char("q"), .escape, .char("?"), .enter: self.overlay = nil
            case .char("j"), .down: self.overlay = .help(top: top + 1)
            case .char("k"), .up: self.overlay = .help(top: max(0, top - 1))
            case .char(" "), .pageDown: self.overlay = .help(top: top + 10)
            case .char("b"), .pageUp: self.overlay = .help(top: max(0, top - 10))
            case .char("g"), .home: self.overlay = .help(top: 0)
            default: break
            }
        case .contents(let cursor):
            let count = lines?.sectionStarts.count ?? 0
            switch key {
            case .char("q"), .escape, .char("t"): self.overlay = nil
            case .char("j"), .down: self.overlay = .contents(cursor: min(cursor + 1, max(0, count - 1)))
            case .char("k"), .up: self.overlay = .contents(cursor: max(0, cursor - 1))
            case .char("g"), .home: self.overlay = .contents(cursor: 0)
            case .char("G"), .end: self.overlay = .contents(cursor: max(0, count - 1))
            case .enter:
                self.overlay = nil
                if let lines, lines.sectionStarts.indices.contains(cursor) {
                    pushHistory()
                    top = lines.sectionStarts[cursor]
                    selectedMarker = nil
                    focus = .reader
                    clampTop()
                    breadcrumb = "contents → \(sectionTitle(cursor))"
                }
            default: break
            }
        case .search(var input):
            switch key {
            case .escape: self.overlay = nil
            case .enter:
                self.overlay = nil
                if input.isEmpty, let s = search { input = s.query }
                guard !input.isEmpty else { return nil }
                pushHistory()
                runSearch(input, from: top, announce: true)
            case .backspace:
                if input.isEmpty { self.overlay = nil } else { input.removeLast(); self.overlay = .search(input: input) }
            case .char(let c): input.append(c); self.overlay = .search(input: input)
            default: break
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

    /// Finds every match of `query` in the laid-out chapter (case-insensitive, within a line) and
    /// goes to the first at or after `from`, wrapping to the top.
    mutating func runSearch(_ query: String, from: Int, announce: Bool) {
        guard let lines else { return }
        let needle = Array(query.lowercased())
        var matches: [SearchState.Match] = []
        for (i, line) in lines.lines.enumerated() {
            let text = Array(line.plainText)
            let lowered = text.map { Character($0.lowercased()) }
            guard lowered.count >= needle.count, !needle.isEmpty else { continue }
            var k = 0
            while k + needle.count <= lowered.count {
                if Array(lowered[k..<(k + needle.count)]) == needle {
                    let column = text[..<k].reduce(0) { $0 + CharWidth.width($1) }
                    let width = text[k..<(k + needle.count)].reduce(0) { $0 + CharWidth.width($1) }
                    matches.append(SearchState.Match(line: i, column: column, width: width))
                    k += needle.count
                } else {
                    k += 1
                }
            }
        }
        let previous = search?.current.flatMap { search?.matches.indices.contains($0) == true ? search?.matches[$0] : nil }
        search = SearchState(query: query, matches: matches, current: nil)
        guard !matches.isEmpty else {
            if announce { message = "pattern not found: \(query)" }
            return
        }
        var current = matches.firstIndex { $0.line >= from } ?? 0
        if !announce, let previous, let same = matches.firstIndex(where: { $0.line >= previous.line }) { current = same }
        search?.current = current
        if announce {
            if matches[current].line < from { message = "search hit BOTTOM, continuing at TOP" }
            else { message = "\(matches.count) match\(matches.count == 1 ? "" : "es") for \(query)" }
            reveal(line: matches[current].line)
        }
    }

    mutating func nextMatch(forward: Bool) {
        guard var s = search, !s.matches.isEmpty else {
            message = "no search: / starts one"
            return
        }
        let count = s.matches.count
        let current = s.current ?? (forward ? -1 : 0)
        var next = forward ? current + 1 : current - 1
        if next >= count {
            next = 0
            message = "search hit BOTTOM, continuing at TOP"
        } else if next < 0 {
            next = count - 1
            message = "search hit TOP, continuing at BOTTOM"
        } else {
            message = "match \(next + 1) of \(count)"
        }
        s.current = next
        search = s
        if focus != .reader { focus = .reader }
        reveal(line: s.matches[next].line)
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
                focus = .reader
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
        } else if let notes = l.notes, notes.contains(x: m.x, y: m.y) {
            if m.kind == .click {
                if focus != .notes { focus = .notes; syncNoteCursor() }
            } else if let content, !content.notes.isEmpty {
                if focus != .notes { focus = .notes; syncNoteCursor() }
                noteCursor = min(max(0, noteCursor + step / 3), content.notes.count - 1)
            }
        }
    }

    /// The list's first visible row, keeping the cursor in view.
    func listScroll(height: Int) -> Int {
        guard height > 0, listCursor >= height else { return 0 }
        return listCursor - height + 1
    }
}
