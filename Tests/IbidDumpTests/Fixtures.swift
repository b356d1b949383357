import IbidTestSupport
import IbidDump

enum Fixtures {
    static let samplePath = TestPaths.sample

    static func load(_ text: String, path: String = "test.txt") throws -> LoadedDump {
        try DumpLoader.load(DumpBytes(text), path: path)
    }

    static func load(bytes: [UInt8], path: String = "test.txt") throws -> LoadedDump {
        try DumpLoader.load(DumpBytes(copying: bytes), path: path)
    }

    /// A WP_Post with every field PHP prints, in PHP's order.
    static func post(id: Int, title: String, content: String, date: String = "2021-01-02 03:04:05",
                     slug: String? = nil) -> PrintRValue {
        .post([
            ("ID", String(id)), ("post_author", "3"), ("post_date", date), ("post_date_gmt", date),
            ("post_content", content), ("post_title", title), ("post_excerpt", ""), ("post_status", "publish"),
            ("comment_status", "open"), ("ping_status", "open"), ("post_password", ""),
            ("post_name", slug ?? "post-\(id)"), ("to_ping", ""), ("pinged", ""), ("post_modified", date),
            ("post_modified_gmt", date), ("post_content_filtered", ""), ("post_parent", "0"),
            ("guid", "https://example.org/?p=\(id)"), ("menu_order", "0"), ("post_type", "post"),
            ("post_mime_type", ""), ("comment_count", "0"), ("filter", "raw"),
        ])
    }

    static func array(_ values: [PrintRValue]) -> PrintRValue {
        .array(values.enumerated().map { (key: String($0.offset), value: $0.element) })
    }
}
