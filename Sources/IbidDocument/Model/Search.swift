/// A place where a search query occurs.
public struct SearchHit: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case heading(section: Int)
        case block(section: Int, block: Int)
        case note(number: Int, scope: NoteScope)
    }

    public let chapterID: Int
    public let place: Place
    /// The heading the hit stands under (for a note: nil), cut to `TextSearch.headingLimit` characters.
    public let heading: String?
    /// The text around the match, on one line.
    public let snippet: String
    /// Where the match starts in `snippet`, in characters.
    public let matchOffset: Int
}

/// Search over a chapter's body and notes, folding case and quote styles as the reader's `/` does
/// (`SearchFolding`: `'` finds `’`, `"` finds `“ ” « »`), so `ibid search` and the reader agree.
public enum TextSearch {
    public static func search(_ query: String, in content: ChapterContent, chapterID: Int, context: Int = 40) -> [SearchHit] {
        var hits: [SearchHit] = []
        forEachHit(query, in: content, chapterID: chapterID, context: context) { hits.append($0) }
        return hits
    }

    /// Hands each hit to `body` as it is found, so a caller that writes hits out never holds them all
    /// (two million one-word paragraphs make two million hits).
    public static func forEachHit(_ query: String, in content: ChapterContent, chapterID: Int, context: Int = 40,
                                  _ body: (SearchHit) -> Void) {
        // Folded once: its failure table costs the query's length, which is then not paid per block.
        let folding = SearchFolding(query)
        guard !folding.isEmpty else { return }
        // The same rows the index stores (`SearchRow`), so a chapter searched here and the library
        // searched through the index agree.
        SearchRow.forEachRow(of: content, chapterID: chapterID) { row in
            LibrarySearch.forEachHit(of: folding, in: row, context: context, body)
        }
    }

    /// The longest heading a hit carries, in characters: a hit names where it is, it does not
    /// repeat a section (a 28 KB heading once made every hit under it 28 KB).
    public static let headingLimit = 80

    /// `text` cut to `limit` characters, with `…` when cut.
    public static func bounded(_ text: String, limit: Int = headingLimit) -> String {
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < limit { end = text.index(after: end); count += 1 }
        return end == text.endIndex ? text : String(text[..<end]) + "…"
    }

    /// Every match of `query` in `text`, folded as `SearchFolding` folds it.
    static func matches(of query: String, in text: String, context: Int, _ body: (String, Int) -> Void) {
        matches(of: SearchFolding(query), in: text, context: context, body)
    }

    /// Hands `body` every match in `text` as a snippet (up to `context` characters either side, on one
    /// line, `…` where cut) and the match's offset in it, in characters.
    ///
    /// The matcher walks the text once (linear, whatever the query); each snippet then costs its
    /// own length, walking out from the match, so the total is linear in the text plus the hits.
    /// Matches and context are whole characters: a snippet never starts inside a grapheme cluster.
    static func matches(of folding: SearchFolding, in text: String, context: Int, _ body: (String, Int) -> Void) {
        for range in folding.ranges(in: text) {
            let from = text.index(range.lowerBound, offsetBy: -context, limitedBy: text.startIndex) ?? text.startIndex
            let to = text.index(range.upperBound, offsetBy: context, limitedBy: text.endIndex) ?? text.endIndex
            // Built as UTF-8 bytes: appending scalar by scalar to a String cost more than the search (perf).
            var utf8: [UInt8] = []
            utf8.reserveCapacity(text.utf8.distance(from: from, to: to) + 6)
            if from > text.startIndex { utf8.append(contentsOf: "…".utf8) }
            for s in text.unicodeScalars[from..<range.lowerBound] { Scalars.appendUTF8(oneLine(s), to: &utf8) }
            // Counted after the line breaks became spaces: `\r\n` is one character, two spaces are two.
            let offset = String(decoding: utf8, as: UTF8.self).count
            for s in text.unicodeScalars[range.lowerBound..<to] { Scalars.appendUTF8(oneLine(s), to: &utf8) }
            if to < text.endIndex { utf8.append(contentsOf: "…".utf8) }
            let snippet = String(decoding: utf8, as: UTF8.self)
            body(snippet, offset)
        }
    }

    /// Line breaks as spaces: a snippet is one line.
    static func oneLine(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: " "
        default: s
        }
    }
}
