import Foundation
import IbidTestSupport

/// Generated dumps for the index tests: posts with a body citing notes and a notes run, each
/// holding the spellings an index could get wrong, and seeded filler words.
enum SearchDumps {
    static let tricky = [
        "Nazarbayev’s rule, NAZARBAYEVʼS heirs and Nazarbayev's critics",
        "a nai\u{0308}ve view and a naïve one",
        "Кыргызстан, КЫРГЫЗСТАН and кыргызстандагы",
        "the Naz<em>arbayev</em> split and the Naz&shy;arbayev hyphen",
        "и\u{0306}ыгын and йыгын",
        "5 \u{212A}elvin, 5 kelvin, 5 Ω and 5 \u{2126}",
        "ok\u{1F44D}\u{1F3FD} ok👍 «Straße» İstanbul",
        "covid-19 &#8220;quoted&#8221; and &laquo;guillemets&raquo;",
    ]
    static let words = ["human", "rights", "governance", "protest", "Tokayev", "court", "law", "media", "reform", "the"]

    static func post(id: Int, title: String, content: String) -> PrintRValue {
        let date = "2021-01-02 03:04:05"
        return .post([
            ("ID", String(id)), ("post_author", "3"), ("post_date", date), ("post_date_gmt", date),
            ("post_content", content), ("post_title", title), ("post_excerpt", ""), ("post_status", "publish"),
            ("comment_status", "open"), ("ping_status", "open"), ("post_password", ""),
            ("post_name", "post-\(id)"), ("to_ping", ""), ("pinged", ""), ("post_modified", date),
            ("post_modified_gmt", date), ("post_content_filtered", ""), ("post_parent", "0"),
            ("guid", "https://example.org/?p=\(id)"), ("menu_order", "0"), ("post_type", "post"),
            ("post_mime_type", ""), ("comment_count", "0"), ("filter", "raw"),
        ])
    }

    /// Writes a dump of `posts` posts to `dir`/dump.txt and returns its path.
    static func write(in dir: String, posts: Int, seed: UInt64) throws -> String {
        var rng = SeededGenerator(seed: seed)
        func filler(_ n: Int) -> String { (0..<n).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") }
        var values: [PrintRValue] = []
        for i in 0..<posts {
            var body = "<h2>Part \(i): \(tricky[i % tricky.count].replacingOccurrences(of: "<em>", with: "").replacingOccurrences(of: "</em>", with: ""))</h2>"
            for (k, line) in tricky.enumerated() {
                body += "<p>\(filler(8)) \(line) \(filler(5))[\(k + 1)]</p>\n"
            }
            body += "<p>" + (1...tricky.count).map { "[\($0)] Note \($0): \(tricky[($0 + i) % tricky.count]) \(filler(4))." }.joined(separator: " ") + "</p>"
            values.append(post(id: 1000 + i, title: "Report \(i % 4): part \(i)", content: body))
        }
        let dump = PrintRValue.array(values.enumerated().map { (key: String($0.offset), value: $0.element) })
        let path = dir + "/dump.txt"
        try PrintRWriter.write(dump, layout: .raw).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
