/// Reads a WordPress eXtended RSS export (Tools → Export) by scanning the mapped bytes once.
///
/// Not an XML parser: it knows the WXR subset WordPress writes — `<item>`s whose children are
/// elements holding text, entity-escaped text or CDATA (split as `]]]]><![CDATA[>` where the content
/// itself held `]]>`), and container children (`wp:postmeta`, `wp:comment`) that it skips whole. Names
/// are matched as written with any prefix, so an export whose `xmlns:wp` declaration is missing (real
/// files have this) reads like any other. Nothing is built but the posts' field ranges, so a 200 MB
/// export costs its mapping and a few bytes a post (docs/decisions.md, "WXR").
struct WXRReader {
    let b: UnsafeRawBufferPointer
    let end: Int
    var side = SideBuffer()
    var drafts: [PostDraft] = []
    /// Items skipped because their type is not content (attachments, menu items, …), by type.
    var skipped: [String: Int] = [:]
    /// Items read as posts whose status is not `publish`.
    var unpublished: [(index: Int, status: String)] = []
    var channelTitle: String?
    /// Offset of the first skipped item, for the message.
    var firstSkipped: Int?

    /// Post types that are not prose: media, menus, revisions and the site editor's machinery.
    static let nonContentTypes: Set<String> = [
        "attachment", "nav_menu_item", "revision", "custom_css", "customize_changeset", "oembed_cache",
        "user_request", "scheduled-action", "shop_order", "product_variation",
    ]

    static func isContentType(_ type: String) -> Bool {
        !(nonContentTypes.contains(type) || type.hasPrefix("wp_") || type.hasPrefix("acf-"))
    }

    /// A feed: `<rss` or `<channel>` in the first 64 KiB, before any print_r or var_dump (an RSS
    /// without WordPress's elements is then refused as a WXR with no posts, which says what it saw).
    static func looksLikeWXR(_ b: UnsafeRawBufferPointer) -> Bool {
        let head = min(b.count, 1 << 16)
        guard let rss = ByteSearch.find("<rss", in: b, from: 0, to: head) ?? ByteSearch.find("<channel>", in: b, from: 0, to: head) else {
            return false
        }
        return DumpLocator.firstOpening(in: b, from: 0, end: rss) == nil && VarDumpParser.firstOpening(in: b, from: 0, end: rss) == nil
    }

    init(bytes: UnsafeRawBufferPointer) {
        b = bytes
        end = bytes.count
    }

    mutating func read() {
        var cursor = 0
        if let channel = ByteSearch.find("<channel", in: b, from: 0, to: end) {
            let firstItem = ByteSearch.find("<item", in: b, from: channel, to: end) ?? end
            if let t = ByteSearch.find("<title", in: b, from: channel, to: firstItem), let open = tagEnd(from: t) {
                let (segments, _, _) = value(from: open.contentStart, name: Array("title".utf8))
                channelTitle = join(segments).asString
            }
        }
        while let item = ByteSearch.find("<item", in: b, from: cursor, to: end) {
            guard item + 5 < end, b[item + 5] == 0x3E || ByteSearch.isSpace(b[item + 5]), let open = tagEnd(from: item) else {
                cursor = item + 5
                continue
            }
            cursor = readItem(start: item, body: open.contentStart)
        }
    }

    /// Reads one `<item>`'s children; returns where scanning goes on.
    private mutating func readItem(start: Int, body: Int) -> Int {
        var draft = PostDraft(offset: start, className: "WXR")
        var type = "post", status = ""
        var p = body
        var closed = false
        var current: String?
        while let lt = ByteSearch.find(0x3C, in: b, from: p, to: end) {
            if ByteSearch.matches("</item>", in: b, at: lt, end: end) { p = lt + 7; closed = true; break }
            if ByteSearch.matches("<!--", in: b, at: lt, end: end) {
                p = ByteSearch.find("-->", in: b, from: lt + 4, to: end).map { $0 + 3 } ?? end
                continue
            }
            if ByteSearch.matches("<![CDATA[", in: b, at: lt, end: end) {
                p = ByteSearch.find("]]>", in: b, from: lt + 9, to: end).map { $0 + 3 } ?? end
                continue
            }
            guard lt + 1 < end, b[lt + 1] != 0x2F, b[lt + 1] != 0x3F, let tag = tagEnd(from: lt) else { p = lt + 1; continue }
            let name = Array(b[(lt + 1)..<tag.nameEnd])
            if tag.selfClosing { p = tag.contentStart; continue }
            guard let field = Self.field(for: name) else {
                p = skipElement(from: tag.contentStart, name: name)
                continue
            }
            current = field
            let (segments, next, complete) = value(from: tag.contentStart, name: name)
            store(segments, as: field, in: &draft)
            if field == "post_type" { type = join(segments).asString.trimmingWhitespace }
            if field == "post_status" { status = join(segments).asString.trimmingWhitespace }
            p = next
            if !complete { break }
        }
        if !closed {
            draft.truncated = true
            draft.truncatedField = current
            p = end
        }
        let isPost = draft.has("ID") && (draft.has("post_content") || draft.has("post_title"))
        guard isPost, Self.isContentType(type) else {
            if isPost || draft.has("ID") {
                skipped[type, default: 0] += 1
                if firstSkipped == nil { firstSkipped = start }
            }
            return p
        }
        if !status.isEmpty, status != "publish", status != "inherit" { unpublished.append((drafts.count, status)) }
        drafts.append(draft)
        return p
    }

    /// The `Post` field an item child fills, by its name with any namespace prefix.
    static func field(for name: [UInt8]) -> String? {
        let full = String(decoding: name, as: UTF8.self)
        let colon = full.firstIndex(of: ":")
        let local = colon.map { String(full[full.index(after: $0)...]) } ?? full
        let prefix = colon.map { String(full[..<$0]) } ?? ""
        switch (prefix, local) {
        case ("", "title"): return "post_title"
        case ("", "link"): return "link"
        case ("", "guid"): return "guid"
        case ("content", "encoded"): return "post_content"
        case ("excerpt", "encoded"): return "post_excerpt"
        case ("dc", "creator"): return "post_author"
        case (_, "post_id"): return "ID"
        case (_, "post_date"): return "post_date"
        case (_, "post_date_gmt"): return "post_date_gmt"
        case (_, "post_name"): return "post_name"
        case (_, "status"): return "post_status"
        case (_, "post_type"): return "post_type"
        case (_, "post_parent"): return "post_parent"
        case (_, "menu_order"): return "menu_order"
        default: return nil
        }
    }

    private mutating func store(_ segments: [Segment], as field: String, in draft: inout PostDraft) {
        if segments.isEmpty { draft.set(field, .input, 0..<0); return }
        if segments.count == 1, !segments[0].escaped { draft.set(field, .input, segments[0].range); return }
        draft.set(field, .side, side.append(join(segments)))
    }

    struct Segment {
        let range: Range<Int>
        /// Text outside CDATA holding an `&`: character references to decode.
        let escaped: Bool
    }

    private func join(_ segments: [Segment]) -> [UInt8] {
        var out: [UInt8] = []
        for s in segments {
            if s.escaped {
                out.append(contentsOf: HTMLEntities.decodeCharacterReferences(UnsafeRawBufferPointer(rebasing: b[s.range])))
            } else {
                out.append(contentsOf: b[s.range])
            }
        }
        return out
    }

    /// The text of the element `name` whose content starts at `from`: its text and CDATA pieces, where
    /// scanning goes on after `</name>`, and whether that close was found before the input ended.
    private func value(from: Int, name: [UInt8]) -> ([Segment], Int, Bool) {
        var segments: [Segment] = []
        var p = from
        func text(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            let amp = ByteSearch.find(0x26, in: b, from: r.lowerBound, to: r.upperBound) != nil
            segments.append(Segment(range: r, escaped: amp))
        }
        while p < end {
            guard let lt = ByteSearch.find(0x3C, in: b, from: p, to: end) else { break }
            text(p..<lt)
            if ByteSearch.matches("<![CDATA[", in: b, at: lt, end: end) {
                let body = lt + 9
                guard let close = ByteSearch.find("]]>", in: b, from: body, to: end) else {
                    segments.append(Segment(range: body..<end, escaped: false))
                    return (segments, end, false)
                }
                if close > body { segments.append(Segment(range: body..<close, escaped: false)) }
                p = close + 3
                continue
            }
            if isClose(of: name, at: lt) {
                return (segments, lt + 3 + name.count, true)
            }
            // Markup inside a text element (not WordPress's own output): kept as text.
            text(lt..<(lt + 1))
            p = lt + 1
        }
        return (segments, end, false)
    }

    private func isClose(of name: [UInt8], at lt: Int) -> Bool {
        guard lt + 3 + name.count <= end, b[lt + 1] == 0x2F, b[lt + 2 + name.count] == 0x3E else { return false }
        for (i, c) in name.enumerated() where b[lt + 2 + i] != c { return false }
        return true
    }

    /// Skips an element we do not read (`wp:postmeta`, `wp:comment`, `category`, …), CDATA and all.
    private func skipElement(from: Int, name: [UInt8]) -> Int {
        var p = from
        while let lt = ByteSearch.find(0x3C, in: b, from: p, to: end) {
            if ByteSearch.matches("<![CDATA[", in: b, at: lt, end: end) {
                p = ByteSearch.find("]]>", in: b, from: lt + 9, to: end).map { $0 + 3 } ?? end
                continue
            }
            if isClose(of: name, at: lt) { return lt + 3 + name.count }
            // An `</item>` before our close means the export is broken here: let the item loop see it.
            if ByteSearch.matches("</item>", in: b, at: lt, end: end) { return lt }
            p = lt + 1
        }
        return end
    }

    struct Tag {
        let nameEnd: Int
        let contentStart: Int
        let selfClosing: Bool
    }

    /// The tag starting at `lt`: where its name ends and its content begins (quoted attributes skipped).
    private func tagEnd(from lt: Int) -> Tag? {
        var p = lt + 1
        while p < end, !ByteSearch.isSpace(b[p]), b[p] != 0x3E, b[p] != 0x2F { p += 1 }
        let nameEnd = p
        guard nameEnd > lt + 1 else { return nil }
        var quote: UInt8 = 0
        while p < end, p - lt < 4096 {
            let c = b[p]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x3E {
                return Tag(nameEnd: nameEnd, contentStart: p + 1, selfClosing: b[p - 1] == 0x2F)
            }
            p += 1
        }
        return nil
    }
}
