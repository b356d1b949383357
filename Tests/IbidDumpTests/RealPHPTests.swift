import Foundation
import IbidTestSupport
import Testing
@testable import IbidDump

/// Dumps printed by the real PHP interpreter (`print_r`), read in PHP's raw layout and collapsed as a
/// browser shows it; the expected values come from PHP too (`json_encode` of the same data).
@Suite("Real print_r output")
struct RealPHPTests {
    /// Both layouts of one PHP value.
    static func layouts(_ expression: String, setup: String) throws -> [(name: String, bytes: [UInt8])] {
        let raw = try PHP.printR(expression, setup: setup)
        return [("raw", raw), ("collapsed", PHP.collapsed(raw))]
    }

    /// `[[ID, post_content, post_title]]` as PHP sees them, through JSON.
    static func expected(_ expression: String, setup: String) throws -> [[String]] {
        let json = try PHP.run(setup + "\necho json_encode(array_map(fn($p) => [strval($p->ID), $p->post_content, $p->post_title], \(expression)));")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [[String]])
        return rows
    }

    static func fold(_ s: String) -> String {
        String(decoding: PHP.collapsed(Array(s.utf8)), as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    // MARK: stdClass rows

    /// `$wpdb->get_results("SELECT ID, post_content, post_title …")`: rows whose last column is prose.
    static let rowsSetup = #"""
        $rows = [];
        foreach ([
            [11, "First body", "A"],
            [12, "Second (body) [4] => four ) end", "B (draft)"],
            [13, "Third\nbody", "C ) [x] => y"],
        ] as $r) {
            $o = new stdClass;
            $o->ID = $r[0]; $o->post_content = $r[1]; $o->post_title = $r[2];
            $rows[] = $o;
        }
        """#

    @Test func stdClassRowsWithProseLastColumnStayApart() throws {
        let expected = try Self.expected("$rows", setup: Self.rowsSetup)
        #expect(expected.count == 3)
        for (name, bytes) in try Self.layouts("$rows", setup: Self.rowsSetup) {
            let dump = try Fixtures.load(bytes: bytes)
            #expect(dump.posts.map { String($0.id) } == expected.map { $0[0] }, "\(name)")
            #expect(dump.posts.map(\.title) == expected.map { $0[2] }, "\(name)")
            let contents = dump.posts.map { $0.content?.string ?? "<none>" }
            #expect(contents == expected.map { name == "raw" ? $0[1] : Self.fold($0[1]) }, "\(name)")
            #expect(dump.posts.allSatisfy { !$0.truncated }, "\(name)")
            #expect(dump.warnings.isEmpty, "\(name): \(dump.warnings)")
            #expect(dump.posts.allSatisfy { $0.className == "stdClass" })
        }
    }

    /// `OBJECT_K` keys the rows by ID instead of 0, 1, 2: the next row still ends the one before.
    @Test func rowsKeyedByIDStayApart() throws {
        let setup = Self.rowsSetup + "\n$keyed = []; foreach ($rows as $r) { $keyed[$r->ID] = $r; }"
        for (name, bytes) in try Self.layouts("$keyed", setup: setup) {
            let dump = try Fixtures.load(bytes: bytes)
            #expect(dump.posts.map(\.title) == ["A", "B (draft)", "C ) [x] => y"], "\(name)")
            #expect(dump.posts.map(\.id) == [11, 12, 13], "\(name)")
        }
    }

    // MARK: WordPress-shaped posts inside a WP_Query

    static let wpSetup = #"""
        class WP_Post {
            public $ID; public $post_author = '0'; public $post_date = '0000-00-00 00:00:00';
            public $post_date_gmt = '0000-00-00 00:00:00'; public $post_content = ''; public $post_title = '';
            public $post_excerpt = ''; public $post_status = 'publish'; public $comment_status = 'open';
            public $ping_status = 'open'; public $post_password = ''; public $post_name = ''; public $to_ping = '';
            public $pinged = ''; public $post_modified = '0000-00-00 00:00:00';
            public $post_modified_gmt = '0000-00-00 00:00:00'; public $post_content_filtered = '';
            public $post_parent = 0; public $guid = ''; public $menu_order = 0; public $post_type = 'post';
            public $post_mime_type = ''; public $comment_count = '0'; public $filter = 'raw';
            function __construct($id, $title, $content) {
                $this->ID = $id; $this->post_title = $title; $this->post_content = $content;
                $this->post_name = 'post-' . $id; $this->guid = 'https://example.org/?p=' . $id;
            }
        }
        class Meta { public $a = 'x'; protected $b = ['p' => 'q']; private $c = 'secret'; }
        class WP_Query {
            public $query = ['post_type' => 'post', 'author' => '7'];
            protected $tax_query = [];
            private $meta;
            public $posts; public $post; public $post_count;
            function __construct($posts) {
                $this->meta = new Meta; $this->posts = $posts; $this->post = $posts[0];
                $this->post_count = count($posts);
            }
        }
        $posts = [
            new WP_Post(101, "Notes (and) [brackets]", "Body [1] with a citation.\n\n[1] Ibid. ) [ID] => x ) y\n  • A bullet"),
            new WP_Post(102, "Second", "Text with [note] => fake and Array ( [0] => z ) inside"),
            new WP_Post(103, "Third", str_repeat(" [ID] => x ) y", 50)),
        ];
        $q = new WP_Query($posts);
        """#

    @Test func wpQueryWithProtectedAndPrivateMembers() throws {
        let expected = try Self.expected("$posts", setup: Self.wpSetup)
        for (name, bytes) in try Self.layouts("$q", setup: Self.wpSetup) {
            let dump = try Fixtures.load(bytes: bytes)
            #expect(dump.posts.map { String($0.id) } == expected.map { $0[0] }, "\(name)")
            #expect(dump.posts.map(\.title) == expected.map { $0[2] }, "\(name)")
            #expect(dump.posts.map { $0.content?.string ?? "" } == expected.map { name == "raw" ? $0[1] : Self.fold($0[1]) }, "\(name)")
            #expect(dump.posts.map { $0.string("filter") } == ["raw", "raw", "raw"], "\(name)")
            #expect(dump.posts.allSatisfy { !$0.truncated }, "\(name)")
            // The only warning: [post] repeats [posts][0].
            #expect(dump.warnings.map(\.code) == [.duplicatePost], "\(name)")
            let root = try #require(dump.roots.first?.container)
            #expect(root.entries.map(\.key.description) == [
                "[query]", "[tax_query:protected]", "[meta:WP_Query:private]", "[posts]", "[post]", "[post_count]",
            ], "\(name)")
            let meta = try #require(root["meta"]?.container)
            #expect(root["meta"]?.className == "Meta")
            #expect(meta.entries.map(\.key.description) == ["[a]", "[b:protected]", "[c:Meta:private]"], "\(name)")
            #expect(meta["b"]?.container?["p"]?.text?.string == "q")
            #expect(meta["c"]?.text?.string == "secret")
            #expect(root["post_count"]?.text?.string == "3")
            #expect(root["query"]?.container?["author"]?.text?.string == "7")
        }
    }

    // MARK: Nested arrays

    @Test func nestedArraysKeepTheirDepth() throws {
        let setup = #"""
            $p = new stdClass; $p->ID = 5; $p->post_title = "Deep (post)"; $p->post_content = "c ) d";
            $v = ['x' => [1, [2, [3, ['deep' => 'v', 'post' => $p]]]], 'y' => 'z', 'empty' => []];
            """#
        for (name, bytes) in try Self.layouts("$v", setup: setup) {
            let dump = try Fixtures.load(bytes: bytes)
            let root = try #require(dump.roots.first?.container)
            let level3 = root["x"]?.container?["1"]?.container?["1"]?.container?["1"]?.container
            #expect(level3?["deep"]?.text?.string == "v", "\(name)")
            #expect(root["x"]?.container?["0"]?.text?.string == "1", "\(name)")
            #expect(root["y"]?.text?.string == "z", "\(name)")
            #expect(root["empty"]?.container?.entries.isEmpty == true, "\(name)")
            #expect(dump.posts.map(\.title) == ["Deep (post)"], "\(name)")
            #expect(dump.posts.first?.content?.string == "c ) d", "\(name)")
            #expect(dump.warnings.isEmpty, "\(name)")
        }
    }

    // MARK: Re-indented raw dumps

    /// The raw dump with every line's indentation removed (a log that strips it), and with each lone
    /// `)` moved to its keys' column (an editor's re-indent): both are complete.
    @Test func rawDumpWithClosersAtTheKeysIndentationIsComplete() throws {
        let raw = String(decoding: try PHP.printR("$posts", setup: Self.wpSetup), as: UTF8.self)
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        let stripped = lines.map { $0.drop { $0 == " " } }.joined(separator: "\n")
        let reindented = lines.map { $0.trimmingCharacters(in: .whitespaces) == ")" ? "    " + $0 : String($0) }.joined(separator: "\n")
        let expected = try Self.expected("$posts", setup: Self.wpSetup)
        for (name, text) in [("stripped", stripped), ("re-indented", reindented)] {
            let dump = try Fixtures.load(text)
            #expect(dump.posts.map { String($0.id) } == expected.map { $0[0] }, "\(name)")
            #expect(dump.posts.map(\.title) == expected.map { $0[2] }, "\(name)")
            #expect(dump.posts.allSatisfy { !$0.truncated }, "\(name)")
            #expect(!dump.warnings.contains { $0.code == .truncated }, "\(name): \(dump.warnings)")
            #expect(dump.posts.map { $0.string("filter") } == ["raw", "raw", "raw"], "\(name)")
        }
        // The unchanged content survives the re-indent whole (stripping changes the content's own indentation).
        let reDump = try Fixtures.load(reindented)
        #expect(reDump.posts.map { $0.content?.string ?? "" } == expected.map { $0[1] })
    }

    // MARK: IDs

    @Test func nonNumericAndEmptyIDsKeepPostsDistinct() throws {
        let setup = #"""
            $rows = [];
            foreach ([["draft", "One"], [null, "Two"], ["draft", "Three"], ["", "Four"], [5, "Five"], [5, "Five again"]] as $r) {
                $o = new stdClass; $o->ID = $r[0]; $o->post_title = $r[1]; $o->post_content = "Body of " . $r[1];
                $rows[] = $o;
            }
            """#
        for (name, bytes) in try Self.layouts("$rows", setup: setup) {
            let dump = try Fixtures.load(bytes: bytes)
            #expect(dump.posts.map(\.title) == ["One", "Two", "Three", "Four", "Five"], "\(name)")
            #expect(dump.posts.map(\.numericID) == [nil, nil, nil, nil, 5], "\(name)")
            #expect(dump.warnings.map(\.code) == [.duplicatePost], "\(name)")
            #expect(dump.warnings.first?.postID == 5)
        }
    }
    // MARK: Mutations

    /// Real row and post dumps with junk spliced in that aims at the new rules (a row's end, list keys,
    /// deep nesting, a re-indented `)`): no crash, no more posts than `[ID]` keys, one cut-off record at most.
    @Test(.timeLimit(.minutes(1)))
    func mutatedRealDumpsStayBounded() throws {
        let sources = try Self.layouts("$rows", setup: Self.rowsSetup) + Self.layouts("$q", setup: Self.wpSetup)
        let junk: [[UInt8]] = [Array(" ) [1] => stdClass Object ( ".utf8), Array(" ) [7] => WP_Post Object ( [ID] => 9 ".utf8),
                               Array(String(repeating: "Array ( [0] => ", count: 300).utf8), Array("\n)\n".utf8), Array(" ) ) ".utf8),
                               Array("[post_title] => ".utf8), [0xE2, 0x82], Array("[ID] => ".utf8)]
        var rng = SeededGenerator(seed: 2_026_112_908)
        for round in 0..<300 {
            var bytes = sources[round % sources.count].bytes
            ByteMutation.mutate(&bytes, junk: junk, using: &rng)
            let ids = RobustnessTests.occurrences(of: "[ID] =>", in: bytes)
            guard let dump = try? Fixtures.load(bytes: bytes) else { continue }
            #expect(dump.posts.count <= ids, "round \(round)")
            #expect(dump.posts.filter(\.truncated).count <= 1, "round \(round)")
            for post in dump.posts { _ = post.content?.scalars(); _ = post.title }
        }
    }
}
