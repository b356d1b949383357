import IbidDocument

/// The report list: a tree of reports and chapters, with language, note count and a mark on truncated chapters.
enum ListPane {
    static func draw(_ state: ReaderState, in rect: Rect, on screen: inout Screen) {
        Renderer.title("Reports", right: "\(state.library.chapters.count)", in: rect, focused: state.focus == .list, on: &screen)
        let height = rect.height - 1
        let first = state.listScroll(height: height)
        for (i, row) in state.rows.enumerated().dropFirst(first).prefix(height) {
            let y = rect.y + 1 + i - first
            let selected = i == state.listCursor && state.focus == .list
            let open = row.chapterID != nil && row.chapterID == state.chapterID
            var style = Style(open ? .heading : .normal, bold: open)
            if selected { style.reverse = true }
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: selected ? style : .plain)
            switch row.kind {
            case .report(let r):
                let report = state.library.reports[r]
                var s = Style(.heading, bold: true)
                s.reverse = selected
                // The subject first: three reports of one series must not all read `Retreating Rights –…`.
                let name = report.subject.map { subject in report.series.map { "\(subject) · \($0)" } ?? subject } ?? report.title
                screen.put(" ▾ " + Renderer.fit(name, rect.width - 4), x: rect.x, y: y, limit: rect.maxX, style: s)
            case .chapter(let id, let r, let nested):
                guard let chapter = state.library.chapter(id: id) else { continue }
                let report = state.library.reports[r]
                // Counts need every chapter recovered; until the warm-up says so (an event, not a look
                // at the cache) they are left out rather than delaying the first screen.
                let count = state.countsReady ? state.library.content(of: chapter).notes.count : nil
                // Once a chapter's review has begun its progress replaces the note count: `37/140 ✓ 2 ⚑`.
                let progress = state.countsReady || open ? state.progress(of: chapter)?.summary : nil
                let tags = "\(chapter.language?.rawValue ?? "--") " + (progress ?? count.map { $0 > 0 ? String($0) : "·" } ?? " ")
                let indent = nested ? "   " : " "
                let mark = open ? "▸" : " "
                let cut = chapter.truncated ? " ✂" : ""
                let tagWidth = CharWidth.width(tags) + 1
                let titleWidth = rect.width - CharWidth.width(indent) - 1 - tagWidth - CharWidth.width(cut) - 1
                let name = Renderer.fit(report.partTitle(of: chapter), max(1, titleWidth))
                var x = screen.put(indent + mark + name + cut, x: rect.x, y: y, limit: rect.maxX - tagWidth, style: style)
                x = max(x, rect.maxX - tagWidth)
                var dim = Style(.chrome, dim: !selected)
                dim.reverse = selected
                screen.put(tags, x: rect.maxX - tagWidth, y: y, limit: rect.maxX, style: dim)
            }
        }
    }
}
