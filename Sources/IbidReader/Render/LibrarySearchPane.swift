import IbidDocument

/// The search pane (`s`): a box over the panes with the query, how the search stands, and the
/// hits so far — two rows each: where (report › chapter (ID) · § section or note N) and the
/// snippet with the match highlighted. Every string goes through `Screen.put`, which sanitises.
enum LibrarySearchPane {
    /// The box for a terminal of `cols` × `rows`: the status line stays visible under it.
    static func frame(cols: Int, rows: Int) -> Rect {
        let x = cols >= 60 ? 2 : 0
        let y = rows > 12 ? 1 : 0
        return Rect(x: x, y: y, width: max(0, cols - 2 * x), height: max(0, rows - 1 - y))
    }

    /// Hits the box shows at once on a terminal `rows` high (two rows each, under the query and a rule).
    static func visibleHits(rows: Int) -> Int {
        let inner = frame(cols: 80, rows: rows).height - 2
        return max(1, (inner - 2) / 2)
    }

    static func draw(_ state: ReaderState, on screen: inout Screen) {
        guard let pane = state.librarySearch else { return }
        let box = frame(cols: screen.cols, rows: screen.rows)
        guard box.width >= 12, box.height >= 6 else { return }
        let frameStyle = Style(.chrome, bold: true)
        screen.fill(box)
        let right = box.maxX - 1
        screen.put("┌" + String(repeating: "─", count: box.width - 2) + "┐", x: box.x, y: box.y, style: frameStyle)
        screen.put(" " + Renderer.fit("Search everything — Enter goes, ↑ ↓ choose, Esc closes", box.width - 6) + " ",
                   x: box.x + 2, y: box.y, limit: right - 1, style: frameStyle)
        screen.put("└" + String(repeating: "─", count: box.width - 2) + "┘", x: box.x, y: box.maxY - 1, style: frameStyle)
        for y in (box.y + 1)..<(box.maxY - 1) {
            screen.put("│", x: box.x, y: y, style: frameStyle)
            screen.put("│", x: right, y: y, style: frameStyle)
        }
        let x0 = box.x + 2
        let width = box.width - 4
        // The query line: what is typed, a cursor, and on the right how the search stands.
        let summary = Self.summary(pane, chapters: state.library.chapters.count)
        let summaryWidth = min(CharWidth.width(summary), width / 2)
        let queryLimit = x0 + width - summaryWidth - 1
        var end = screen.put("s/", x: x0, y: box.y + 1, limit: queryLimit, style: Style(.chrome, bold: true))
        end = screen.put(pane.input, x: end, y: box.y + 1, limit: queryLimit, style: Style(.normal, bold: true))
        if end < queryLimit { screen.put("█", x: end, y: box.y + 1, style: Style(.chrome)) }
        screen.put(Renderer.fit(summary, summaryWidth), x: x0 + width - summaryWidth, y: box.y + 1, limit: x0 + width, style: Style(.chrome, dim: true))
        screen.put(String(repeating: "─", count: width), x: x0, y: box.y + 2, style: Style(.chrome, dim: true))
        // The hits, the cursor's kept in view.
        let visible = max(1, (box.height - 4) / 2)
        let first = pane.cursor >= visible ? pane.cursor - visible + 1 : 0
        let folding = SearchFolding(pane.run.query)
        for row in 0..<visible {
            let i = first + row
            guard i < pane.run.hits.count else { break }
            let y = box.y + 3 + 2 * row
            guard y + 1 < box.maxY - 1 else { break }
            let found = pane.run.hits[i]
            let selected = i == pane.cursor
            if selected { screen.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 2), style: Style(reverse: true)) }
            screen.put(Renderer.fit(place(of: found, in: state.library), width), x: x0, y: y, limit: x0 + width,
                       style: Style(.chrome, dim: !selected, reverse: selected))
            drawSnippet(found.hit, folding: folding, x: x0 + 2, y: y + 1, width: width - 2, selected: selected, on: &screen)
        }
    }

    /// How the search stands, for the query line.
    static func summary(_ pane: LibrarySearchPaneState, chapters: Int) -> String {
        let run = pane.run
        if pane.input.isEmpty { return "every chapter's text and notes" }
        let hits = run.total == 1 ? "1 hit" : "\(run.total) hits"
        if !run.isDone {
            if run.indexed == true { return "\(hits) so far · searching the index…" }
            return "\(hits) so far · searching \(chapters == 0 ? 100 : run.chaptersSearched * 100 / chapters)%"
        }
        if run.total == 0 { return "no match" }
        let shown = run.total > run.hits.count ? ", the first \(run.hits.count) shown" : ""
        return hits + shown + (run.indexed == true ? " · index" : "")
    }

    /// Where a hit is: `Kazakhstan › Introduction (6003) · §3 Heading`, or `· note 12`.
    static func place(of found: LibraryHit, in library: Library) -> String {
        guard let chapter = library.chapter(id: found.chapterID) else { return "\(found.chapterID)" }
        let report = library.reports[library.reportIndex(of: chapter)]
        // As the list names them: the report by its subject (three reports of one series must not
        // all read `Retreating Rights –…`), the chapter by its part of the report's title.
        var out = report.chapters.count > 1 ? (report.subject ?? report.title) + " › " + report.partTitle(of: chapter) : chapter.title
        out += " (\(chapter.id))"
        switch found.hit.place {
        case .heading(let s): out += " · §\(s + 1) heading"
        case .block(let s, _): out += " · §\(s + 1)" + (found.hit.heading.map { " " + $0 } ?? " (opening)")
        case .note(let n, let scope): out += " · note \(n)" + (scope == .chapter ? "" : " (\(scope))")
        }
        return out
    }

    /// The snippet on one row, the match highlighted and kept in sight: the text before it is cut
    /// from the left (`…`) when the row is too narrow for both.
    static func drawSnippet(_ hit: SearchHit, folding: SearchFolding, x: Int, y: Int, width: Int, selected: Bool, on screen: inout Screen) {
        let chars = Array(hit.snippet)
        let range = folding.matches(in: chars).first { $0.lowerBound >= hit.matchOffset }
            ?? (min(hit.matchOffset, chars.count)..<min(hit.matchOffset, chars.count))
        var before = String(chars[..<range.lowerBound])
        let match = String(chars[range])
        let after = String(chars[range.upperBound...])
        let matchWidth = DisplayText(match).width
        let room = max(0, width / 3)
        if DisplayText(before).width + matchWidth > width - 8, DisplayText(before).width > room {
            var kept: [Character] = []
            var used = 1
            for c in before.reversed() {
                let w = DisplayText(String(c)).width
                if used + w > room { break }
                kept.append(c)
                used += w
            }
            before = "…" + String(kept.reversed())
        }
        let plain = Style(.normal, reverse: selected)
        let limit = x + width
        var end = screen.put(before, x: x, y: y, limit: limit, style: plain)
        end = screen.put(match, x: end, y: y, limit: limit, style: Style(.match, bold: true, reverse: !selected))
        screen.put(after, x: end, y: y, limit: limit, style: plain)
    }
}
