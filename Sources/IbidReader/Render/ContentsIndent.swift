import IbidDocument

/// How far the contents overlay indents each section: two columns per heading level below the
/// chapter's shallowest, so `<h2>`/`<h3>`/`<h4>` read as sections and subsections. A section
/// without a heading (the opening, text resuming after a box) takes the level of the heading
/// before it; text-form chapters, all level 2, are not indented at all.
enum ContentsIndent {
    /// Deeper levels than this are drawn at this depth, so the titles keep their room.
    static let maxDepth = 4

    static func indents(_ sections: [Section]) -> [Int] {
        let top = sections.filter { $0.heading != nil }.map(\.level).min() ?? 2
        var current = top
        return sections.map { section in
            if section.heading != nil { current = section.level }
            return 2 * min(maxDepth, max(0, current - top))
        }
    }
}
