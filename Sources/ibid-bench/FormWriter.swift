import IbidTestSupport

/// Writes the benchmark's records as PHP's `var_dump` and as a WordPress export (WXR), the same
/// records `DumpGenerator` writes as print_r, so the figures of the three forms compare like for like.
/// (The tests check these shapes against real PHP; this writer only has to be fast and faithful.)
enum FormWriter {
    enum Form: String { case varDump = "var_dump", wxr }

    /// Writes at least `megabytes` MB of `form` to `path`; returns the number of records written.
    static func write(_ generator: DumpGenerator, form: Form, megabytes: Int, to path: String) throws -> Int {
        let file = try OutputFile(path: path)
        let target = megabytes * 1_000_000
        var written = 0, count = 0
        func put(_ s: String) throws {
            try file.write(s)
            written += s.utf8.count
        }
        switch form {
        // PHP would print the element count; no reader of ours uses it, and it is not known up front.
        case .varDump: try put("array(1) {\n")
        case .wxr:
            try put("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                \t<title>Benchmark</title>
                \t<wp:wxr_version>1.2</wp:wxr_version>

                """)
        }
        while written < target {
            let record = DumpGenerator.renumber(generator.records[count % generator.records.count], id: 100_000 + count)
            guard case .object(_, let entries) = record else { continue }
            let fields = entries.compactMap { e -> (String, String)? in
                if case .string(let s) = e.value { return (e.key, s) }
                return nil
            }
            try put(form == .varDump ? varDump(fields, index: count) : item(fields))
            count += 1
        }
        try put(form == .varDump ? "}\n" : "</channel>\n</rss>\n")
        return count
    }

    /// One `[i]=> object(WP_Post)#n (24) { … }` element, as PHP 8 prints it inside an array.
    static func varDump(_ fields: [(String, String)], index: Int) -> String {
        var out = "  [\(index)]=>\n  object(WP_Post)#\(index + 1) (\(fields.count)) {\n"
        for (name, value) in fields {
            out += "    [\"\(name)\"]=>\n"
            if name == "ID" || name == "post_parent" || name == "menu_order" {
                out += "    int(\(value))\n"
            } else {
                out += "    string(\(value.utf8.count)) \"\(value)\"\n"
            }
        }
        return out + "  }\n"
    }

    /// One `<item>` as WordPress's exporter writes it: text escaped, the rest in CDATA split at `]]>`.
    static func item(_ fields: [(String, String)]) -> String {
        let f = Dictionary(fields, uniquingKeysWith: { a, _ in a })
        func cdata(_ s: String) -> String { "<![CDATA[" + s.replacingAll("]]>", with: "]]]]><![CDATA[>") + "]]>" }
        func escaped(_ s: String) -> String { s.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;") }
        var out = "\t<item>\n"
        out += "\t\t<title>\(escaped(f["post_title"] ?? ""))</title>\n"
        out += "\t\t<link>https://example.org/\(f["post_name"] ?? "")/</link>\n"
        out += "\t\t<dc:creator>\(cdata("admin"))</dc:creator>\n"
        out += "\t\t<guid isPermaLink=\"false\">\(escaped(f["guid"] ?? ""))</guid>\n"
        out += "\t\t<description></description>\n"
        out += "\t\t<content:encoded>\(cdata(f["post_content"] ?? ""))</content:encoded>\n"
        out += "\t\t<excerpt:encoded>\(cdata(f["post_excerpt"] ?? ""))</excerpt:encoded>\n"
        out += "\t\t<wp:post_id>\(f["ID"] ?? "")</wp:post_id>\n"
        for (tag, field) in [("post_date", "post_date"), ("post_date_gmt", "post_date_gmt"), ("post_name", "post_name"),
                             ("status", "post_status"), ("post_type", "post_type")] {
            out += "\t\t<wp:\(tag)>\(cdata(f[field] ?? ""))</wp:\(tag)>\n"
        }
        out += "\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>\(cdata("_edit_last"))</wp:meta_key>\n\t\t\t<wp:meta_value>\(cdata("1"))</wp:meta_value>\n\t\t</wp:postmeta>\n"
        return out + "\t</item>\n"
    }
}

extension String {
    /// Every occurrence of `target` replaced (the bench has no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
