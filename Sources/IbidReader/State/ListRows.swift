import IbidDocument

/// The report list as rows: a report with several chapters is a row of its own followed by its
/// chapters; a report of one chapter is just that chapter. A report in several editions lists each
/// edition (`en`, `ky`) as a row over its chapters; a library of several files heads each file's
/// reports with the file's row.
public struct ListRow: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case file(Int)
        case report(Int)
        case edition(report: Int, edition: Int)
        case chapter(id: Int, report: Int, nested: Bool)
    }

    public let kind: Kind

    public var chapterID: Int? {
        if case .chapter(let id, _, _) = kind { return id }
        return nil
    }

    public static func rows(for library: Library) -> [ListRow] {
        var rows: [ListRow] = []
        var file: Int?
        for (r, report) in library.reports.enumerated() {
            // A report stands under the file of its first chapter (editions may come from two files).
            if library.sources.count > 1, let f = report.chapters.first?.file, f != file {
                rows.append(ListRow(kind: .file(f)))
                file = f
            }
            if report.editions.count > 1 {
                rows.append(ListRow(kind: .report(r)))
                for (e, edition) in report.editions.enumerated() {
                    rows.append(ListRow(kind: .edition(report: r, edition: e)))
                    for chapter in edition.chapters { rows.append(ListRow(kind: .chapter(id: chapter.id, report: r, nested: true))) }
                }
            } else if report.chapters.count > 1 {
                rows.append(ListRow(kind: .report(r)))
                for chapter in report.chapters { rows.append(ListRow(kind: .chapter(id: chapter.id, report: r, nested: true))) }
            } else if let chapter = report.chapters.first {
                rows.append(ListRow(kind: .chapter(id: chapter.id, report: r, nested: false)))
            }
        }
        return rows
    }
}
