import IbidDocument

extension ReaderState {
    /// Takes in news from a progressive load. A larger library replaces the one shown, keeping what the
    /// reader is doing: the list cursor stays on the same chapter (or report), the open chapter stays open
    /// at the same place, whatever keys were pressed meanwhile. A report's chapters may arrive late, so
    /// a chapter shown alone may find itself inside a report: it is found again by its ID.
    mutating func adopt(_ update: ScanUpdate) {
        scanProgress = update.done ? nil : update.fraction
        guard update.generation != scanGeneration else { return }
        scanGeneration = update.generation
        let old = library
        let cursorRow = rows.indices.contains(list.cursor) ? rows[list.cursor] : nil
        library = update.library
        citationsCache.removeAll()
        wraps.removeAll()
        rows = ListRow.rows(for: library)
        if let cursorRow, let i = rows.firstIndex(where: { Self.same($0, cursorRow, new: library, old: old) }) {
            list.cursor = i
        }
        list.cursor = min(max(0, list.cursor), max(0, rows.count - 1))
        if let id = chapterID, library.chapter(id: id) == nil {
            // Only a provisional post can vanish (one that turned out to lie inside a larger post):
            // show the first chapter rather than nothing.
            chapterID = nil
            if let first = library.chapters.first?.id { openChapter(first) }
        }
        clampTop()
        // An open library search ran over the old library's chapters; it starts again over the new
        // one with the same query, so its hits never point into a library no longer shown.
        if var pane = librarySearch { restart(&pane) }
    }

    /// Whether two rows show the same thing: the same chapter, or reports of the same title.
    private static func same(_ row: ListRow, _ before: ListRow, new: Library, old: Library) -> Bool {
        switch (row.kind, before.kind) {
        case (.chapter(let a, _, _), .chapter(let b, _, _)):
            return a == b
        case (.report(let a), .report(let b)):
            return new.reports.indices.contains(a) && old.reports.indices.contains(b) && new.reports[a].title == old.reports[b].title
        default:
            return false
        }
    }
}
