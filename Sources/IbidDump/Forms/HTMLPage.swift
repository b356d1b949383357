/// A saved post or page (File → Save Page As…) read as one post: the title from the first `<h1>`
/// or the `<title>`, the content the `<body>`, date and link from the meta tags WordPress themes and
/// SEO plugins write, and the post ID from `postid-N` / `id="post-N"` when the theme left one.
/// Reading the content well (footnote styles, headings) is `IbidDocument`'s business.
enum HTMLPage {
    /// Markup that only an HTML document starts with or holds near its top.
    static func looksLikeHTML(_ b: UnsafeRawBufferPointer) -> Bool {
        let head = min(b.count, 1 << 16)
        for tag in ["<!doctype html", "<html", "<body", "<head", "<article", "<h1"] where find(tag, in: b, from: 0, to: head) != nil {
            return true
        }
        return false
    }

    static func read(_ b: UnsafeRawBufferPointer, side: inout SideBuffer) -> PostDraft {
        let end = b.count
        var draft = PostDraft(offset: 0, className: "HTML")
        var bodyStart = 0, bodyEnd = end
        if let body = find("<body", in: b, from: 0, to: end), let gt = tagClose(from: body, in: b) {
            bodyStart = gt + 1
            bodyEnd = find("</body", in: b, from: bodyStart, to: end) ?? end
        }
        draft.set("ID", .side, side.append(postID(in: b, bodyStart: bodyStart) ?? ""))
        if let h1 = element("<h1", close: "</h1", in: b, from: bodyStart, to: bodyEnd) ?? element("<title", close: "</title", in: b, from: 0, to: end) {
            draft.set("post_title", .side, side.append(text(of: h1, in: b)))
        }
        draft.set("post_content", .input, bodyStart..<bodyEnd)
        let metas = metaTags(in: b, to: bodyStart > 0 ? bodyStart : min(end, 1 << 16))
        if let date = metas["article:published_time"] ?? timeDatetime(in: b, from: bodyStart, to: bodyEnd) {
            // `2024-05-01T09:30:00+00:00` → `2024-05-01 09:30:00`, as WordPress stores dates.
            let plain = String(String.UnicodeScalarView(date.unicodeScalars.prefix(19).map { $0 == "T" ? " " : $0 }))
            draft.set("post_date", .side, side.append(plain))
        }
        if let link = metas["canonical"] ?? metas["og:url"] {
            draft.set("guid", .side, side.append(link))
            draft.set("link", .side, side.append(link))
            // WordPress permalinks end in the post's slug: `https://example.org/2023/04/kg-report/`.
            let path = link.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? link
            if let slug = path.split(separator: "/").last, !path.hasSuffix("//"), path.split(separator: "/").count > 2 {
                draft.set("post_name", .side, side.append(String(slug)))
            }
        }
        draft.set("post_type", .side, side.append("page"))
        return draft
    }

    /// `postid-123` in the body's classes, `id="post-123"` on the article, or a `?p=123` shortlink.
    private static func postID(in b: UnsafeRawBufferPointer, bodyStart: Int) -> String? {
        for marker: StaticString in ["postid-", "id=\"post-", "?p="] {
            var cursor = 0
            while let hit = ByteSearch.find(marker, in: b, from: cursor, to: b.count) {
                var p = hit + marker.utf8CodeUnitCount
                let start = p
                while p < b.count, p - start < 19, b[p] >= 0x30 && b[p] <= 0x39 { p += 1 }
                if p > start { return String(decoding: b[start..<p], as: UTF8.self) }
                cursor = hit + 1
            }
        }
        return nil
    }

    /// The content range of the first `open … close` element in `from..<to`.
    private static func element(_ open: String, close: String, in b: UnsafeRawBufferPointer, from: Int, to: Int) -> Range<Int>? {
        var cursor = from
        while let hit = find(open, in: b, from: cursor, to: to) {
            let after = hit + open.utf8.count
            guard after < to, b[after] == 0x3E || ByteSearch.isSpace(b[after]) else { cursor = after; continue }
            guard let gt = tagClose(from: hit, in: b), let stop = find(close, in: b, from: gt + 1, to: to) else { return nil }
            return (gt + 1)..<stop
        }
        return nil
    }

    /// Visible text of a range: tags dropped, character references decoded, whitespace folded.
    private static func text(of range: Range<Int>, in b: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        var inTag = false, space = false
        for c in b[range] {
            if c == 0x3C { inTag = true; continue }
            if inTag { if c == 0x3E { inTag = false }; continue }
            if ByteSearch.isSpace(c) { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(c)
        }
        return out.withUnsafeBytes { HTMLEntities.decodeCharacterReferences($0) }
    }

    /// `<meta property|name="X" content="Y">` and `<link rel="canonical" href="Y">`, by X (lowercased).
    private static func metaTags(in b: UnsafeRawBufferPointer, to end: Int) -> [String: String] {
        var found: [String: String] = [:]
        for (tagName, keyAttrs, valueAttr) in [("<meta", ["property", "name"], "content"), ("<link", ["rel"], "href")] {
            var cursor = 0
            while let hit = find(tagName, in: b, from: cursor, to: end), let gt = tagClose(from: hit, in: b) {
                let attrs = attributes(in: b, from: hit + tagName.utf8.count, to: gt)
                if let key = keyAttrs.lazy.compactMap({ attrs[$0] }).first, let value = attrs[valueAttr], found[key.lowercased()] == nil {
                    found[key.lowercased()] = value
                }
                cursor = gt + 1
            }
        }
        return found
    }

    private static func timeDatetime(in b: UnsafeRawBufferPointer, from: Int, to: Int) -> String? {
        guard let hit = find("<time", in: b, from: from, to: to), let gt = tagClose(from: hit, in: b) else { return nil }
        return attributes(in: b, from: hit + 5, to: gt)["datetime"]
    }

    /// Attributes of a tag between its name and `>`: names lowercased, values with references decoded.
    static func attributes(in b: UnsafeRawBufferPointer, from: Int, to: Int) -> [String: String] {
        var out: [String: String] = [:]
        var p = from
        while p < to {
            while p < to, ByteSearch.isSpace(b[p]) || b[p] == 0x2F { p += 1 }
            let nameStart = p
            while p < to, !ByteSearch.isSpace(b[p]), b[p] != 0x3D, b[p] != 0x2F { p += 1 }
            let name = String(decoding: b[nameStart..<p], as: UTF8.self).lowercased()
            guard p < to, b[p] == 0x3D else { if p == nameStart { p += 1 }; continue }
            p += 1
            var valueStart = p, valueEnd = p
            if p < to, b[p] == 0x22 || b[p] == 0x27 {
                let q = b[p]
                valueStart = p + 1
                valueEnd = ByteSearch.find(q, in: b, from: valueStart, to: to) ?? to
                p = valueEnd + 1
            } else {
                while p < to, !ByteSearch.isSpace(b[p]) { p += 1 }
                valueEnd = p
            }
            let value = HTMLEntities.decodeCharacterReferences(UnsafeRawBufferPointer(rebasing: b[valueStart..<valueEnd]))
            if out[name] == nil { out[name] = value.asString }
        }
        return out
    }

    /// The `>` closing the tag that starts at `lt`, outside quoted attribute values.
    private static func tagClose(from lt: Int, in b: UnsafeRawBufferPointer) -> Int? {
        var quote: UInt8 = 0
        var p = lt + 1
        while p < b.count, p - lt < 8192 {
            let c = b[p]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { return p }
            p += 1
        }
        return nil
    }

    /// Case-insensitive search for a lowercase ASCII `needle` that starts with `<`.
    static func find(_ needle: String, in b: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        let n = Array(needle.utf8)
        var cursor = from
        while let lt = ByteSearch.find(0x3C, in: b, from: cursor, to: to) {
            guard lt + n.count <= to else { return nil }
            var same = true
            for i in 1..<n.count {
                var c = b[lt + i]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != n[i] { same = false; break }
            }
            if same { return lt }
            cursor = lt + 1
        }
        return nil
    }
}
