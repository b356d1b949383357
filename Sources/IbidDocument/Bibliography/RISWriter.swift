/// Writes entries as RIS (the Research Information Systems tagged format): each line a two-letter
/// tag, two spaces, a hyphen, a space and the value, lines ended by CR LF; each record from
/// `TY  -` to `ER  -`. Values are made visible and on one line, since a line break would end a field.
public enum RISWriter {
    public static func write(_ entries: [BibliographyEntry]) -> String {
        entries.map(write).joined()
    }

    public static func write(_ entry: BibliographyEntry) -> String {
        let work = entry.work
        var lines: [(String, String)] = [("TY", type(work.type)), ("ID", entry.id)]
        for author in work.authors {
            switch author {
            case .person: lines.append(("AU", author.inverted))
            // A corporate author: RIS has no tag of its own in every reader, and AU with no comma
            // is read as one name.
            case .organisation(let name): lines.append(("AU", name))
            }
        }
        if let title = work.title { lines.append(("TI", title)) }
        if let container = work.container {
            switch work.type {
            case .articleJournal, .articleNewspaper: lines.append(("JO", container))
            case .book, .report: lines.append(("PB", container))
            default: lines.append(("T2", container))
            }
        }
        if let issued = work.issued {
            lines.append(("PY", String(issued.year)))
            let month = issued.month.map(IssuedDate.twoDigits) ?? ""
            let day = issued.day.map(IssuedDate.twoDigits) ?? ""
            lines.append(("DA", "\(issued.year)/\(month)/\(day)/"))
        }
        if let url = work.url { lines.append(("UR", url)) }
        lines.append(("N1", CSLJSONWriter.citedIn(entry)))
        lines.append(("ER", ""))
        return lines.map { "\($0.0)  - \(value($0.1))\r\n" }.joined()
    }

    static func type(_ type: WorkType) -> String {
        switch type {
        case .articleNewspaper: "NEWS"
        case .articleJournal: "JOUR"
        case .report: "RPRT"
        case .webpage: "ELEC"
        case .book: "BOOK"
        case .legislation: "STAT"
        case .post: "BLOG"
        }
    }

    static func value(_ text: String) -> String {
        Sanitizer.visible(text).filter { $0 != "\r" && $0 != "\n" }
    }
}
