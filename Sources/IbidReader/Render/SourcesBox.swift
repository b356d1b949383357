import IbidDocument

/// The sources overlay: domains with a bar of how many notes cite each, a domain's URLs, or the
/// notes citing one URL (identical notes grouped under their shared text, so a reference repeated
/// word for word reads as one source cited several times).
enum SourcesBox {
    static func width(cols: Int) -> Int { max(0, min(cols - 2, 110)) }

    static func draw(_ view: SourcesView, state: ReaderState, on screen: inout Screen) {
        let width = width(cols: screen.cols)
        let inner = max(1, width - 3)
        let (title, lines, cursor) = content(view, state: state, inner: inner)
        OverlayBox.box(title: title, lines: lines, width: width, top: nil, cursor: cursor, on: &screen)
    }

    /// The title, the lines and which line the cursor is on, for a box `inner` columns wide.
    static func content(_ view: SourcesView, state: ReaderState, inner: Int) -> (String, [(String, Style)], Int?) {
        let other = view.scope == .report ? "Tab: library" : "Tab: report"
        let index = view.index
        switch view.level {
        case .domains:
            let title = "Sources · \(view.scopeName) · \(index.domains.count) domains, \(index.urlCount) URLs · \(other)"
            guard !index.domains.isEmpty else {
                return (title, [("no URLs in the notes of \(view.scopeName)", Style(.chrome, dim: true))], nil)
            }
            return (title, domainLines(index.domains, inner: inner), view.cursor)
        case .urls:
            guard let domain = view.domain else { return ("Sources", [], nil) }
            let title = "\(domain.name) — \(domain.urls.count) URL\(domain.urls.count == 1 ? "" : "s") in \(domain.notes) note\(domain.notes == 1 ? "" : "s") · Enter: cited by · y copy · o open · ← back"
            let countWidth = String(domain.urls.first?.citedBy.count ?? 1).count
            let lines = domain.urls.map { url in
                (pad(String(url.citedBy.count), countWidth, left: true) + "  " + url.url, Style.plain)
            }
            return (title, lines, view.cursor)
        case .citedBy:
            guard let url = view.url else { return ("Cited by", [], nil) }
            let title = "Cited by \(url.citedBy.count) note\(url.citedBy.count == 1 ? "" : "s"): \(url.url) · Enter goes there · ← back"
            var lines: [(String, Style)] = []
            var cursorLine: Int?
            var row = 0
            for source in url.sources {
                // The count first, so a long reference cut with … still says it.
                let times = source.citedBy.count > 1 ? "one source, cited \(source.citedBy.count)×: " : ""
                lines.append((times + source.text, Style(.chrome, dim: true)))
                for ref in source.citedBy {
                    if row == view.cursor { cursorLine = lines.count }
                    lines.append(("   " + place(ref, state: state), Style.plain))
                    row += 1
                }
            }
            return (title, lines, cursorLine)
        }
    }

    /// `6003 · note 31 · Retreating Rights - Kazakhstan: Parliamentary elections`.
    static func place(_ ref: SourceIndex.NoteRef, state: ReaderState) -> String {
        let note = ref.scope == .chapter ? "note \(ref.number)" : "note \(ref.number) (\(ref.scope))"
        let title = state.library.chapter(id: ref.chapter)?.title ?? ""
        return "\(ref.chapter) · \(note) · \(title)"
    }

    /// `osce.org        12 ██████████`: name, count, and a bar scaled to the most cited domain.
    static func domainLines(_ domains: [SourceIndex.Domain], inner: Int) -> [(String, Style)] {
        let most = max(1, domains.map(\.notes).max() ?? 1)
        let countWidth = String(most).count
        let nameWidth = max(4, min(domains.map { CharWidth.width($0.name) }.max() ?? 4, inner * 2 / 5))
        let barWidth = max(0, inner - nameWidth - countWidth - 4)
        return domains.map { d in
            let bar = barWidth > 0 ? String(repeating: "█", count: max(1, (d.notes * barWidth + most / 2) / most)) : ""
            return (pad(Renderer.fit(d.name, nameWidth), nameWidth) + "  " + pad(String(d.notes), countWidth, left: true) + " " + bar, Style.plain)
        }
    }

    /// `text` padded with spaces to `width` columns (on the left for numbers).
    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - CharWidth.width(text)))
        return left ? fill + text : text + fill
    }
}
