/// Growth shapes for the input forms of issue 12: each aims at the one place its parser scans ahead
/// (a var_dump string whose count is wrong, an Xdebug dump folded onto one line, JSON escapes, WXR
/// CDATA split at `]]>`), run by `ibid-bench --growth` beside the print_r shapes.
extension Growth {
    static let formShapes: [Shape] = [
        // Every count wrong (the page folded the whitespace): each value ends by structure, and the text
        // is full of `"` followed by `[` that is not a key.
        Shape(name: "var_dump: wrong counts, '\" [ y' × N, list", n: 20_000, arguments: ["list"]) { n in
            Array("array(1) { [0]=> object(WP_Post)#1 (3) { [\"ID\"]=> int(1) [\"post_title\"]=> string(999) \"T\" [\"post_content\"]=> string(7) \"".utf8)
                + repeated("x\" [ y ", n) + Array("\" } }\n".utf8)
        },
        Shape(name: "var_dump: N posts, list", n: 5_000, arguments: ["list"]) { n in
            var out = Array("array(\(n)) {\n".utf8)
            for i in 0..<n {
                let body = "Text of post \(i) [1]."
                out += Array("  [\(i)]=>\n  object(WP_Post)#\(i + 1) (3) {\n    [\"ID\"]=>\n    int(\(10_000 + i))\n    [\"post_title\"]=>\n    string(5) \"Title\"\n    [\"post_content\"]=>\n    string(\(body.utf8.count)) \"\(body)\"\n  }\n".utf8)
            }
            return out + Array("}\n".utf8)
        },
        Shape(name: "Xdebug: N posts, list", n: 5_000, arguments: ["list"]) { n in
            var out = Array("array (size=\(n))\n".utf8)
            for i in 0..<n {
                out += Array("  \(i) => \n    object(WP_Post)[\(i + 1)]\n      public 'ID' => int \(10_000 + i)\n      public 'post_title' => string 'T' (length=1)\n      public 'post_content' => string 'Body [1].' (length=9)\n".utf8)
            }
            return out
        },
        // Xdebug's dump with every newline folded away is refused (its containers are told by indentation),
        // but finding that out must stay linear: no line look-back may run to the start of the file.
        Shape(name: "Xdebug folded onto one line (refused), N, list", n: 5_000, arguments: ["list"]) { n in
            var out = Array("array (size=\(n)) ".utf8)
            for i in 0..<n {
                out += Array("\(i) => object(WP_Post)[\(i + 1)] public 'ID' => int \(10_000 + i) public 'post_title' => string 'T' (length=1) ".utf8)
            }
            return out + [0x0A]
        },
        Shape(name: "REST JSON: N posts with escapes, list", n: 5_000, arguments: ["list"]) { n in
            var out = Array("[".utf8)
            for i in 0..<n {
                if i > 0 { out.append(0x2C) }
                out += Array("{\"id\":\(10_000 + i),\"title\":{\"rendered\":\"T&#8217;s \\u00e9\"},\"content\":{\"rendered\":\"<p>Body \\\"\(i)\\\"<\\/p>\\n\"}}".utf8)
            }
            return out + Array("]\n".utf8)
        },
        Shape(name: "WXR: N items, CDATA split at ]]>, list", n: 5_000, arguments: ["list"]) { n in
            var out = Array("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>G</title>\n".utf8)
            for i in 0..<n {
                out += Array("<item><title>T &amp; \(i)</title><content:encoded><![CDATA[a]]]]><![CDATA[>b [1]]]></content:encoded><wp:post_id>\(10_000 + i)</wp:post_id><wp:post_type><![CDATA[post]]></wp:post_type></item>\n".utf8)
            }
            return out + Array("</channel></rss>\n".utf8)
        },
    ]
}
