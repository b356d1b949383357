/// The web page around the dump: on an author page, the author's name, role and bio.
public struct PageMetadata: Sendable, Equatable {
    public var name: String?
    public var role: String?
    public var bio: String?
    /// Every line of page text kept, in order, for anything the fields above do not cover.
    public var lines: [String]

    public init(name: String? = nil, role: String? = nil, bio: String? = nil, lines: [String] = []) {
        self.name = name
        self.role = role
        self.bio = bio
        self.lines = lines
    }

    /// Navigation text a saved page carries that says nothing about the page's subject.
    static let boilerplate: Set<String> = [
        "skip to content", "skip to main content", "menu", "search", "home", "close", "toggle navigation",
    ]

    /// Reads the page text before a dump. The sample's shape — short name line, short role line,
    /// then a long paragraph — is what the rules follow: the bio is the first line of 12 or more
    /// words; the short lines before it are the name, then the role.
    public static func parse(_ text: String) -> PageMetadata {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { stripTags(String($0)).trimmingWhitespace }
            .filter { !$0.isEmpty }
        let meaningful = lines.filter { !boilerplate.contains($0.lowercased()) }
        var page = PageMetadata(lines: lines)
        let bioIndex = meaningful.firstIndex { wordCount($0) >= 12 }
        let heads = Array(meaningful[..<(bioIndex ?? meaningful.endIndex)]).filter { wordCount($0) <= 8 }
        page.name = heads.first
        page.role = heads.count > 1 ? heads[1] : nil
        page.bio = bioIndex.map { meaningful[$0] }
        return page
    }

    private static func wordCount(_ s: String) -> Int {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    /// Pages saved as HTML keep their markup; only the text is page metadata.
    private static func stripTags(_ s: String) -> String {
        guard s.contains("<") else { return s }
        var out = ""
        var inTag = false
        for c in s {
            if c == "<" { inTag = true; continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return out
    }
}
