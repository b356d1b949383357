import Foundation

/// WordPress-shaped posts written by the real PHP interpreter in every form ibid reads: `print_r` and
/// `var_dump` of `WP_Post` objects, `json_encode` in the REST API's and WP-CLI's shapes, and a WXR
/// built with `XMLWriter` the way WordPress's exporter lays it out (CDATA split at `]]>`, an attachment
/// and a menu item among the posts).
public enum WordPressForms {
    public struct Row: Codable, Sendable {
        public var id: Int
        public var title: String
        public var content: String
        public var date: String
        public var slug: String
        public var guid: String
        public var status: String

        public init(id: Int, title: String, content: String, date: String = "2021-05-06 07:08:09",
                    slug: String? = nil, guid: String? = nil, status: String = "publish") {
            self.id = id
            self.title = title
            self.content = content
            self.date = date
            self.slug = slug ?? "post-\(id)"
            self.guid = guid ?? "https://example.org/?p=\(id)"
            self.status = status
        }
    }

    public enum Form: String, CaseIterable, Sendable {
        case printR = "print_r"
        case varDump = "var_dump"
        /// `var_dump` output passed through `htmlspecialchars`, as a page that escapes its debug output shows it.
        case varDumpEscaped = "var_dump_escaped"
        case rest
        case cli
        case wxr
        /// The same WXR without its `xmlns:` declarations.
        case wxrUndeclared = "wxr_undeclared"
    }

    /// The link WordPress would give `row` (the REST `link`, the WXR `<link>`).
    public static func link(_ row: Row) -> String { "https://example.org/\(row.slug)/" }

    /// `rows` in `form`, as PHP prints them.
    public static func render(_ rows: [Row], as form: Form) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-forms-\(UUID().uuidString).json")
        try JSONEncoder().encode(rows).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let code = "$rowsPath = '\(file.path)'; $form = '\(form.rawValue)';\n" + script
        return try PHP.run(code, extensions: form == .wxr || form == .wxrUndeclared ? ["xmlwriter"] : [])
    }

    static let script = #"""
        class WP_Post {
            public $ID; public $post_author = '1'; public $post_date = '0000-00-00 00:00:00';
            public $post_date_gmt = '0000-00-00 00:00:00'; public $post_content = ''; public $post_title = '';
            public $post_excerpt = ''; public $post_status = 'publish'; public $comment_status = 'open';
            public $ping_status = 'open'; public $post_password = ''; public $post_name = ''; public $to_ping = '';
            public $pinged = ''; public $post_modified = '0000-00-00 00:00:00';
            public $post_modified_gmt = '0000-00-00 00:00:00'; public $post_content_filtered = '';
            public $post_parent = 0; public $guid = ''; public $menu_order = 0; public $post_type = 'post';
            public $post_mime_type = ''; public $comment_count = '0'; public $filter = 'raw';
            protected $meta = ['edit_lock' => '1']; private $cache = null;
        }
        $posts = [];
        foreach (json_decode(file_get_contents($rowsPath), true) as $r) {
            $p = new WP_Post; $p->ID = $r['id']; $p->post_title = $r['title']; $p->post_content = $r['content'];
            $p->post_date = $r['date']; $p->post_date_gmt = $r['date']; $p->post_name = $r['slug'];
            $p->guid = $r['guid']; $p->post_status = $r['status'];
            $posts[] = $p;
        }
        $link = fn($p) => 'https://example.org/' . $p->post_name . '/';
        switch ($form) {
        case 'print_r': print_r($posts); break;
        case 'var_dump': var_dump($posts); break;
        case 'var_dump_escaped': ob_start(); var_dump($posts); echo htmlspecialchars(ob_get_clean()); break;
        case 'rest':
            // WordPress escapes a rendered title (`&` as `&#038;`, `<` as `&lt;`); content is kept as stored.
            echo json_encode(array_map(fn($p) => [
                'id' => $p->ID, 'date' => str_replace(' ', 'T', $p->post_date), 'date_gmt' => str_replace(' ', 'T', $p->post_date_gmt),
                'guid' => ['rendered' => $p->guid], 'modified' => '2022-01-01T00:00:00', 'slug' => $p->post_name,
                'status' => $p->post_status, 'type' => $p->post_type, 'link' => $link($p),
                'title' => ['rendered' => str_replace(['&', '<', '>'], ['&#038;', '&lt;', '&gt;'], $p->post_title)],
                'content' => ['rendered' => $p->post_content, 'protected' => false],
                'excerpt' => ['rendered' => '', 'protected' => false], 'author' => 1, 'categories' => [3],
                '_links' => ['self' => [['href' => 'https://example.org/wp-json/wp/v2/posts/' . $p->ID]]],
            ], $posts));
            break;
        case 'cli':
            // `wp post list --format=json --fields=ID,post_title,post_date,post_content`: WP-CLI's encoder keeps
            // slashes and Unicode as they are.
            echo json_encode(array_map(fn($p) => ['ID' => $p->ID, 'post_title' => $p->post_title, 'post_date' => $p->post_date,
                'post_content' => $p->post_content], $posts), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
            break;
        case 'wxr': case 'wxr_undeclared':
            $cdata = fn($s) => str_replace(']]>', ']]]]><![CDATA[>', $s);
            $w = new XMLWriter(); $w->openMemory(); $w->setIndent(true); $w->setIndentString("\t");
            $w->startDocument('1.0', 'UTF-8');
            $w->startElement('rss'); $w->writeAttribute('version', '2.0');
            if ($form === 'wxr') {
                foreach (['excerpt' => 'http://wordpress.org/export/1.2/excerpt/', 'content' => 'http://purl.org/rss/1.0/modules/content/',
                          'wfw' => 'http://wellformedweb.org/CommentAPI/', 'dc' => 'http://purl.org/dc/elements/1.1/',
                          'wp' => 'http://wordpress.org/export/1.2/'] as $k => $v) { $w->writeAttribute("xmlns:$k", $v); }
            }
            $w->startElement('channel');
            $w->writeElement('title', 'Policy & Reports'); $w->writeElement('link', 'https://example.org');
            $w->writeElement('wp:wxr_version', '1.2');
            $w->startElement('wp:author'); $w->writeElement('wp:author_id', '1');
            $w->startElement('wp:author_login'); $w->writeCdata('admin'); $w->endElement(); $w->endElement();
            $att = new WP_Post; $att->ID = 990001; $att->post_title = 'chart.png'; $att->post_type = 'attachment';
            $att->post_status = 'inherit'; $att->post_name = 'chart';
            $menu = new WP_Post; $menu->ID = 990002; $menu->post_title = 'Home'; $menu->post_type = 'nav_menu_item'; $menu->post_name = 'home';
            $items = $posts;
            array_splice($items, min(1, count($items)), 0, [$att, $menu]);
            foreach ($items as $p) {
                $w->startElement('item');
                $w->writeElement('title', $p->post_title);
                $w->writeElement('link', $link($p));
                $w->writeElement('pubDate', gmdate('D, d M Y H:i:s +0000', strtotime($p->post_date) ?: 0));
                $w->startElement('dc:creator'); $w->writeCdata('admin'); $w->endElement();
                $w->startElement('guid'); $w->writeAttribute('isPermaLink', 'false'); $w->text($p->guid); $w->endElement();
                $w->writeElement('description', '');
                $w->startElement('content:encoded'); $w->writeCdata($cdata($p->post_content)); $w->endElement();
                $w->startElement('excerpt:encoded'); $w->writeCdata(''); $w->endElement();
                $w->writeElement('wp:post_id', (string)$p->ID);
                foreach (['post_date' => $p->post_date, 'post_date_gmt' => $p->post_date_gmt, 'post_modified' => $p->post_modified,
                          'comment_status' => 'open', 'ping_status' => 'open', 'post_name' => $p->post_name,
                          'status' => $p->post_status, 'post_parent' => '0', 'menu_order' => '0',
                          'post_type' => $p->post_type, 'post_password' => '', 'is_sticky' => '0'] as $k => $v) {
                    $w->startElement("wp:$k"); $w->writeCdata($cdata($v)); $w->endElement();
                }
                $w->startElement('category'); $w->writeAttribute('domain', 'category'); $w->writeAttribute('nicename', 'reports');
                $w->writeCdata('Reports'); $w->endElement();
                $w->startElement('wp:postmeta'); $w->startElement('wp:meta_key'); $w->writeCdata('_note'); $w->endElement();
                $w->startElement('wp:meta_value'); $w->writeCdata('</item> <wp:post_id>1</wp:post_id>'); $w->endElement(); $w->endElement();
                $w->startElement('wp:comment'); $w->writeElement('wp:comment_id', '5');
                $w->startElement('wp:comment_content'); $w->writeCdata('A reader writes <content:encoded>'); $w->endElement(); $w->endElement();
                $w->endElement();
            }
            $w->endElement(); $w->endElement(); $w->endDocument();
            echo $w->outputMemory();
            break;
        }
        """#
}
