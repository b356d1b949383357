/// The properties of `WP_Post`, in the order PHP prints them. The parser uses this order to
/// decide where a free-text value ends: only the next field's key can end `post_content`,
/// however many `[12]`, `(`, `)` or `=>` the content holds.
enum PostFields {
    static let order: [String] = [
        "ID", "post_author", "post_date", "post_date_gmt", "post_content", "post_title",
        "post_excerpt", "post_status", "comment_status", "ping_status", "post_password",
        "post_name", "to_ping", "pinged", "post_modified", "post_modified_gmt",
        "post_content_filtered", "post_parent", "guid", "menu_order", "post_type",
        "post_mime_type", "comment_count", "filter",
    ]

    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })

    /// Fields whose values are prose and may contain anything, so only a known later key ends them.
    static let freeText: Set<String> = ["post_content", "post_title", "post_excerpt", "post_content_filtered"]
}
