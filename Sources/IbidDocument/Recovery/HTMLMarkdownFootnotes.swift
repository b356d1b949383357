extension HTMLReader {
    /// The ids Markdown renderers give the two ends of a footnote link:
    ///
    /// | renderer | body citation | note | back-link |
    /// |---|---|---|---|
    /// | pandoc | `<a href="#fn1" id="fnref1" class="footnote-ref"><sup>1</sup></a>` | `<li id="fn1">` | `href="#fnref1"` |
    /// | markdown-it | `<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>` | `<li id="fn1" class="footnote-item">` | `href="#fnref1"`, `#fnref1:1` |
    /// | kramdown, PHP Markdown Extra | `<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup>` | `<li id="fn:1">` | `href="#fnref:1"` |
    /// | Python-Markdown | `<sup id="fnref:note"><a class="footnote-ref" href="#fn:note">1</a></sup>` | `<li id="fn:note">` | `href="#fnref:note"` |
    /// | MultiMarkdown, Markdig | `<a href="#fn:1" id="fnref:1" class="footnote"><sup>1</sup></a>` | `<li id="fn:1">` | `href="#fnref:1"` |
    /// | cmark-gfm (GitHub) | `<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup>` | `<li id="user-content-fn-1">` | `href="#user-content-fnref-1"` |
    ///
    /// A label may be a name (`[^note]`): the body shows the note's number, and the note takes the
    /// number its citation showed.
    enum MarkdownFootnoteIDs {
        static let prefixes = ["user-content-", ""]

        /// The note's label when `id` names a note (`fn1`, `fn:1`, `fn-1`, `fn:note`); nil for anything
        /// else, back-references included. Without a separator only digits follow (`fn1`, not `fname`).
        static func noteLabel(_ id: String) -> Substring? {
            guard let rest = stripped(id), rest.hasPrefix("fn"), !rest.hasPrefix("fnref") else { return nil }
            let afterFN = rest.dropFirst(2)
            guard let first = afterFN.first else { return nil }
            if first == ":" || first == "-" || first == "_" {
                let label = afterFN.dropFirst()
                guard !label.isEmpty, label.utf8.count <= 64, label.allSatisfy({ !$0.isWhitespace }) else { return nil }
                return label
            }
            guard afterFN.utf8.count <= 6, afterFN.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return afterFN
        }

        /// A note's back-link target: `fnref1`, `fnref:1`, `fnref1:2` (a second citation), `user-content-fnref-1`.
        static func isBackReference(_ id: String) -> Bool {
            guard let rest = stripped(id) else { return false }
            return rest.hasPrefix("fnref") && rest.utf8.count > 5
        }

        /// The label's number when it is one (`fn:12` → 12).
        static func number(_ label: Substring) -> Int? {
            guard !label.isEmpty, label.utf8.count <= 6, label.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(label)
        }

        private static func stripped(_ id: String) -> Substring? {
            let lower = id.lowercased()
            for prefix in prefixes where lower.hasPrefix(prefix) {
                return Substring(lower).dropFirst(prefix.count)
            }
            return nil
        }
    }
}
