/// A place where a search query occurs.
public struct SearchHit: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case heading(section: Int)
        case block(section: Int, block: Int)
        case note(number: Int, scope: NoteScope)
    }

    public let chapterID: Int
    public let place: Place
    /// The heading the hit stands under (for a note: nil).
    public let heading: String?
    /// The text around the match, on one line.
    public let snippet: String
    /// Where the match starts in `snippet`, in characters.
    public let matchOffset: Int
}

/// Case-insensitive search over a chapter's body and notes.
public enum TextSearch {
    public static func search(_ query: String, in content: ChapterContent, chapterID: Int, context: Int = 40) -> [SearchHit] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for (s, section) in content.sections.enumerated() {
            if let heading = section.heading {
                for (snippet, at) in matches(of: needle, in: heading, context: context) {
                    hits.append(SearchHit(chapterID: chapterID, place: .heading(section: s), heading: heading, snippet: snippet, matchOffset: at))
                }
            }
            let under = content.heading(at: Anchor(section: s, block: 0, inline: 0))
            for (b, block) in section.blocks.enumerated() {
                for (snippet, at) in matches(of: needle, in: block.plainText, context: context) {
                    hits.append(SearchHit(chapterID: chapterID, place: .block(section: s, block: b), heading: under, snippet: snippet, matchOffset: at))
                }
            }
        }
        for note in content.notes {
            for (snippet, at) in matches(of: needle, in: note.plainText, context: context) {
                hits.append(SearchHit(chapterID: chapterID, place: .note(number: note.number, scope: note.scope), heading: nil, snippet: snippet, matchOffset: at))
            }
        }
        return hits
    }

    /// Every match of `needle` (already lower-cased) in `text`, as a snippet and the match's offset in it.
    static func matches(of needle: String, in text: String, context: Int) -> [(String, Int)] {
        let hay = Array(text)
        let lowered = hay.map { Character($0.lowercased()) }
        let n = Array(needle)
        guard n.count <= lowered.count else { return [] }
        var out: [(String, Int)] = []
        var i = 0
        while i + n.count <= lowered.count {
            if lowered[i] == n[0] && Array(lowered[i..<(i + n.count)]) == n {
                let from = max(0, i - context), to = min(hay.count, i + n.count + context)
                var snippet = String(hay[from..<to]).map { $0.isNewline ? " " : $0 }
                if from > 0 { snippet.insert("…", at: 0) }
                if to < hay.count { snippet.append("…") }
                out.append((String(snippet), i - from + (from > 0 ? 1 : 0)))
                i += n.count
            } else {
                i += 1
            }
        }
        return out
    }
}
