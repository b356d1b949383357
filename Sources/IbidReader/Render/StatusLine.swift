import IbidDocument

/// The bottom row: chapter, section (numbered), position, and on the right the jump breadcrumb,
/// a message, or the digits being typed.
enum StatusLine {
    static func draw(_ state: ReaderState, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        let style = Style(.status, reverse: true)
        screen.fill(rect, style: style)
        var left = ""
        if let chapter = state.chapter, let lines = state.lines {
            left = "\(chapter.id)"
            if let s = state.currentSection, let content = state.content {
                let named = content.sections.indices.filter { content.sections[$0].heading != nil }
                let title = state.sectionTitle(s)
                if let n = named.firstIndex(of: s) { left += " · §\(n + 1)/\(named.count) \(title)" } else { left += " · \(title)" }
            }
            if let s = state.currentSection, let progress = state.progress(of: chapter, section: s) { left += " · " + progress.summary }
            let total = max(1, lines.lines.count)
            left += " · \(min(100, (state.top + state.viewportHeight) * 100 / total))%"
        }
        var right = ""
        var rightStyle = style
        if !state.pendingDigits.isEmpty {
            right = "go to note \(state.pendingDigits)… (Enter)"
        } else if let message = state.message {
            right = message
            rightStyle = Style(.message, bold: true, reverse: true)
            // A mark made while the store is failing must not look saved.
            if case .failed = state.review.saving { right += " · marks not saved" }
        } else if let crumb = state.breadcrumb {
            right = crumb
        } else if case .failed(let reason) = state.review.saving {
            right = "marks not saved: " + reason
            rightStyle = Style(.warning, bold: true, reverse: true)
        } else if let percent = state.indexPercent {
            right = "indexing for search \(percent)%"
        } else if state.chapter != nil {
            right = "? help"
        }
        let rightWidth = min(CharWidth.width(right), rect.width * 3 / 5)
        let leftLimit = rect.maxX - (rightWidth > 0 ? rightWidth + 2 : 0)
        screen.put(" " + Renderer.fit(left, max(0, leftLimit - rect.x - 1)), x: rect.x, y: rect.y, limit: leftLimit, style: style)
        if rightWidth > 0 {
            screen.put(Renderer.fit(right, rightWidth), x: rect.maxX - rightWidth - 1, y: rect.y, limit: rect.maxX, style: rightStyle)
        }
    }
}
