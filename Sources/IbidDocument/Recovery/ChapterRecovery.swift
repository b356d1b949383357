import IbidDump

/// Recovers a chapter's structure from its post content, text or HTML.
public enum ChapterRecovery {
    public static func recover(_ post: Post) -> ChapterContent {
        guard let text = post.content else {
            return ChapterContent(sections: [], notes: [], findings: [])
        }
        let decoded = text.decode()
        var content = recover(content: decoded.text, truncated: post.truncated)
        content.repairedOffset = decoded.firstInvalidOffset
        return content
    }

    public static func recover(content: String, truncated: Bool = false) -> ChapterContent {
        let raw = TextReader.read(content) // HTML-PENDING
        return StructureBuilder.build(raw, truncated: truncated)
    }

    /// Markup a text-form dump never holds: paragraph, heading, list and anchor tags, Gutenberg comments.
    static func looksLikeHTML(_ content: String) -> Bool {
        let probes = ["<p>", "<p ", "</p>", "<h2", "<h3", "<h1", "<h4", "<!-- wp:", "</a>", "<br", "<li>", "<ul>", "<ol", "<div"]
        var scalars = content.unicodeScalars.prefix(200_000).makeIterator()
        var window = ""
        while let s = scalars.next() {
            if s == "<" { window = "<" } else if !window.isEmpty {
                window.unicodeScalars.append(s)
                if window.unicodeScalars.count >= 8 || s == ">" || s == " " {
                    let w = window.lowercased()
                    if probes.contains(where: { w.hasPrefix($0) }) { return true }
                    window = ""
                }
            }
        }
        return false
    }
}
