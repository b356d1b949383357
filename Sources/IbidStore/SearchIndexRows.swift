import GRDB
import IbidDocument

/// How a `SearchRow`'s place is kept in the index's columns: `kind` 0 a heading, 1 a block, 2 a
/// note; `scope` -1 the chapter's own notes, n the n-th box's.
enum SearchIndexRows {
    static func arguments(_ row: SearchRow) -> StatementArguments {
        let kind: Int, section: Int?, block: Int?, note: Int?, scope: Int?
        switch row.place {
        case .heading(let s): (kind, section, block, note, scope) = (0, s, nil, nil, nil)
        case .block(let s, let b): (kind, section, block, note, scope) = (1, s, b, nil, nil)
        case .note(let n, let sc):
            let box: Int
            switch sc {
            case .chapter: box = -1
            case .box(let i): box = i
            }
            (kind, section, block, note, scope) = (2, nil, nil, n, box)
        }
        return [row.text, SearchIndexQuery.isMarked(row.text) ? "m" : "", row.chapterID, kind, section, block, note, scope, row.heading]
    }

    /// A row selected as `rowid, text, chapter, kind, section, block, note, scope, heading`.
    static func decode(_ row: Row) -> SearchRow {
        let kind: Int = row[3]
        let place: SearchHit.Place
        switch kind {
        case 0: place = .heading(section: row[4])
        case 1: place = .block(section: row[4], block: row[5])
        default:
            let scope: Int = row[7]
            place = .note(number: row[6], scope: scope < 0 ? .chapter : .box(scope))
        }
        return SearchRow(chapterID: row[2], place: place, heading: row[8], text: row[1])
    }
}
