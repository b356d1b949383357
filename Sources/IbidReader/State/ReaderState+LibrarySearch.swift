import IbidDocument

extension ReaderState {
    /// Whether the loop should hand the state idle turns: a library search is still running.
    public var hasBackgroundWork: Bool {
        guard let s = librarySearch, overlay == .librarySearch else { return false }
        return !s.run.isDone
    }

    /// `s`: the search pane, empty.
    mutating func openLibrarySearch() {
        librarySearch = LibrarySearchPaneState()
        overlay = .librarySearch
    }

    /// A key in the search pane: typing searches again from the start, arrows choose, Enter goes.
    mutating func handleLibrarySearch(_ key: Key) -> Effect? {
        guard var pane = librarySearch else { overlay = nil; return nil }
        switch Keymap.action(for: key, in: .library) {
        case .close:
            overlay = nil
        case .jump:
            overlay = nil
            if pane.run.hits.indices.contains(pane.cursor) { jump(toHit: pane.cursor, of: pane.run) }
            else { message = pane.input.isEmpty ? "type something to search for" : "no hit to go to" }
        case .deleteChar:
            if pane.input.isEmpty { overlay = nil; return nil }
            pane.input.removeLast()
            restart(&pane)
        case .some(let action):
            pane.move(action, page: max(1, LibrarySearchPane.visibleHits(rows: height) - 1))
            librarySearch = pane
        case nil:
            guard case .char(let c) = key else { return nil }
            pane.input.append(c)
            restart(&pane)
        }
        return nil
    }

    /// A new search for what is typed now, with a first slice done before the frame is drawn.
    mutating func restart(_ pane: inout LibrarySearchPaneState) {
        pane.run = LibrarySearch(query: pane.input)
        pane.cursor = 0
        librarySearch = pane
        advanceLibrarySearch(budget: LibrarySearchPaneState.keystrokeBudget)
    }

    mutating func advanceLibrarySearch(budget: Int) {
        guard var pane = librarySearch, !pane.run.isDone else { return }
        pane.run.advance(in: library, index: index, budget: budget)
        librarySearch = pane
    }

    /// Goes to a hit: its chapter, then the line of its text (the query highlighted as `/` does,
    /// so `n` goes on within the chapter) or its note in the sidebar. The view before is
    /// remembered, so Ctrl-O comes back to exactly where the search began.
    mutating func jump(toHit index: Int, of run: LibrarySearch) {
        let found = run.hits[index]
        let query = run.query
        pushHistory()
        if found.chapterID != chapterID { openChapter(found.chapterID) }
        guard let lines, let content else { return }
        let chapterName = chapter.map { "\($0.id)" } ?? ""
        switch found.hit.place {
        case .note(let number, let scope):
            guard let n = content.notes.firstIndex(where: { $0.number == number && $0.scope == scope }) else { return }
            notes.select(n)
            keepingText { $0.focus = .notes }
            breadcrumb = "search “\(query)” → \(chapterName) note \(number)"
        case .heading(let section), .block(let section, _):
            let block: Int? = if case .block(_, let b) = found.hit.place { b } else { nil }
            let first = lines.lines.firstIndex { $0.section == section && (block == nil || $0.block == block) && !$0.spans.isEmpty }
                ?? (lines.sectionStarts.isEmpty ? 0 : lines.sectionStarts[min(section, lines.sectionStarts.count - 1)])
            let last = lines.lines[first...].firstIndex { $0.section != section || (block != nil && $0.block != nil && $0.block != block) }
                ?? lines.lines.count
            keepingText { $0.focus = .reader }
            top = first
            clampTop()
            runSearch(query, from: first, announce: false)
            // The hit's own occurrence: the k-th match of the text on the block's lines.
            if var s = search {
                let inBlock = s.matches.indices.filter { s.matches[$0].line >= first && s.matches[$0].line < last }
                let k = Self.occurrence(of: index, in: run.hits)
                if let i = inBlock.indices.contains(k) ? inBlock[k] : inBlock.first {
                    s.current = i
                    search = s
                    reveal(line: s.matches[i].line)
                }
            }
            selectedMarker = nil
            breadcrumb = "search “\(query)” → \(chapterName) \(placeName(Anchor(section: section, block: block ?? 0, inline: 0)))"
        }
    }

    /// Which match of its row the `i`-th hit is (0 for the first): the hits of a row are consecutive.
    static func occurrence(of i: Int, in hits: [LibraryHit]) -> Int {
        var k = 0
        var j = i - 1
        while j >= 0, hits[j].chapterID == hits[i].chapterID, hits[j].hit.place == hits[i].hit.place { k += 1; j -= 1 }
        return k
    }
}
