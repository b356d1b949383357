import Foundation
import IbidTestSupport
import Testing
@testable import IbidDocument
@testable import IbidDump

/// The scan's raw-bytes prefilter must never refuse a chapter whose rows hold a hit. Checked three
/// ways: every word and phrase of the sample's recovered rows, in every form real PHP writes; one
/// post for each transformation recovery makes between the bytes and the rows (docs/format.md §10),
/// each first shown to give the hit by recovering it; and random posts made of tags, references,
/// shortcodes, marks and quotes. And the scan with the filter counts what the scan without it does.
@Suite("Search: the raw-bytes prefilter", .timeLimit(.minutes(5)))
struct RawPrefilterTests {
    /// Every chapter's rows' texts, recovered without any filter.
    static func rows(of library: Library) -> [(Chapter, [String])] {
        library.chapters.map { chapter in
            var texts: [String] = []
            SearchRow.forEachRow(of: library.content(of: chapter), chapterID: chapter.id) { texts.append($0.text) }
            return (chapter, texts)
        }
    }

    /// Records every chapter whose rows hold `query` but which the filter refuses.
    static func expectNoneRefused(_ query: String, _ library: Library, _ rows: [(Chapter, [String])], _ context: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let folding = SearchFolding(query)
        guard let filter = RawPrefilter(folding) else { return 0 }
        var matched = 0
        for (chapter, texts) in rows where texts.contains(where: { folding.occurs(in: $0) }) {
            matched += 1
            let admitted = library.admits(chapter, filter)
            #expect(admitted, "\(context): chapter \(chapter.id) holds \(query.debugDescription) but was refused: \(chapter.post.content?.string.debugDescription ?? "")",
                    sourceLocation: sourceLocation)
        }
        return matched
    }

    /// The ASCII words of the rows (no digits: those queries are not filtered), every `step`-th,
    /// with the two-word phrases and the inner pieces of a few of them.
    static func queries(from rows: [(Chapter, [String])], step: Int) -> [String] {
        var words: [String] = []
        var seen: Set<String> = []
        for (_, texts) in rows {
            for text in texts {
                let tokens = text.split(whereSeparator: { !($0.isASCII && $0.isLetter) && $0 != "’" && $0 != "'" })
                for (k, t) in tokens.enumerated() where t.count >= 2 {
                    let word = String(t)
                    if seen.insert(word.lowercased()).inserted { words.append(word) }
                    if k + 1 < tokens.count, seen.count % 7 == 0 { words.append(word + " " + tokens[k + 1]) }
                }
            }
        }
        var out: [String] = []
        for (i, w) in words.enumerated() where i % step == 0 {
            out.append(w)
            if w.count > 5, i % (step * 3) == 0 { out.append(String(w.dropFirst(2).dropLast(1))) }
        }
        return out
    }

    @Test func everyWordOfTheSampleInEveryForm() throws {
        let sample = try DumpLoader.load(path: TestPaths.sample)
        let posts = sample.posts.map {
            WordPressForms.Row(id: $0.id, title: $0.title, content: $0.content?.string ?? "", date: $0.date, slug: $0.slug,
                               guid: $0.guid, status: $0.status)
        }
        var libraries: [(String, Library)] = [("sample", Library(dump: sample))]
        // The forms whose bytes differ from print_r's: references undone by the dump layer, JSON escapes, CDATA.
        for form in [WordPressForms.Form.varDumpEscaped, .rest, .wxr] {
            let bytes = try WordPressForms.render(posts, as: form)
            libraries.append((form.rawValue, Library(dump: try DumpLoader.load(DumpBytes(copying: bytes), path: "\(form.rawValue).txt"))))
        }
        for (name, library) in libraries {
            let rows = Self.rows(of: library)
            let queries = Self.queries(from: rows, step: name == "sample" ? 16 : 60)
            #expect(queries.count > (name == "sample" ? 200 : 60), "\(name): \(queries.count) queries")
            var matched = 0
            for query in queries { matched += Self.expectNoneRefused(query, library, rows, name) }
            // Words are from the rows; a phrase of two words may have had punctuation between them.
            #expect(matched > queries.count / 2, "\(name): \(matched) chapters matched \(queries.count) queries")
        }
    }

    /// A word only in notes 123–185 of 5845, which complete 5607 (cut off at note 122): 5607 must be
    /// let through for its counterpart's bytes.
    @Test func aChapterCompletedFromAnotherEditionIsLetThroughForItsBytes() throws {
        let library = try Library.load(path: TestPaths.sample)
        let rows = Self.rows(of: library)
        let cut = try #require(library.chapters.first { $0.postID == 5607 })
        let own = try #require(cut.post.content?.string)
        let completed = try #require(rows.first { $0.0.id == cut.id }?.1)
        // A word of the completed rows the post's own bytes do not hold, found by reading both.
        // … and which the filter refuses on the post's own bytes.
        let lowered = own.lowercased()
        let borrowed = completed.joined(separator: " ").split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.count > 8 && $0.allSatisfy(\.isASCII) && !lowered.contains($0.lowercased()) }
            .prefix(20)
            .first { RawPrefilter(SearchFolding($0)).map { !$0.admits(cut.post) } == true }
        let word = try #require(borrowed, "5607's completed notes hold a word its own bytes do not")
        let filter = try #require(RawPrefilter(SearchFolding(word)))
        #expect(library.admits(cut, filter), "\(word): 5607 let through for 5845's bytes")
        _ = Self.expectNoneRefused(word, library, rows, "completed")
    }

    /// One post per transformation: the HTML, and a query that only the recovered text holds whole.
    static let cases: [(html: String, query: String)] = [
        ("<p>the Kazakh<span class=\"x\">stan</span> case</p>", "kazakhstan"),
        ("<p>a k<wbr>lo word</p>", "klo"),
        ("<p>she a<b and c>dded it</p>", "added"),
        ("<p>pre x<script>var y = 1;</script>zed post</p>", "xzed"),
        ("<p>pre x<style>p { }</style>zed post</p>", "xzed"),
        ("<p>a comm<!-- gone -->ent here</p>", "comment"),
        ("<p>a comm<!-- gone --!>ent here</p>", "comment"),
        ("<p>the &#78;ASA budget</p>", "nasa"),
        ("<p>the &#x4e;ASA budget</p>", "nasa"),
        ("<p>the &#78ASA budget</p>", "nasa"),
        ("<p>a &fjlig;ord view</p>", "fjord"),
        ("<p>Tom &amp; Jerry</p>", "tom & jerry"),
        ("<p>Tom &ampJerry</p>", "tom &jerry"),
        ("<p>I<img alt=\"LOVE\" class=\"wp-smiley\" src=\"x.png\">NY forever</p>", "iloveny"),
        ("<p>see <img alt=\"a kettling photo\" src=\"k.png\"></p>", "kettling photo"),
        ("<p>text<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup> more</p><ol class=\"footnotes\"><li id=\"fn1\">Source: <a href=\"https://example.org/full&amp;path\">https://example.org/x</a> <a href=\"#ref1\">↩</a></li></ol>", "full&path"),
        ("<p>q[vc_row]r and m[embed]zz[/embed]n</p>", "qr and mn"),
        ("<p>[caption id=\"a\" caption=\"Cap &amp; tion\"]<img src=\"c.png\">[/caption]</p>", "cap & tion"),
        ("<p>human \n\t  rights</p>", "human rights"),
        ("<p>human\u{00A0}rights</p>", "human rights"),
        ("<p>human<br>rights</p>", "human rights"),
        ("<p>Nazarbayev’s rule</p>", "nazarbayev's"),
        ("<p>Nazarbayev&#8217;s rule</p>", "nazarbayev's"),
        ("<p>Nazarbayev&rsquo;s rule</p>", "nazarbayev's"),
        ("<p>a \u{212A}ettling tactic</p>", "kettling"),
        ("<p>a <em>split</em><strong>word</strong></p>", "splitword"),
        ("<p>a &lt;b&gt; tag</p>", "<b>"),
        ("<p>cell</p><table><tr><td>alpha</td><td>beta</td></tr></table>", "alpha"),
        ("Plain text: a&b and c\n\nend", "a&b"),
    ]

    @Test func eachTransformationIsAllowedFor() throws {
        let rows = Self.cases.enumerated().map { WordPressForms.Row(id: 7000 + $0.offset, title: "Case \($0.offset)", content: $0.element.html) }
        let bytes = try WordPressForms.render(rows, as: .printR)
        let library = Library(dump: try DumpLoader.load(DumpBytes(copying: bytes), path: "cases.txt"))
        let recovered = Self.rows(of: library)
        #expect(recovered.count == Self.cases.count)
        for ((chapter, texts), c) in zip(recovered, Self.cases) {
            let folding = SearchFolding(c.query)
            // The fixture is real: recovery does give the hit …
            let found = texts.contains { folding.occurs(in: $0) }
            #expect(found, "case \(c.html.debugDescription): rows \(texts) lack \(c.query.debugDescription)")
            // … and the filter lets the post through.
            let filter = try #require(RawPrefilter(folding), "\(c.query) should be filtered")
            let admitted = library.admits(chapter, filter)
            #expect(admitted, "case \(c.html.debugDescription) refused for \(c.query.debugDescription)")
        }
        // The filter still refuses: a word in none of these posts.
        let none = try #require(RawPrefilter(SearchFolding("zebra")))
        let admitted = library.chapters.filter { library.admits($0, none) }.map { $0.post.content?.string ?? "" }
        #expect(admitted.isEmpty, "zebra let through: \(admitted)")
    }

    @Test func queriesRecoveryMayWriteAreNotFiltered() {
        // Citation numbers are written from anchors and counts, and tabs between cells: not filtered.
        for query in ["word[1", "[3]", "12", "2019", "a\tb", "Кыргыз", "naïve", String(repeating: "a", count: 64)] {
            #expect(RawPrefilter(SearchFolding(query)) == nil, "\(query.debugDescription)")
        }
        for query in ["kettling", "human rights", "Nazarbayev's", "a&b", String(repeating: "a", count: 63)] {
            #expect(RawPrefilter(SearchFolding(query)) != nil, "\(query.debugDescription)")
        }
    }

    static let pieces: [String] = [
        "a", "b", "c", "k", "A", "B", "ab", " ", "  ", "\n", "\n\n", "\u{00A0}", "’", "'", ";", "\u{037E}", "\u{212A}", "é", "а", "\u{0301}",
        "<span>", "</span>", "<em>", "</em>", "<br>", "<wbr>", "<p>", "</p>", "<h2>", "</h2>", "<b and c>", "<!-- a -->",
        "<script>b</script>", "<img alt=\"ab\" class=\"wp-smiley\">", "<img alt=\"b c\">", "<a href=\"https://x.org/a&amp;b\">https://x.org/</a>",
        "&#97;", "&#x62;", "&#x62", "&amp;", "&amp", "&fjlig;", "&notin", "&#0;", "&#146;", "&", "<", ">", "[", "]",
        "[vc_row]", "[embed]a[/embed]", "[1]", "\u{200B}", "\u{00AD}", "\u{FFFD}", "\u{1F44D}",
        "<img alt=\"a>b\" class=\"wp-smiley\">", "<img alt='b' class=\"wp-smiley\">", "\"", "<a title=\"x>a\">b</a>",
        "[caption caption=\"a b\"][/caption]", "&lt;", "&gt;",
    ]
    static let randomQueries = ["ab", "ba", "abc", "bab", "a b", "b a", "fj", "in", "k", "kab", "a'b", "a;b", "a&b", "a<b", "b>a", "a c", "cab"]

    @Test(arguments: [31, 32, 33, 34] as [UInt64])
    func randomPostsAreNeverRefused(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        var rows: [WordPressForms.Row] = []
        for i in 0..<3000 {
            let body = (0..<Int.random(in: 1...40, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            // Half as HTML, half as plain text (the text reader decodes and strips nothing).
            rows.append(WordPressForms.Row(id: 9000 + i, title: "Random \(i)", content: i % 2 == 0 ? "<p>\(body)</p>" : body))
        }
        let bytes = try WordPressForms.render(rows, as: .printR)
        let library = Library(dump: try DumpLoader.load(DumpBytes(copying: bytes), path: "random.txt"))
        let recovered = Self.rows(of: library)
        var matched = 0
        for query in Self.randomQueries { matched += Self.expectNoneRefused(query, library, recovered, "random") }
        #expect(matched > 4000, "the random posts hold the queries often enough to test something: \(matched)")
    }

    /// The scan, filtered, counts what recovering every chapter and matching every row counts.
    @Test func theFilteredScanCountsWhatTheFullScanCounts() throws {
        let library = try Library.load(path: TestPaths.sample)
        let rows = Self.rows(of: library)
        for query in ["Nazarbayev", "nazarbayev's", "human rights", "the", "zzzq", "Кыргыз"] {
            var filtered = 0
            LibrarySearch.scan(query, in: library, countOnly: true) { _, _ in filtered += 1 }
            let folding = SearchFolding(query)
            let full = rows.reduce(0) { sum, row in sum + row.1.reduce(0) { $0 + folding.count(in: $1) } }
            #expect(filtered == full, "\(query): \(filtered) with the filter, \(full) without")
        }
    }
}
