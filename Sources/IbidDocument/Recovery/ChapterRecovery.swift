import IbidDump

/// Recovers a chapter's structure from its post content, text or HTML.
public enum ChapterRecovery {
    public static func recover(_ post: Post) -> ChapterContent {
        guard let text = post.content else {
            return ChapterContent(sections: [], notes: [], findings: [])
        }
        let decoded = text.scalars()
        var content = recover(scalars: decoded.scalars, truncated: post.truncated)
        content.repairedOffset = decoded.firstInvalidOffset
        return content
    }

    public static func recover(content: String, truncated: Bool = false) -> ChapterContent {
        recover(scalars: Array(content.unicodeScalars), truncated: truncated)
    }

    static func recover(scalars: [Unicode.Scalar], truncated: Bool) -> ChapterContent {
        var raw = looksLikeHTML(scalars) ? HTMLReader.read(scalars: scalars) : TextReader.read(scalars: scalars)
        if raw.notes.isEmpty { TrailingNotes.extract(&raw) }
        return StructureBuilder.build(raw, truncated: truncated)
    }

    /// Markup a text-form dump never holds: paragraph, heading, list and anchor tags, Gutenberg comments.
    static func looksLikeHTML(_ c: [Unicode.Scalar]) -> Bool {
        let probes = ["<p>", "<p ", "</p>", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<!-- wp:", "</a>", "<br", "<li>", "<ul", "<ol", "<div", "<sup", "<blockquote",
                      "<table", "<figure", "<img "]
            .map { Array($0.unicodeScalars) }
        var i = 0
        while i < c.count {
            if c[i] == "<" {
                for probe in probes where i + probe.count <= c.count {
                    var same = true
                    for (k, s) in probe.enumerated() where Scalars.lowercaseASCII(c[i + k]) != s { same = false; break }
                    if same { return true }
                }
            }
            i += 1
        }
        return false
    }
}
