import Foundation
import IbidTestSupport
import Testing
@testable import IbidDump

/// Shapes PHP cannot print here (Xdebug is not installed; a saved page; broken and empty inputs), written
/// by hand from what those tools emit, and the refusals, each a single line naming what was seen.
@Suite("Forms: hand-written shapes and refusals")
struct FormsFixtureTests {
    static func load(_ text: String, path: String = "input") throws -> LoadedDump {
        try DumpLoader.load(DumpBytes(text), path: path)
    }

    static func refusal(_ text: String, path: String = "input") -> DumpError? {
        do {
            _ = try DumpLoader.load(DumpBytes(text), path: path)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Xdebug

    /// Xdebug 3's var_dump as a browser shows it; the first post's content holds a fake `' (length=5)`
    /// mid-line and an apostrophe, and its count (78 bytes, counted below) is what settles where it ends.
    static func xdebugText(contentLength: Int) -> String {
        """
        /var/www/html/dump.php:12:
        array (size=2)
          0 => 
            object(WP_Post)[1]
              public 'ID' => int 7001
              public 'post_author' => string '1' (length=1)
              public 'post_content' => string '<p>Body [1] it's ' (length=5) here.</p>
        <p>[1] Ibid. https://example.org/x</p>' (length=\(contentLength))
              public 'post_title' => string 'Tom's post' (length=10)
              public 'post_parent' => int 0
              public 'sticky' => boolean true
              protected 'meta' => 
                array (size=1)
                  'a' => int 1
              private 'cache' (WP_Post) => null
          1 => 
            object(WP_Post)[2]
              public 'ID' => int 7002
              public 'post_content' => string 'Second body' (length=11)
              public 'post_title' => string 'Second' (length=6)
              public 'tags' => 
                array (size=0)
                  empty
        """
    }

    static let xdebugContent = "<p>Body [1] it's ' (length=5) here.</p>\n<p>[1] Ibid. https://example.org/x</p>"

    @Test(arguments: [true, false])
    func xdebugTextReadsByLengthOrByStructure(intactCount: Bool) throws {
        let length = intactCount ? xdebugContentBytes : xdebugContentBytes + 7
        let dump = try Self.load(Self.xdebugText(contentLength: length))
        #expect(dump.form == .varDump)
        #expect(dump.posts.map(\.id) == [7001, 7002])
        #expect(dump.posts.map(\.title) == ["Tom's post", "Second"])
        #expect(dump.posts.first?.content?.string == Self.xdebugContent)
        #expect(dump.posts.first?.string("sticky") == "1")
        #expect(dump.posts.first?.string("post_parent") == "0")
        #expect(dump.warnings.isEmpty, "\(dump.warnings)")
        let post = try #require(dump.roots.first?.container?["0"])
        #expect(post.className == "WP_Post")
        #expect(post.container?.entries.map(\.key.description) == [
            "[ID]", "[post_author]", "[post_content]", "[post_title]", "[post_parent]", "[sticky]", "[meta:protected]", "[cache:WP_Post:private]",
        ])
        #expect(post.container?["meta"]?.container?["a"]?.text?.string == "1")
        #expect(dump.roots.first?.container?["1"]?.container?["tags"]?.container?.entries.isEmpty == true)
    }

    var xdebugContentBytes: Int { Self.xdebugContent.utf8.count }

    /// The same dump as Xdebug writes it into the page: tags, `=&gt;`, escaped text.
    @Test func xdebugHTMLIsStrippedAndUnescaped() throws {
        let html = """
            <html><body><p>Before</p>
            <pre class='xdebug-var-dump' dir='ltr'>
            <small>/var/www/html/dump.php:12:</small>
            <b>array</b> <i>(size=1)</i>
              0 <font color='#888a85'>=&gt;</font> 
                <b>object</b>(<i>WP_Post</i>)[<i>1</i>]
                  <i>public</i> 'ID' <font color='#888a85'>=&gt;</font> <small>int</small> <font color='#4e9a06'>7001</font>
                  <i>public</i> 'post_content' <font color='#888a85'>=&gt;</font> <small>string</small> <font color='#cc0000'>'&lt;p&gt;Body [1] &amp;amp; more&lt;/p&gt;'</font> <i>(length=29)</i>
                  <i>public</i> 'post_title' <font color='#888a85'>=&gt;</font> <small>string</small> <font color='#cc0000'>'Tom&#039;s'</font> <i>(length=5)</i>
            </pre></body></html>
            """
        let dump = try Self.load(html)
        #expect(dump.form == .varDump)
        #expect(dump.posts.map(\.id) == [7001])
        #expect(dump.posts.first?.title == "Tom's")
        #expect(dump.posts.first?.content?.string == "<p>Body [1] &amp; more</p>")
        #expect(dump.warnings.isEmpty, "\(dump.warnings)")
    }

    /// `xdebug.var_display_max_data` cut the value: kept, with a warning that says by how much.
    @Test func xdebugShortenedStringIsFlagged() throws {
        let text = """
            object(WP_Post)[1]
              public 'ID' => int 5
              public 'post_content' => string 'The first words'... (length=900)
              public 'post_title' => string 'T' (length=1)
            """
        let dump = try Self.load(text)
        #expect(dump.posts.first?.content?.string == "The first words")
        #expect(dump.posts.first?.title == "T")
        #expect(dump.warnings.map(\.code) == [.truncated])
        #expect(dump.warnings.first?.message.contains("15 of its 900 bytes") == true, "\(dump.warnings)")
    }

    // MARK: var_dump details PHP prints only with classes we do not have

    @Test func varDumpPrivateMemberOfANamespacedClassAndOddScalars() throws {
        let text = """
            object(Aws\\Result)#3 (2) {
              ["data":"Aws\\Result":private]=>
              array(1) {
                [0]=>
                object(WP_Post)#1 (5) {
                  ["ID"]=>
                  int(9)
                  ["post_title"]=>
                  string(4) "Nine"
                  ["post_content"]=>
                  string(3) "Yes"
                  ["score"]=>
                  float(1.5)
                  ["handle"]=>
                  resource(5) of type (stream)
                }
              }
              ["monitoringEvents":"Aws\\Result":private]=>
              *RECURSION*
            }
            """
        let dump = try Self.load(text)
        #expect(dump.posts.map(\.id) == [9])
        #expect(dump.posts.first?.string("score") == "1.5")
        #expect(dump.posts.first?.string("handle") == "resource(5) of type (stream)")
        let root = try #require(dump.roots.first?.container)
        #expect(root.entries.map(\.key.description) == ["[data:Aws\\Result:private]", "[monitoringEvents:Aws\\Result:private]"])
        #expect(dump.warnings.isEmpty, "\(dump.warnings)")
    }

    // MARK: JSON

    @Test func restSingleObjectWithRawContextAndEscapes() throws {
        let json = #"""
            {"id": 77, "date": "2024-05-01T09:30:00", "slug": "a-b", "status": "publish", "type": "page",
             "link": "https:\/\/example.org\/a-b\/", "title": {"raw": "A & B", "rendered": "A &#038; B"},
             "content": {"raw": "<!-- wp:paragraph -->\n<p>Caf\u00e9 \ud83d\ude00 [1]<\/p>", "rendered": "<p>ignored</p>"}}
            """#
        let dump = try Self.load(json, path: "page.txt")
        #expect(dump.form == .restJSON)
        #expect(dump.posts.map(\.id) == [77])
        #expect(dump.posts.first?.title == "A & B")
        #expect(dump.posts.first?.content?.string == "<!-- wp:paragraph -->\n<p>Café 😀 [1]</p>")
        #expect(dump.posts.first?.date == "2024-05-01 09:30:00")
        #expect(dump.posts.first?.type == "page")
        #expect(dump.posts.first?.guid == "https://example.org/a-b/")
    }

    /// Rendered titles carry WordPress's character references; they are decoded, other text is not.
    @Test func restRenderedTitleEntitiesAreDecoded() throws {
        let json = #"[{"id": 1, "title": {"rendered": "Kyrgyzstan&#8217;s &#x201C;rights&#x201D; &amp; &lt;law&gt; &bogus;"}, "content": {"rendered": "&amp; stays"}}]"#
        let dump = try Self.load(json)
        #expect(dump.posts.first?.title == "Kyrgyzstan’s “rights” & <law> &bogus;")
        #expect(dump.posts.first?.content?.string == "&amp; stays")
    }

    @Test func wpCLIWithStringIDsAndNulls() throws {
        let json = #"[{"ID": "12", "post_title": "T", "post_date": "2020-01-01 00:00:00", "post_content": null, "sticky": true}]"#
        let dump = try Self.load(json)
        #expect(dump.form == .wpCLIJSON)
        #expect(dump.posts.map(\.id) == [12])
        #expect(dump.posts.first?.content?.string == "")
        #expect(dump.posts.first?.string("sticky") == "1")
    }

    /// Strict JSON: each fault named at its line and column (counted by hand in the text).
    @Test(arguments: [
        ("[\n  {\"id\": 1,\n   \"title\": \"x\" oops}\n]", 3, 17, "expected ',' or '}'"),
        ("[1, 2,]", 1, 7, "unexpected character"),
        ("{\"a\": 01}", 1, 7, "leading zero"),
        ("[\"tab\there\"]", 1, 6, "control character"),
        ("[\"bad \\q escape\"]", 1, 7, "invalid escape"),
        ("{\"id\": 1, \"content\": \"cut", 1, 22, "ends inside a string"),
        ("[{\"id\": 1}] trailing", 1, 13, "unexpected text after"),
    ])
    func invalidJSONNamesLineAndColumn(text: String, line: Int, column: Int, reason: String) throws {
        let error = try #require(Self.refusal(text))
        #expect(error.position == SourcePosition(line: line, column: column), "\(error)")
        #expect(error.description.contains("is not valid JSON"), "\(error)")
        #expect(error.description.contains(reason), "\(error)")
        #expect(error.exitCode == 65)
        #expect(!error.description.contains("\n"))
    }

    /// Nesting far deeper than the bound is refused at once, not by exhausting the stack.
    @Test func deepJSONIsRefusedNotCrashed() throws {
        let error = try #require(Self.refusal(String(repeating: "[", count: 100_000)))
        #expect(error.description.contains("nested deeper than \(JSONReader.maxDepth) levels"), "\(error)")
    }

    @Test func logLineInBracketsIsNotJSON() throws {
        let dump = try Self.load("[2024-05-01 10:00] Array\n(\n    [0] => stdClass Object\n        (\n            [ID] => 4\n            [post_title] => Four\n        )\n\n)\n")
        #expect(dump.form == .printR)
        #expect(dump.posts.map(\.id) == [4])
    }

    // MARK: WXR

    static let wxrHead = #"<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0"><channel><title>Site</title>"#

    @Test func wxrCutMidContentKeepsTheItemAsTruncated() throws {
        let text = Self.wxrHead + "<item><title>One</title><wp:post_id>1</wp:post_id><content:encoded><![CDATA[Whole]]></content:encoded></item>"
            + "<item><title>Two &amp; more</title><wp:post_id>2</wp:post_id><content:encoded><![CDATA[Cut he"
        let dump = try Self.load(text)
        #expect(dump.posts.map(\.id) == [1, 2])
        #expect(dump.posts.map(\.title) == ["One", "Two & more"])
        #expect(dump.posts.map(\.truncated) == [false, true])
        #expect(dump.posts.last?.content?.string == "Cut he")
        #expect(dump.warnings.map(\.code) == [.truncated])
    }

    @Test func wxrOfOnlyAttachmentsIsRefused() throws {
        let text = Self.wxrHead + "<item><title>a.png</title><wp:post_id>3</wp:post_id><content:encoded><![CDATA[]]></content:encoded><wp:post_type><![CDATA[attachment]]></wp:post_type></item></channel></rss>"
        let error = try #require(Self.refusal(text, path: "export.xml"))
        #expect(error.description == "export.xml:1:1: a WordPress export (WXR) with no posts to read (no <item> of a content type with <wp:post_id>)")
        #expect(error.exitCode == 65)
    }

    // MARK: HTML pages

    @Test func savedPageBecomesOnePost() throws {
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Kyrgyzstan report &#8211; Site</title>
            <link rel="canonical" href="https://example.org/kg-report/?a=1&amp;b=2">
            <meta property="article:published_time" content="2023-04-05T06:07:08+00:00">
            </head>
            <body class="post-template-default single postid-4242">
            <article><h1 class="entry-title">The <em>pressure</em> on rights</h1>
            <p>Text<sup><a href="#fn1" id="fnref1">1</a></sup>.</p>
            </article>
            </body></html>
            """
        let dump = try Self.load(page, path: "saved.txt")
        #expect(dump.form == .html)
        #expect(dump.posts.map(\.id) == [4242])
        #expect(dump.posts.first?.title == "The pressure on rights")
        #expect(dump.posts.first?.date == "2023-04-05 06:07:08")
        #expect(dump.posts.first?.guid == "https://example.org/kg-report/?a=1&b=2")
        #expect(dump.posts.first?.slug == "kg-report")
        let content = try #require(dump.posts.first?.content?.string)
        #expect(content.hasPrefix("\n<article><h1"))
        #expect(content.hasSuffix("</article>\n"))
    }

    @Test func pageWithoutH1TakesItsTitleAndNoID() throws {
        let dump = try Self.load("<html><head><title>Only &amp; title</title></head><body><p>Words.</p></body></html>")
        #expect(dump.posts.first?.title == "Only & title")
        #expect(dump.posts.first?.numericID == nil)
        #expect(dump.posts.first?.content?.string == "<p>Words.</p>")
    }

    // MARK: Detection and refusals

    /// The name says nothing: a var_dump called .json and JSON called .txt read as what they hold.
    @Test func formIsToldByContentNotName() throws {
        let varDump = "array(1) {\n  [0]=>\n  object(stdClass)#1 (2) {\n    [\"ID\"]=>\n    int(3)\n    [\"post_title\"]=>\n    string(5) \"Three\"\n  }\n}\n"
        let json = #"[{"ID": 3, "post_title": "Three"}]"#
        for path in ["a.json", "a.xml", "a.html", "a.txt", "-"] {
            #expect(try Self.load(varDump, path: path).form == .varDump)
            #expect(try Self.load(json, path: path).form == .wpCLIJSON)
        }
    }

    @Test(arguments: [
        (#"{"posts": [{"title": "no id"}]}"#, "input:1:1: looks like JSON, but holds no WordPress posts (no object with id and content)"),
        ("array(1) {\n  [\"a\"]=>\n  int(1)\n}\n", #"input:1:1: a var_dump with no WordPress posts (no object with ["ID"] and ["post_content"] or ["post_title"])"#),
        ("Array\n(\n    [a] => 1\n)\n", "input:1:1: a print_r dump with no WordPress posts (no object with [ID] and [post_content] or [post_title])"),
        ("Just prose.\n", "input:1:1: no print_r dump found, nor any other form ibid reads (var_dump, a WordPress export (WXR), REST or WP-CLI JSON, an HTML page)"),
    ])
    func refusalsAreOneLineNamingWhatWasSeen(text: String, message: String) throws {
        let error = try #require(Self.refusal(text))
        #expect(error.description == message)
        #expect(error.exitCode == 65)
    }

    // MARK: Mutations

    /// Real PHP output of every form with bytes cut out and junk aimed at each grammar spliced in: no crash,
    /// never more posts than the input names IDs, at most one truncated post.
    @Test(.timeLimit(.minutes(1)))
    func mutatedFormsStayBounded() throws {
        let rows = FormsRealPHPTests.hostile
        let forms: [WordPressForms.Form] = [.varDump, .rest, .cli, .wxr]
        let sources = try forms.map { try WordPressForms.render(rows, as: $0) }
        let junk: [[UInt8]] = [Array("string(999999) \"".utf8), Array("]=>\n".utf8), Array("<![CDATA[".utf8), Array("]]>".utf8),
                               Array("</item><item>".utf8), Array("{\"id\": 5, \"content\": ".utf8), Array("\\u12".utf8),
                               Array(String(repeating: "array(1) {\n[0]=>\n", count: 300).utf8), Array("\"".utf8), [0xE2, 0x82]]
        var rng = SeededGenerator(seed: 12)
        for round in 0..<400 {
            var bytes = sources[round % sources.count]
            ByteMutation.mutate(&bytes, junk: junk, using: &rng)
            guard let dump = try? DumpLoader.load(DumpBytes(copying: bytes), path: "m") else { continue }
            // The WXR also holds an attachment and a menu item, which a cut in their type can turn into posts.
            #expect(dump.posts.count <= rows.count + 3, "round \(round)")
            #expect(dump.posts.filter(\.truncated).count <= 1, "round \(round)")
            for post in dump.posts { _ = post.content?.scalars(); _ = post.title }
        }
    }
}
