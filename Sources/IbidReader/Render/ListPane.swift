import IbidDocument

/// The report list: a tree of reports and chapters, with language, note count and a mark on truncated chapters.
enum ListPane {
    static func draw(_ state: ReaderState, in rect: Rect, on screen: inout Screen) {
        // While a large dump is still being read, the count so far and how far the scan has got.
        // (`1200… 37%`: short enough for the narrowest list.)
        let count = state.scanProgress.map { "\(state.library.chapters.count)… \(Int($0 * 100))%" }
            ?? "\(state.library.chapters.count)"
        Renderer.title("Reports", right: count, in: rect, focused: state.focus == .list, on: &screen)
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
            case .file(let f):
                // Several files: each file's reports under its name.
                var s = Style(.chrome, bold: true)
                s.reverse = selected
                screen.put(" ▤ " + fitTail(state.library.sources[f].path, rect.width - 4), x: rect.x, y: y, limit: rect.maxX, style: s)
            case .report(let r):
                let report = state.library.reports[r]
                var s = Style(.heading, bold: true)
                s.reverse = selected
                // The subject first: three reports of one series must not all read `Retreating Rights –…`.
                let name = report.subject.map { subject in report.series.map { "\(subject) · \($0)" } ?? subject } ?? report.title
                // A report in several editions names its languages at the right: `en ky`.
                let languages = report.editions.count > 1 ? report.editions.map { $0.language?.rawValue ?? "--" }.joined(separator: " ") : ""
                let tagWidth = languages.isEmpty ? 0 : CharWidth.width(languages) + 1
                screen.put(" ▾ " + Renderer.fit(name, max(1, rect.width - 4 - tagWidth)), x: rect.x, y: y, limit: rect.maxX - tagWidth, style: s)
                if !languages.isEmpty {
                    var dim = Style(.chrome, dim: !selected)
                    dim.reverse = selected
                    screen.put(languages, x: rect.maxX - tagWidth, y: y, limit: rect.maxX, style: dim)
                }
            case .edition(let r, let e):
                let edition = state.library.reports[r].editions[e]
                var s = Style(.chrome, bold: e == 0)
                s.reverse = selected
                let name = edition.language.map { "\($0.rawValue) · \($0.name) edition" } ?? "-- · edition"
                screen.put("  " + Renderer.fit(name, max(1, rect.width - 3)), x: rect.x, y: y, limit: rect.maxX, style: s)
            case .chapter(let id, let r, let nested):
                guard let chapter = state.library.chapter(id: id) else { continue }
                let report = state.library.reports[r]
                // Counts need every chapter recovered; until the warm-up says so (an event, not a look
                // at the cache) they are left out rather than delaying the first screen.
                let count = state.countsReady ? state.library.noteCount(of: chapter) : nil
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

    /// A path cut from the left (`…/sub/b.txt`): the file's own name is what tells two files apart.
    static func fitTail(_ path: String, _ width: Int) -> String {
        guard width > 1, CharWidth.width(path) > width else { return width > 0 ? path : "" }
        var tail: [Character] = []
        var used = 1
        for c in path.reversed() {
            let w = CharWidth.width(c)
            if used + w > width { break }
            tail.append(c)
            used += w
        }
        return "…" + String(tail.reversed())
    }
}
