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

/// Case-insensitive search over a chapter's body and notes.
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
        guard !query.isEmpty else { return }
        for (s, section) in content.sections.enumerated() {
            if let full = section.heading {
                let heading = bounded(full)
                matches(of: query, in: full, context: context) { snippet, at in
                    body(SearchHit(chapterID: chapterID, place: .heading(section: s), heading: heading, snippet: snippet, matchOffset: at))
                }
            }
            let under = content.heading(at: Anchor(section: s, block: 0, inline: 0)).map { bounded($0) }
            for (b, block) in section.blocks.enumerated() {
                matches(of: query, in: block.plainText, context: context) { snippet, at in
                    body(SearchHit(chapterID: chapterID, place: .block(section: s, block: b), heading: under, snippet: snippet, matchOffset: at))
                }
            }
        }
        for note in content.notes {
            matches(of: query, in: note.plainText, context: context) { snippet, at in
                body(SearchHit(chapterID: chapterID, place: .note(number: note.number, scope: note.scope), heading: nil, snippet: snippet, matchOffset: at))
            }
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

    /// Hands `body` every match of `needle` in `text`, ignoring case, as a snippet and the match's offset in it.
    ///
    /// Works on Unicode scalars lower-cased one by one, four bytes a scalar, so a 12 MB paragraph costs
    /// tens of megabytes, not the gigabyte two arrays of `Character` took.
    static func matches(of needle: String, in text: String, context: Int, _ body: (String, Int) -> Void) {
        let n = needle.unicodeScalars.map(lower)
        guard !n.isEmpty else { return }
        let hay = Array(text.unicodeScalars)
        guard n.count <= hay.count else { return }
        let lowered = hay.map(lower)
        var i = 0
        while i + n.count <= lowered.count {
            if lowered[i] == n[0] && lowered[i..<(i + n.count)].elementsEqual(n) {
                let from = max(0, i - context), to = min(hay.count, i + n.count + context)
                var utf8: [UInt8] = []
                utf8.reserveCapacity((to - from) * 2 + 6)
                if from > 0 { utf8.append(contentsOf: "…".utf8) }
                for s in hay[from..<i] { Scalars.appendUTF8(oneLine(s), to: &utf8) }
                let offset = String(decoding: utf8, as: UTF8.self).count
                for s in hay[i..<to] { Scalars.appendUTF8(oneLine(s), to: &utf8) }
                if to < hay.count { utf8.append(contentsOf: "…".utf8) }
                body(String(decoding: utf8, as: UTF8.self), offset)
                i += n.count
            } else {
                i += 1
            }
        }
    }

    /// Line breaks as spaces: a snippet is one line.
    static func oneLine(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: " "
        default: s
        }
    }

    /// A scalar's lower case when it is one scalar (`A` → `a`, `Ж` → `ж`); otherwise the scalar.
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII {
            return s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 0x20)) : s
        }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : s
    }
}
