/// CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, a field that holds a
/// comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled. Fields are
/// sanitised first (`Sanitizer`): a sheet is `cat` in a terminal as often as opened in a
/// spreadsheet, and a newline inside a cell (the URLs) is kept, quoted.
public enum CSV {
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        // Line breaks survive, as RFC 4180 allows inside quotes; every other control is made visible.
        let s = raw.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.visible(String($0)) }.joined(separator: "\n")
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for c in self {
            out.append(c)
            if c == "\"" { out.append("\"") }
        }
        return out
    }
}
