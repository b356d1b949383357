import IbidDocument

/// The report list as rows: a report with several chapters is a row of its own followed by its
/// chapters; a report of one chapter is just that chapter.
public struct ListRow: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case report(Int)
        case chapter(id: Int, report: Int, nested: Bool)
    }

    public let kind: Kind

    public var chapterID: Int? {
        if case .chapter(let id, _, _) = kind { return id }
        return nil
    }

    public static func rows(for library: Library) -> [ListRow] {
        var rows: [ListRow] = []
        for (r, report) in library.reports.enumerated() {
            if report.chapters.count > 1 {
                rows.append(ListRow(kind: .report(r)))
                for chapter in report.chapters { rows.append(ListRow(kind: .chapter(id: chapter.id, report: r, nested: true))) }
            } else if let chapter = report.chapters.first {
                rows.append(ListRow(kind: .chapter(id: chapter.id, report: r, nested: false)))
            }
        }
        return rows
    }
}
