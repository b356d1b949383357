import IbidDump

/// One post read as a chapter: its metadata is known at load time, its structure is recovered on first use.
public struct Chapter: Sendable {
    /// The post's ID, or — for a post whose `[ID]` is missing or not a number (a `stdClass` row, a
    /// hand-made dump) — a negative number unique in its library, so no two chapters share an ID.
    public let id: Int
    /// The post's ID as its dump gives it (the synthetic negative one for a post without a numeric
    /// ID). Equal to `id` except for a post whose ID an earlier file of the library already holds
    /// (docs/decisions.md, "Several dumps: one library").
    public let postID: Int
    /// Which of the library's files the post came from (an index into `Library.sources`).
    public let file: Int
    /// The title to show: the post title, trimmed, or — for a post without one — its first line.
    public let title: String
    /// The post title exactly as the dump holds it (may be empty).
    public let postTitle: String
    public let date: String
    public let slug: String
    public let url: String
    public let language: Language?
    public let truncated: Bool
    public let post: Post

    public init(post: Post, id: Int? = nil, postID: Int? = nil, file: Int = 0) {
        self.post = post
        self.id = id ?? post.id
        self.postID = postID ?? self.id
        self.file = file
        postTitle = post.title
        let trimmed = postTitle.trimmingWhitespace
        title = trimmed.isEmpty ? Chapter.fallbackTitle(post, id: self.id) : trimmed
        date = post.date.trimmingWhitespace
        slug = post.slug.trimmingWhitespace
        url = post.guid.trimmingWhitespace
        truncated = post.truncated
        language = Chapter.detectLanguage(post)
    }

    /// From the title and the first 1 KB of content: enough words to tell, without reading megabytes.
    static func detectLanguage(_ post: Post) -> Language? {
        var sample = post["post_title"]?.copyBytes() ?? []
        sample.append(0x20)
        if let content = post.content {
            let head = content.copyBytes(maxCount: 1024)
            if head.withUnsafeBytes(Language.looksLikeMarkup) {
                // HTML: 1 KB of its text, not of its tags (a figure's srcset alone can fill 1 KB).
                let more = content.copyBytes(maxCount: 16 * 1024)
                sample.append(contentsOf: more.withUnsafeBytes { Language.markupText($0) })
            } else {
                sample.append(contentsOf: head)
            }
        }
        return sample.withUnsafeBytes { Language.detect(bytes: $0) }
    }

    /// The opening line of the content, up to the first break — for the sample's untitled
    /// truncated post, `Introduction: Examining the pressure on human rights in Kyrgyzstan`.
    static func fallbackTitle(_ post: Post, id: Int) -> String {
        guard let content = post.content else { return "Post \(id)" }
        let head = content.prefix(bytes: 600)
        let line = head.unicodeScalars.prefix { $0 != "\u{A0}" && $0 != "\n" && $0 != "\r" }
        var title = String(String.UnicodeScalarView(line)).trimmingWhitespace
        if title.unicodeScalars.count > 120 {
            title = String(String.UnicodeScalarView(title.unicodeScalars.prefix(117))) + "…"
        }
        return title.isEmpty ? "Post \(id)" : title
    }
}
