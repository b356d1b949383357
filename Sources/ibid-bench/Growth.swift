#if canImport(Glibc)
import Glibc
#endif

/// `ibid-bench --growth`: the hostile shapes that once took quadratic time or memory, each run at a
/// size N and at 4N through the real binary. A linear command takes about 4× as long at 4N
/// (exponent 1); the target is t(4N) ≤ 5.7 · t(N) (exponent ≤ 1.26), or a 4N run well under a second.
/// Memory and output size are reported the same way, since two of the shapes flooded those instead.
struct Growth {
    /// One shape: how to write it at size n, and which command to time on it.
    struct Shape: Sendable {
        let name: String
        let n: Int
        let arguments: [String]
        let bytes: @Sendable (Int) -> [UInt8]
    }

    let ibid: String
    let directory: String
    let runs: Int
    let only: String?

    /// A one-post print_r dump in the collapsed layout, as the sample is.
    static func post(content: [UInt8], title: [UInt8] = Array("Shape".utf8), id: Int = 9001) -> [UInt8] {
        Array("[\(id)] => WP_Post Object ( [ID] => \(id) [post_author] => 1 [post_date] => 2021-01-01 00:00:00 [post_content] => ".utf8)
            + content + Array(" [post_title] => ".utf8) + title + Array(" [post_status] => publish [post_type] => post ) ".utf8)
    }

    static func dump(_ posts: [UInt8]) -> [UInt8] { Array("Array ( ".utf8) + posts + Array(")\n".utf8) }

    static func repeated(_ unit: String, _ n: Int) -> [UInt8] {
        let bytes = Array(unit.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * n)
        for _ in 0..<n { out.append(contentsOf: bytes) }
        return out
    }

    static let shapes: [Shape] = [
        Shape(name: "x[1] y[2] × N, check", n: 10_000, arguments: ["check"]) { dump(post(content: repeated("x[1] y[2] ", $0))) },
        Shape(name: "x[1] y[2] × N, screen", n: 10_000, arguments: ["screen", "--open", "9001", "--size", "80x24"]) {
            dump(post(content: repeated("x[1] y[2] ", $0)))
        },
        Shape(name: "[1] x [50] × N, check", n: 20_000, arguments: ["check"]) { dump(post(content: repeated("[1] x [50] ", $0))) },
        Shape(name: "[1] x [50] × N, screen", n: 20_000, arguments: ["screen", "--open", "9001", "--size", "80x24"]) {
            dump(post(content: repeated("[1] x [50] ", $0)))
        },
        Shape(name: "content ' [ID] => x ) y' × N, list", n: 20_000, arguments: ["list"]) { dump(post(content: repeated(" [ID] => x ) y", $0))) },
        Shape(name: "N nested 'Array ( [0] =>', list", n: 10_000, arguments: ["list"]) { n in
            repeated("Array ( [0] => ", n) + Array("x".utf8) + repeated(" )", n) + [0x0A]
        },
        Shape(name: "N posts, a bad UTF-8 byte in each title, list", n: 11_250, arguments: ["list"]) { n in
            var posts: [UInt8] = []
            for i in 0..<n { posts += post(content: Array("Text of post \(i).".utf8), title: Array("Title ".utf8) + [0xFF] + Array(" \(i)".utf8), id: 10_000 + i) }
            return dump(posts)
        },
        // A section whose heading is as long as its text: a hit that repeats its heading is quadratic.
        Shape(name: "<h2>'a '×N</h2> 'a '×N, search a --json", n: 3_500, arguments: ["search", "a", "--json"]) { n in
            dump(post(content: Array("<h2>".utf8) + repeated("a ", n) + Array("</h2><p>".utf8) + repeated("a ", n) + Array("</p>".utf8)))
        },
        Shape(name: "N words split by U+00A0, check", n: 500_000, arguments: ["check"]) { dump(post(content: repeated("word\u{A0}", $0))) },
        Shape(name: "N words split by U+00A0, screen", n: 500_000, arguments: ["screen", "--open", "9001", "--size", "80x24"]) {
            dump(post(content: repeated("word\u{A0}", $0)))
        },
        // Issue 12: HTML content read fully.
        Shape(name: "N nested <blockquote>, check", n: 25_000, arguments: ["check"]) { n in
            dump(post(content: repeated("<blockquote>", n) + Array("<p>deep</p>".utf8)))
        },
        Shape(name: "N nested <table><tr><td>, screen", n: 25_000, arguments: ["screen", "--open", "9001", "--size", "80x24"]) { n in
            dump(post(content: repeated("<table><tr><td>x", n)))
        },
        Shape(name: "N cells colspan=10^12, screen", n: 10_000, arguments: ["screen", "--open", "9001", "--size", "80x24"]) { n in
            dump(post(content: Array("<table><tr>".utf8) + repeated("<td colspan=\"999999999999\">s</td>", n) + Array("</tr></table>".utf8)))
        },
        Shape(name: "N table rows of 8 cells, screen G", n: 5_000, arguments: ["screen", "--open", "9001", "--size", "100x30", "--keys", "G"]) { n in
            dump(post(content: Array("<table>".utf8) + repeated("<tr>" + String(repeating: "<td>cell text</td>", count: 8) + "</tr>", n) + Array("</table>".utf8)))
        },
        Shape(name: "N unclosed '[vc_row [caption [embed', check", n: 30_000, arguments: ["check"]) { n in
            dump(post(content: Array("<p>".utf8) + repeated("[vc_row w [caption x [embed]y ", n) + Array("</p>".utf8)))
        },
        Shape(name: "a note of N links, check", n: 20_000, arguments: ["check"]) { n in
            dump(post(content: Array("<p>Claim.<a href=\"#_ftn1\" name=\"_ftnref1\">[1]</a></p><div id=\"ftn1\"><p><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> ".utf8)
                + repeated("<a href=\"https://example.org/x?a=1&amp;b=2\">t</a>, ", n) + Array("</p></div>".utf8)))
        },
        // Issue 11: editions are found by comparing URL lists, which must not compare every pair.
        Shape(name: "N en/ru pairs citing the same 8 URLs, list", n: 2_000, arguments: ["list"]) { editionPairs($0, ownURLs: true) },
        Shape(name: "N en/ru pairs, every post the same 8 URLs, list", n: 2_000, arguments: ["list"]) { editionPairs($0, ownURLs: false) },
    ]

    /// N English posts and their N Russian translations: with `ownURLs` each pair cites its own eight
    /// URLs in one order (N editions to find); without, every post cites the same eight (each URL in
    /// 2N posts: compared naively, every pair of posts).
    static func editionPairs(_ n: Int, ownURLs: Bool) -> [UInt8] {
        let english = "The report on the press and the courts in the region and on the people who work there. "
        let russian = String(repeating: "Доклад о прессе и судах в регионе и о людях, которые там работают. ", count: 5)
        var posts: [UInt8] = []
        for i in 0..<n {
            let urls = (0..<8).map { ownURLs ? "https://example.org/\(i)/source-\($0)" : "https://example.org/source-\($0)" }
            let notes = urls.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: " ")
            let markers = (1...8).map { "[\($0)]" }.joined()
            posts += post(content: Array((english + english + markers + "\u{A0}" + notes).utf8), title: Array("Report \(i)".utf8), id: 10_000 + 2 * i)
            posts += post(content: Array((russian + markers + "\u{A0}" + notes).utf8), title: Array("Доклад \(i)".utf8), id: 10_001 + 2 * i)
        }
        return dump(posts)
    }

    func run() throws {
        print("growth: each shape at N and 4N, best of \(runs); targets: t(4N) ≤ 5.7·t(N) (exponent ≤ 1.26) or t(4N) < 0.5 s; output and memory exponents ≤ 1.26")
        print(pad("shape", 48) + pad("N", 9) + pad("t(N) s", 9) + pad("t(4N) s", 9) + pad("exp", 6) + pad("RSS(4N) MB", 12) + pad("×input", 8) + pad("mem exp", 8) + pad("out(4N) KB", 12) + pad("out exp", 8) + "verdict")
        var failures = 0
        for shape in Self.shapes + Self.formShapes where only.map({ shape.name.contains($0) }) ?? true {
            let small = try measure(shape, n: shape.n)
            let large = try measure(shape, n: 4 * shape.n)
            let exponent = Self.exponent(small.seconds, large.seconds)
            let outExponent = Self.exponent(Double(max(small.outputBytes, 1)), Double(max(large.outputBytes, 1)))
            // Memory must grow linearly too. (The 1.5 × file + 64 MB target is for ordinary dumps; these
            // shapes are a million one-word paragraphs or markers, each a model object of its own, so
            // the figure printed beside is the ratio to the input, not a verdict.)
            let memoryExponent = Self.exponent(Double(small.rss), Double(large.rss))
            let memoryOK = memoryExponent <= 1.26
            let ok = (exponent <= 1.26 || large.seconds < 0.5) && outExponent <= 1.26 && memoryOK && large.status < 128
            if !ok { failures += 1 }
            print(pad(shape.name, 48) + pad(String(shape.n), 9) + pad(fixed(small.seconds, 3), 9) + pad(fixed(large.seconds, 3), 9)
                  + pad(fixed(exponent, 2), 6) + pad(fixed(Double(large.rss) / 1e6, 1), 12)
                  + pad(fixed(Double(large.rss) / Double(large.inputBytes), 1), 8) + pad(fixed(memoryExponent, 2), 8) + pad(fixed(Double(large.outputBytes) / 1e3, 1), 12)
                  + pad(fixed(outExponent, 2), 8) + (ok ? "ok" : memoryOK ? "FAIL" : "FAIL (memory)") + (large.status == 0 || large.status == 1 ? "" : " (exit \(large.status))"))
        }
        print(failures == 0 ? "growth: every shape linear" : "growth: \(failures) shape(s) not linear")
    }

    struct Result {
        let seconds: Double
        let rss: Int
        let outputBytes: Int
        let inputBytes: Int
        let status: Int32
    }

    func measure(_ shape: Shape, n: Int) throws -> Result {
        let path = "\(directory)/growth-\(shape.arguments[0])-\(Self.slug(shape.name))-\(n).txt"
        let file = try OutputFile(path: path)
        let bytes = shape.bytes(n)
        try file.write(bytes)
        let argv = [ibid] + shape.arguments + [path, "--quiet-warnings"]
        var best: ProcessTimer.Measurement?
        for _ in 0..<runs {
            let m = ProcessTimer.run(argv)
            if best == nil || m.seconds < best!.seconds { best = m }
        }
        var info = stat()
        let size = stat(ProcessTimer.scratch, &info) == 0 ? Int(info.st_size) : 0
        unlink(path)
        return Result(seconds: best!.seconds, rss: best!.maxRSSBytes, outputBytes: size, inputBytes: bytes.count, status: best!.status)
    }

    /// log₄ of the growth from N to 4N.
    static func exponent(_ small: Double, _ large: Double) -> Double {
        guard small > 0, large > 0 else { return 0 }
        return log(large / small) / log(4)
    }

    static func slug(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.prefix(24).map(Character.init))
    }
}
