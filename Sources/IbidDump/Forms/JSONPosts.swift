/// Posts from JSON: the REST API's `/wp-json/wp/v2/posts` and `/pages` (an array, or one object, with
/// `id`, `date`, `slug`, `link`, `title.rendered`, `content.rendered`) and WP-CLI's
/// `wp post list --format=json` (objects keyed by the `WP_Post` field names: `ID`, `post_title`, …).
/// Either is found at any depth, in document order, without descending into a post.
enum JSONPosts {
    struct Read {
        var drafts: [PostDraft] = []
        var side = SideBuffer()
        var sawREST = false
    }

    static func read(_ root: JSONReader.Value, bytes b: UnsafeRawBufferPointer) -> Read {
        var read = Read()
        // An explicit stack, not recursion: the reader bounds depth, but a wide tree of arrays costs nothing this way.
        var stack: [JSONReader.Value] = [root]
        while let value = stack.popLast() {
            switch value {
            case .array(let items):
                stack.append(contentsOf: items.reversed())
            case .object(let members, let offset):
                if let draft = restPost(value, offset: offset, b: b, side: &read.side) {
                    read.sawREST = true
                    read.drafts.append(draft)
                } else if let draft = cliPost(members, offset: offset, b: b, side: &read.side) {
                    read.drafts.append(draft)
                } else {
                    stack.append(contentsOf: members.map(\.value).reversed())
                }
            default:
                break
            }
        }
        return read
    }

    /// The REST shape: `id` a number, and `content` or `title` an object with `rendered` (or `raw`).
    private static func restPost(_ object: JSONReader.Value, offset: Int, b: UnsafeRawBufferPointer, side: inout SideBuffer) -> PostDraft? {
        guard case .number(let id)? = object["id"] else { return nil }
        func rendered(_ name: String) -> JSONReader.Value? {
            guard let field = object[name] else { return nil }
            if case .string = field { return field }
            // `raw` (context=edit) is what print_r shows; `rendered` is after WordPress's filters.
            return field["raw"] ?? field["rendered"]
        }
        let content = rendered("content"), title = rendered("title")
        guard content != nil || title != nil else { return nil }
        var draft = PostDraft(offset: offset, className: "WP_REST")
        draft.set("ID", .input, id)
        if let title, let (source, range) = scalar(title, b: b, side: &side, entities: true) { draft.set("post_title", source, range) }
        if let content, let (source, range) = scalar(content, b: b, side: &side) { draft.set("post_content", source, range) }
        if let excerpt = rendered("excerpt"), let (source, range) = scalar(excerpt, b: b, side: &side) { draft.set("post_excerpt", source, range) }
        if case .string(let s)? = object["date"] {
            // `2024-05-01T09:30:00` → `2024-05-01 09:30:00`, as WordPress stores and print_r shows it.
            let date = text(s, b: b).map { $0 == 0x54 ? 0x20 : $0 }
            draft.set("post_date", .side, side.append(date))
        }
        for (json, field) in [("slug", "post_name"), ("status", "post_status"), ("type", "post_type"), ("link", "link")] {
            if let v = object[json], let (source, range) = scalar(v, b: b, side: &side) { draft.set(field, source, range) }
        }
        if let guid = rendered("guid") ?? object["link"], let (source, range) = scalar(guid, b: b, side: &side) {
            draft.set("guid", source, range)
        }
        return draft
    }

    /// The WP-CLI shape: `ID` and `post_content` or `post_title`; every scalar member is kept by its name.
    private static func cliPost(_ members: [(key: JSONReader.JSONString, value: JSONReader.Value)], offset: Int,
                                b: UnsafeRawBufferPointer, side: inout SideBuffer) -> PostDraft? {
        var hasID = false, hasText = false
        for (key, value) in members {
            if key.equals("ID"), isScalar(value) { hasID = true }
            if key.equals("post_content") || key.equals("post_title"), isScalar(value) { hasText = true }
        }
        guard hasID, hasText else { return nil }
        var draft = PostDraft(offset: offset, className: "WP_CLI")
        for (key, value) in members {
            guard let (source, range) = scalar(value, b: b, side: &side) else { continue }
            draft.set(key.decodedKey ?? key.rawKey, source, range)
        }
        return draft
    }

    private static func isScalar(_ v: JSONReader.Value) -> Bool {
        switch v {
        case .string, .number, .bool, .null: true
        case .object, .array: false
        }
    }

    /// A scalar's text: a string's bytes (decoded when escaped), a number's digits, `1` or empty for
    /// booleans as print_r shows them, empty for null. `entities` also undoes the HTML character
    /// references WordPress writes into rendered titles (`&#8217;`).
    private static func scalar(_ v: JSONReader.Value, b: UnsafeRawBufferPointer, side: inout SideBuffer,
                               entities: Bool = false) -> (PostDraft.Source, Range<Int>)? {
        switch v {
        case .string(let s):
            let hasAmp = entities && ByteSearch.find(0x26, in: b, from: s.range.lowerBound, to: s.range.upperBound) != nil
            if !s.escaped && !hasAmp { return (.input, s.range) }
            var bytes = s.escaped ? JSONReader.JSONString.decode(b[s.range]) : Array(b[s.range])
            if hasAmp { bytes = bytes.withUnsafeBytes { HTMLEntities.decodeCharacterReferences($0) } }
            return (.side, side.append(bytes))
        case .number(let r): return (.input, r)
        case .bool(let flag): return (.side, side.append(flag ? "1" : ""))
        case .null: return (.side, side.append(""))
        case .object, .array: return nil
        }
    }

    private static func text(_ s: JSONReader.JSONString, b: UnsafeRawBufferPointer) -> [UInt8] {
        s.escaped ? JSONReader.JSONString.decode(b[s.range]) : Array(b[s.range])
    }
}
