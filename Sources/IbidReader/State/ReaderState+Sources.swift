import IbidDocument

/// The sources view (`U`, issue 11): every URL the notes cite, by domain, for the open report or
/// the whole library; Enter goes from a domain to its URLs, from a URL to the notes citing it, and
/// from a note to the note itself, with history so Ctrl-O comes back.
extension ReaderState {
    /// The report of the open chapter (of the list's row when none is open).
    var currentReportIndex: Int? {
        if let chapter { return library.reportIndex(of: chapter) }
        guard rows.indices.contains(listCursor) else { return nil }
        switch rows[listCursor].kind {
        case .chapter(let id, _, _): return library.chapter(id: id).map(library.reportIndex(of:))
        case .report(let r), .edition(let r, _): return r
        case .file: return nil
        }
    }

    /// The index for `scope`: the report's chapters, or every chapter (each recovered once, through
    /// the library's cache, which the reader's warm-up has usually filled already).
    func sourcesView(_ scope: SourcesView.Scope) -> SourcesView {
        if scope == .report, let r = currentReportIndex, library.reports.indices.contains(r) {
            let report = library.reports[r]
            return SourcesView(scope: .report, scopeName: report.title,
                               index: SourceIndex(chapters: report.chapters, content: library.content(of:)))
        }
        return SourcesView(scope: .library, scopeName: "the library",
                           index: SourceIndex(chapters: library.chapters, content: library.content(of:)))
    }

    mutating func openSources() {
        guard !library.chapters.isEmpty else {
            message = "no chapters, so no sources"
            return
        }
        overlay = .sources(sourcesView(.report))
    }

    mutating func handleSources(_ view: SourcesView, _ key: Key) -> Effect? {
        guard let action = Keymap.action(for: key, in: .sources) else { return nil }
        var view = view
        let page = max(1, height - 6)
        if let next = Self.moved(view.cursor, by: action, page: page, last: view.count - 1) {
            view.move(to: next)
            overlay = .sources(view)
            return nil
        }
        switch action {
        case .close:
            overlay = nil
        case .up:
            overlay = view.leave() ? .sources(view) : nil
        case .toggleScope:
            overlay = .sources(sourcesView(view.scope == .report ? .library : .report))
        case .jump:
            switch view.level {
            case .domains, .urls:
                guard view.count > 0 else { return nil }
                view.enter()
                overlay = .sources(view)
            case .citedBy:
                let citing = view.citing
                guard citing.indices.contains(view.cursor) else { return nil }
                jump(to: citing[view.cursor])
            }
        case .copyURL, .openURL:
            // On a URL, or in its cited-by list: that URL.
            guard view.path.count >= 2, let url = view.url?.url else {
                message = "choose a URL first (Enter on a domain lists them)"
                return nil
            }
            return urlEffect(action == .copyURL ? .copy : .open, url)
        default:
            break
        }
        return nil
    }

    /// Enter on a citing note: its chapter opens with the note in the sidebar.
    mutating func jump(to ref: SourceIndex.NoteRef) {
        guard library.chapter(id: ref.chapter) != nil else { return }
        overlay = nil
        pushHistory()
        if ref.chapter != chapterID { openChapter(ref.chapter) }
        if let row = rows.firstIndex(where: { $0.chapterID == ref.chapter }) { listCursor = row }
        guard let content, let n = content.notes.firstIndex(where: { $0.number == ref.number && $0.scope == ref.scope }) else {
            keepingText { $0.focus = .reader }
            message = "note \(ref.number) is no longer in chapter \(ref.chapter)"
            return
        }
        notes.select(n)
        keepingText { $0.focus = .notes }
        breadcrumb = "sources → \(ref.chapter) \(Self.noteName(content.notes[n]))"
    }
}
