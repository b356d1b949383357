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

    static func decode(_ row: Row) -> SearchRow {
        let kind: Int = row["kind"]
        let place: SearchHit.Place
        switch kind {
        case 0: place = .heading(section: row["section"])
        case 1: place = .block(section: row["section"], block: row["block"])
        default:
            let scope: Int = row["scope"]
            place = .note(number: row["note"], scope: scope < 0 ? .chapter : .box(scope))
        }
        return SearchRow(chapterID: row["chapter"], place: place, heading: row["heading"], text: row["text"])
    }
}
