/// The properties of `WP_Post`, in the order PHP prints them. The parser uses this order to
/// decide where a free-text value ends: only the next field's key can end `post_content`,
/// however many `[12]`, `(`, `)` or `=>` the content holds.
public enum PostFields {
    public static let order: [String] = [
        "ID", "post_author", "post_date", "post_date_gmt", "post_content", "post_title",
        "post_excerpt", "post_status", "comment_status", "ping_status", "post_password",
        "post_name", "to_ping", "pinged", "post_modified", "post_modified_gmt",
        "post_content_filtered", "post_parent", "guid", "menu_order", "post_type",
        "post_mime_type", "comment_count", "filter",
    ]

    /// The position of `name` in `order`. The parser asks this for every key of every record, and
    /// hashing the name showed up in profiles of 100 MB dumps; the length is free.
    static func index(of name: String) -> Int? {
        guard let candidates = byLength[name.utf8.count] else { return nil }
        for i in candidates where order[i] == name { return i }
        return nil
    }

    /// Field indices grouped by name length: most lengths hold one or two names, so a lookup is one compare.
    private static let byLength: [Int: [Int]] = Dictionary(grouping: order.indices, by: { order[$0].utf8.count })

    /// Fields whose values are prose and may contain anything, so only a known later key ends them:
    /// post_content, post_title, post_excerpt, post_content_filtered.
    static func isFreeText(index: Int) -> Bool {
        index == 4 || index == 5 || index == 6 || index == 16
    }
}

/// The keys read so far in one container: a bit per known post field, a list for the rest.
struct SeenKeys {
    private var known: UInt32 = 0
    /// A set: a hostile record with thousands of distinct keys must not make each lookup a scan.
    private var others: Set<String> = []

    mutating func insert(_ name: String) {
        if let i = PostFields.index(of: name) { known |= 1 << UInt32(i) } else { others.insert(name) }
    }

    func contains(_ name: String) -> Bool {
        if let i = PostFields.index(of: name) { return known & (1 << UInt32(i)) != 0 }
        return others.contains(name)
    }
}
