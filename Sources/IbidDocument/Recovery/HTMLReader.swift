/// Reads WordPress `post_content` HTML into the same `RawChapter` the text-form reader produces.
///
/// - `<p>` → paragraph, `<h1>`–`<h6>` → heading with its level, each `<li>` → list item,
///   `<blockquote>` → quote; the innermost of these decides what a run of text becomes
///   (`<li><blockquote>` is a quote).
/// - `<br>` is a line break inside its block, which inline text folds to one space (RawChapter
///   has no line breaks). Outside any `<p>`, a blank line in the source ends a paragraph, as
///   WordPress's `wpautop` does for classic-editor posts stored without `<p>` tags.
/// - A paragraph that is only an image credit, a `<figcaption>`, and the text of `[caption]…[/caption]`
///   → `.credit`; `<img alt="…">` → `.image` (no alt text: decoration, dropped; an emoji image, or
///   an image in a note or a table cell: its alt text in the line).
/// - The outermost `<table>` → `.table` (`HTMLTableBuilder`); a table inside a cell is that cell's text.
/// - Shortcodes (`[vc_row]`, `[gallery …]`, `[embed]…[/embed]`) are removed (`HTMLShortcodes`).
/// - Comments (Gutenberg's `<!-- wp:… -->`), `<script>`, `<style>` and similar are dropped; other
///   unknown tags are dropped and their text kept.
/// - Footnote anchors become `[n]` in the block's text, so that `InlineParser` turns them — and
///   any `[n]` typed as text — into citations, and URLs into links, exactly as for the text form:
///   Word (`<a href="#_ftn1" name="_ftnref1">[1]</a>`, also `_edn`, Google Docs' `ftnt`, LibreOffice's
///   `sdfootnote`) and WordPress footnote blocks (`<sup data-fn="…"><a href="#…" id="…-link">1</a></sup>`).
/// - Notes go to `notes`, not to the body: a Word note starts at its back-anchor
///   (`<a href="#_ftnref1" name="_ftn1">[1]</a> Text`) and runs to the end of its block, or to the end of
///   its `<div id="ftn1">` when it has one; a WordPress note is one `<li>` of
///   `<ol class="wp-block-footnotes">`, numbered as its body citation was (else by position), its `↩︎`
///   back-link dropped. Markdown renderers' notes (pandoc, markdown-it, kramdown, Python-Markdown,
///   MultiMarkdown, cmark-gfm: `<a href="#fn1">` / `<li id="fn1">`, see `MarkdownFootnoteIDs`)
///   are read like WordPress's. Note text is plain: tags stripped, references decoded, whitespace
///   folded; the targets of its `<a href>` links are its URLs (`RawNote.hrefs`).
///
/// Input is untrusted: the scan only moves forward, nesting is a heap stack (no recursion), and end
/// tags that match nothing, unclosed elements and cut-off tags are all tolerated.
enum HTMLReader {
    static func read(_ content: String) -> RawChapter {
        read(scalars: Array(content.unicodeScalars))
    }

    static func read(scalars: [Unicode.Scalar]) -> RawChapter {
        var reader = HTMLChapterReader(scalars)
        reader.run()
        return reader.raw
    }
}

extension HTMLReader {
    /// The ids Word, Google Docs and LibreOffice give the two ends of a footnote link.
    enum FootnoteIDs {
        /// (prefix, suffix) around the number of the id a body citation carries — the target of a note's back-link.
        static let bodySide: [(String, String)] = [("_ftnref", ""), ("_ednref", ""), ("ftnt_ref", ""), ("sdfootnote", "anc"), ("sdendnote", "anc")]
        /// … of the id a note carries — the target of a body citation.
        static let noteSide: [(String, String)] = [("_ftn", ""), ("_edn", ""), ("ftnt", ""), ("sdfootnote", "sym"), ("sdendnote", "sym")]
        /// `<div id="ftn1">` around a Word note.
        static let noteContainer: [(String, String)] = [("ftn", ""), ("edn", ""), ("sdfootnote", ""), ("sdendnote", "")]

        static func number(_ id: String, _ patterns: [(String, String)]) -> Int? {
            let s = id.lowercased()
            for (prefix, suffix) in patterns where s.hasPrefix(prefix) && s.hasSuffix(suffix) {
                let digits = s.unicodeScalars.dropFirst(prefix.unicodeScalars.count).dropLast(suffix.unicodeScalars.count)
                guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(Scalars.isDigit) else { continue }
                return digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            }
            return nil
        }

        /// The part of an `href` after its last `#`.
        static func fragment(_ href: String?) -> String? {
            guard let href, let hash = href.lastIndex(of: "#") else { return nil }
            let f = href[href.index(after: hash)...]
            return f.isEmpty ? nil : String(f)
        }
    }
}

struct HTMLChapterReader {
    private typealias FootnoteIDs = HTMLReader.FootnoteIDs
    private typealias MarkdownFootnoteIDs = HTMLReader.MarkdownFootnoteIDs

    private enum Kind { case paragraph, heading, listItem, quote, caption }

    private enum Role: Equatable { case heading, listItem, quote, caption, list, footnoteList, footnoteItem, noteContainer(Int) }

    /// An open element that decides what its text becomes.
    private struct Frame {
        let role: Role
        let kind: Kind
        /// Inside a note container or a footnote-block item: blocks add to the open note.
        let inNotes: Bool
        /// The number of the Word note container around, for notes without a back-anchor.
        let noteNumber: Int?
        /// Index in `stack`.
        let element: Int
        /// A heading's level (`<h3>` is 3); what a block inside a heading inherits.
        var level = 2
    }

    private struct Element {
        let name: String
        let isBlock: Bool
        let hasFrame: Bool
        let isP: Bool
        let isPre: Bool
    }

    private enum CaptureRole {
        /// A body citation: its number is the one in its text, else `fallback`, else the next of its kind.
        case citation(fallback: Int?, uuid: String?)
        /// The back-anchor that starts a Word note.
        case noteStart(fallback: Int?)
        /// A footnote block's `↩︎` link: dropped.
        case backLink
    }

    /// An anchor being read: its text is held aside instead of going to the block.
    private struct Capture {
        let role: CaptureRole
        /// Index in `stack` of the element whose end finishes it.
        let owner: Int
        var text: [Unicode.Scalar] = []
    }

    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Block starts that do not end an open `<p>` (table internals).
    static let keepP: Set<String> = ["caption", "tbody", "tfoot", "thead", "tr", "html", "body"]
    static let voids: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "image", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private let c: [Unicode.Scalar]
    private var tokenizer: HTMLTokenizer
    private(set) var raw = RawChapter()

    private var stack: [Element] = []
    private var openCounts: [String: Int] = [:]
    private var openP: [Int] = []
    private var frames: [Frame] = []
    private var preDepth = 0

    /// The text of the block being read, references decoded, anchors as `[n]`.
    private var buffer: [Unicode.Scalar] = []
    private var capture: Capture?
    /// Index in `raw.notes` of the note that blocks currently add to.
    private var openNote: Int?
    private var numberForUUID: [String: Int] = [:]
    private var uuidCitations = 0
    private var footnotePosition = 0

    /// The outermost open `<table>` (its index in `stack`) and what it has collected.
    private var table: HTMLTableBuilder?
    private var tableElement: Int?
    private var tableDepth = 0
    /// Index in `stack` of the `<td>`/`<th>` of the table being read.
    private var cellElement: Int?

    /// Inside `[caption]…[/caption]`: text is a credit.
    private var inCaptionShortcode = false
    private var captionAttribute: String?
    /// Text before this index is dropped (inside `[embed]…[/embed]`).
    private var dropUntil = 0
    /// Where `[/name]` was last found, and from where none follows: each closer is searched for once.
    private var closerFound: [String: Int] = [:]
    private var noCloserFrom: [String: Int] = [:]

    /// An `<a href>` being read (its index in `stack`, where its text starts in `buffer`, its target).
    private var openLink: (element: Int, start: Int, url: String)?
    /// Targets of links closed in `buffer`, with their end in it: a note's URLs.
    private var pendingHrefs: [(offset: Int, url: String)] = []
    /// The scalar length of each note's text so far (by index in `raw.notes`).
    private var noteLengths: [Int: Int] = [:]

    init(_ scalars: [Unicode.Scalar]) {
        c = scalars
        tokenizer = HTMLTokenizer(scalars)
    }

    mutating func run() {
        while let token = tokenizer.next() {
            switch token {
            case .text(let range): text(range)
            case .start(let tag): start(tag)
            case .end(let name): end(name)
            }
        }
        while !stack.isEmpty { pop() }
        finishCapture()
        flush()
        openNote = nil
    }

    // MARK: Tokens

    /// Text between tags, shortcodes taken out (`HTMLShortcodes`).
    private mutating func text(_ range: Range<Int>) {
        var from = max(range.lowerBound, min(dropUntil, range.upperBound))
        var i = from
        while i < range.upperBound {
            guard c[i] == "[" else { i += 1; continue }
            // To the next bracket of either kind: a shortcode holds no `[` before its `]`. The next
            // candidate is that bracket, so every scalar is looked at once.
            var j = i + 1
            while j < range.upperBound, c[j] != "[", c[j] != "]" { j += 1 }
            guard j < range.upperBound, c[j] == "]",
                  let m = HTMLShortcodes.match(c, at: i, limit: range.upperBound, close: j) else { i = j; continue }
            plainText(from..<i)
            shortcode(m)
            i = max(m.end, min(dropUntil, range.upperBound))
            from = i
        }
        if from < range.upperBound { plainText(from..<range.upperBound) }
    }

    private mutating func shortcode(_ m: HTMLShortcodes.Match) {
        switch m.kind {
        case .removed:
            break
        case .caption:
            guard capture == nil else { return }
            if m.closing {
                guard inCaptionShortcode else { return }
                if let a = captionAttribute, !buffer.contains(where: { !Scalars.isSpace($0) }) { buffer = Array(a.unicodeScalars) }
                flush()
                inCaptionShortcode = false
                captionAttribute = nil
            } else if closer(m.name, from: m.end) != nil {
                // Only a caption that is closed makes credits: an unclosed one would make the rest of the post one.
                flush()
                inCaptionShortcode = true
                captionAttribute = m.captionAttribute
            }
        case .dropsContent:
            if !m.closing, let end = closer(m.name, from: m.end) { dropUntil = end }
        }
    }

    /// One past the first `[/name]` at or after `from`, if any.
    private mutating func closer(_ name: String, from: Int) -> Int? {
        let pattern = Array("[/\(name)]".unicodeScalars)
        if let found = closerFound[name], found >= from { return found + pattern.count }
        if let none = noCloserFrom[name], none <= from { return nil }
        var j = from
        while j + pattern.count <= c.count {
            if c[j] == "[", c[j + 1] == "/" {
                var k = 0
                while k < pattern.count, Scalars.lowercaseASCII(c[j + k]) == pattern[k] { k += 1 }
                if k == pattern.count {
                    closerFound[name] = j
                    return j + pattern.count
                }
            }
            j += 1
        }
        noCloserFrom[name] = from
        return nil
    }

    private mutating func plainText(_ range: Range<Int>) {
        if capture != nil {
            if case .backLink = capture!.role { return }
            HTMLEntityDecoder.decode(c, range, into: &capture!.text)
            return
        }
        guard openP.isEmpty, preDepth == 0 else {
            HTMLEntityDecoder.decode(c, range, into: &buffer)
            return
        }
        // Outside `<p>`: a blank line ends a paragraph (wpautop).
        var from = range.lowerBound
        var i = from
        let end = range.upperBound
        while i < end {
            guard c[i] == "\n" else { i += 1; continue }
            var j = i + 1
            while j < end, c[j] == " " || c[j] == "\t" || c[j] == "\r" { j += 1 }
            guard j < end, c[j] == "\n" else { i = j; continue }
            HTMLEntityDecoder.decode(c, from..<i, into: &buffer)
            flush()
            while j < end, Scalars.isSpace(c[j]) { j += 1 }
            from = j
            i = j
        }
        HTMLEntityDecoder.decode(c, from..<end, into: &buffer)
    }

    private mutating func start(_ tag: HTMLTag) {
        let name = tag.name
        if name == "br" { lineBreak(); return }
        if name == "hr" {
            finishCapture()
            if let k = openP.last { popThrough(k) }
            flush()
            return
        }
        if name == "img" { image(tag); return }
        if Self.voids.contains(name) { return }
        if name == "td" || name == "th" {
            if table != nil, tableDepth == 1, openNote == nil, !tag.selfClosing {
                finishCapture()
                flush()
                table!.startCell(header: name == "th", colspan: Self.colspan(tag))
                push(Element(name: name, isBlock: false, hasFrame: false, isP: false, isPre: false), role: nil)
                cellElement = stack.count - 1
                return
            }
            if capture == nil { buffer.append(" ") }
        }
        guard Self.blocks.contains(name) else {
            guard !tag.selfClosing else { return }
            push(Element(name: name, isBlock: false, hasFrame: false, isP: false, isPre: false), role: nil)
            if name == "a" || name == "sup" { startCapture(tag) }
            if name == "a", capture == nil, let url = Self.linkTarget(tag.attribute("href")) {
                openLink = (stack.count - 1, buffer.count, url)
            }
            return
        }
        // A block ends an anchor being read, an open `<p>`, a heading, and (for `<li>`) the previous item.
        finishCapture()
        if !Self.keepP.contains(name), let k = openP.last { popThrough(k) }
        if Self.headings.contains(name), let top = stack.last, Self.headings.contains(top.name) { popThrough(stack.count - 1) }
        if name == "li", let f = frames.last, f.role == .listItem || f.role == .footnoteItem { popThrough(f.element) }
        flush()
        if name == "table" {
            // Only the outermost table is laid out as one; a table in a note is read as its text.
            if tableDepth == 0, openNote == nil, !(frames.last?.inNotes ?? false) {
                table = HTMLTableBuilder()
                tableElement = stack.count
            }
            tableDepth += 1
        }
        if tableDepth == 1, table != nil {
            switch name {
            case "tr": table!.startRow()
            case "thead": table!.inHead = true
            case "tbody", "tfoot": table!.inHead = false
            default: break
            }
        }
        let role = role(of: tag)
        push(Element(name: name, isBlock: true, hasFrame: role != nil, isP: name == "p", isPre: name == "pre"), role: role)
        if role == .footnoteItem {
            footnotePosition += 1
            let id = tag.attribute("id")
            let number = id.flatMap { numberForUUID[$0] }
                ?? id.flatMap { MarkdownFootnoteIDs.noteLabel($0) }.flatMap(MarkdownFootnoteIDs.number)
                ?? footnotePosition
            raw.notes.append(RawChapter.RawNote(number: number, text: ""))
            openNote = raw.notes.count - 1
        }
    }

    private mutating func end(_ name: String) {
        if name == "br" { lineBreak(); return }
        let isBlock = Self.blocks.contains(name)
        guard let open = openCounts[name], open > 0 else {
            // A stray block end still ends the block's text.
            if isBlock { finishCapture(); flush() }
            return
        }
        var k = stack.count - 1
        while k > 0, stack[k].name != name { k -= 1 }
        popThrough(k)
    }

    private mutating func lineBreak() {
        if capture == nil { buffer.append("\n") }
    }

    // MARK: The open elements

    private func role(of tag: HTMLTag) -> Role? {
        switch tag.name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "li":
            if frames.last?.role == .footnoteList { return .footnoteItem }
            // A Markdown renderer's note: `<li id="fn1">`, `<li id="fn:note">`.
            if let id = tag.attribute("id"), MarkdownFootnoteIDs.noteLabel(id) != nil { return .footnoteItem }
            return .listItem
        case "blockquote": return .quote
        case "figcaption": return .caption
        case "ul", "ol":
            if let classes = tag.attribute("class"), classes.contains("wp-block-footnotes") { return .footnoteList }
            return .list
        case "div", "section", "aside":
            if let id = tag.attribute("id"), let n = FootnoteIDs.number(id, FootnoteIDs.noteContainer) { return .noteContainer(n) }
            return nil
        default: return nil
        }
    }

    private mutating func push(_ element: Element, role: Role?) {
        let index = stack.count
        stack.append(element)
        openCounts[element.name, default: 0] += 1
        if element.isP { openP.append(index) }
        if element.isPre { preDepth += 1 }
        guard let role else { return }
        let parent = frames.last
        let kind: Kind
        switch role {
        case .heading: kind = .heading
        case .listItem: kind = .listItem
        case .quote: kind = .quote
        case .caption: kind = .caption
        case .footnoteItem: kind = .paragraph
        case .list, .footnoteList, .noteContainer: kind = parent?.kind ?? .paragraph
        }
        var inNotes = parent?.inNotes ?? false
        var noteNumber = parent?.noteNumber
        switch role {
        case .footnoteItem: inNotes = true; noteNumber = nil
        case .noteContainer(let n): inNotes = true; noteNumber = n
        default: break
        }
        var frame = Frame(role: role, kind: kind, inNotes: inNotes, noteNumber: noteNumber, element: index)
        if role == .heading, let digit = element.name.unicodeScalars.last, Scalars.isDigit(digit) {
            frame.level = Int(digit.value - 0x30)
        } else if let parent {
            frame.level = parent.level
        }
        frames.append(frame)
    }

    /// Closes the top element: an anchor read from it is finished, a block's text is emitted, a note it holds is closed.
    private mutating func pop() {
        let index = stack.count - 1
        let element = stack[index]
        if capture?.owner == index { finishCapture() }
        if openLink?.element == index { closeLink() }
        if element.isBlock { flush() }
        if index == cellElement {
            flush()
            table?.endCell()
            cellElement = nil
        }
        if tableDepth == 1, table != nil {
            if element.name == "tr" { table!.endRow() }
            if element.name == "thead" { table!.inHead = false }
        }
        if element.name == "table", tableDepth > 0 {
            tableDepth -= 1
            if index == tableElement {
                if let done = table?.finish() { raw.items.append(.table(done)) }
                table = nil
                tableElement = nil
                cellElement = nil
            }
        }
        if element.hasFrame {
            let frame = frames.removeLast()
            switch frame.role {
            case .footnoteItem, .noteContainer: openNote = nil
            default: break
            }
        }
        stack.removeLast()
        openCounts[element.name, default: 1] -= 1
        if element.isP { openP.removeLast() }
        if element.isPre { preDepth -= 1 }
    }

    private mutating func popThrough(_ index: Int) {
        while stack.count > index { pop() }
    }

    // MARK: Footnote anchors

    private mutating func startCapture(_ tag: HTMLTag) {
        guard capture == nil else { return }
        let owner = stack.count - 1
        if tag.name == "sup" {
            if let uuid = tag.attribute("data-fn"), !uuid.isEmpty {
                capture = Capture(role: .citation(fallback: nil, uuid: uuid), owner: owner)
            }
            return
        }
        let fragment = FootnoteIDs.fragment(tag.attribute("href"))
        let inNotes = frames.last?.inNotes ?? false
        if let fragment {
            if inNotes, fragment.hasSuffix("-link") || (tag.attribute("aria-label")?.hasPrefix("Jump to footnote") ?? false)
                || MarkdownFootnoteIDs.isBackReference(fragment) {
                capture = Capture(role: .backLink, owner: owner)
                return
            }
            if let id = tag.attribute("id"), id == fragment + "-link" {
                capture = Capture(role: .citation(fallback: nil, uuid: fragment), owner: owner)
                return
            }
            if let n = FootnoteIDs.number(fragment, FootnoteIDs.noteSide) {
                capture = Capture(role: .citation(fallback: n, uuid: nil), owner: owner)
                return
            }
            if !inNotes, let label = MarkdownFootnoteIDs.noteLabel(fragment) {
                // The note's `<li id>` is the fragment: it takes the number this citation shows.
                capture = Capture(role: .citation(fallback: MarkdownFootnoteIDs.number(label), uuid: fragment), owner: owner)
                return
            }
            if let n = FootnoteIDs.number(fragment, FootnoteIDs.bodySide) {
                beginNote(fallback: n, owner: owner)
                return
            }
        }
        for id in [tag.attribute("name"), tag.attribute("id")].compactMap({ $0 }) {
            // Without an href pointing across, only an anchor showing a number counts as a citation.
            if FootnoteIDs.number(id, FootnoteIDs.bodySide) != nil {
                capture = Capture(role: .citation(fallback: nil, uuid: nil), owner: owner)
                return
            }
            if let n = FootnoteIDs.number(id, FootnoteIDs.noteSide) {
                beginNote(fallback: n, owner: owner)
                return
            }
        }
    }

    private mutating func beginNote(fallback: Int, owner: Int) {
        // Text before the back-anchor belongs to what came before (the previous note, or the body).
        flush()
        capture = Capture(role: .noteStart(fallback: fallback), owner: owner)
    }

    private mutating func finishCapture() {
        guard let done = capture else { return }
        capture = nil
        let shown = Self.leadingNumber(done.text)
        // Text after the number is only there when the anchor was never closed: keep it.
        let rest = shown.map { done.text[$0.end...] } ?? []
        switch done.role {
        case .citation(let fallback, let uuid):
            var number = shown?.number ?? fallback
            if uuid != nil {
                uuidCitations += 1
                if number == nil { number = uuidCitations }
            }
            if let number, number >= 1, number <= 9999 {
                buffer.append(contentsOf: "[\(number)]".unicodeScalars)
                buffer.append(contentsOf: rest)
                if let uuid, numberForUUID[uuid] == nil { numberForUUID[uuid] = number }
            } else {
                buffer.append(contentsOf: done.text)
            }
        case .noteStart(let fallback):
            let number = shown?.number ?? fallback ?? ((raw.notes.last?.number ?? 0) + 1)
            raw.notes.append(RawChapter.RawNote(number: number, text: ""))
            openNote = raw.notes.count - 1
            buffer.append(contentsOf: rest)
        case .backLink:
            break
        }
    }

    /// The first run of ASCII digits in an anchor's text (`[12]`, `12`), when short enough to be a
    /// note number, and where the marker ends (past a closing `]` or `)`).
    static func leadingNumber(_ s: [Unicode.Scalar]) -> (number: Int, end: Int)? {
        guard let start = s.firstIndex(where: Scalars.isDigit) else { return nil }
        var n = 0
        var k = start
        while k < s.count, Scalars.isDigit(s[k]) {
            guard k - start < 6 else { return nil }
            n = n * 10 + Int(s[k].value - 0x30)
            k += 1
        }
        // markdown-it numbers a note's second citation `[1:1]`: the marker is the note's number.
        if k < s.count, s[k] == ":" {
            var m = k + 1
            while m < s.count, m - k <= 6, Scalars.isDigit(s[m]) { m += 1 }
            if m > k + 1, m < s.count, s[m] == "]" { k = m }
        }
        if k < s.count, s[k] == "]" || s[k] == ")" { k += 1 }
        return (n, k)
    }

    // MARK: Emitting blocks

    /// Ends the text of the current block: into the open note, or as an item of the innermost block's kind.
    private mutating func flush() {
        defer {
            buffer.removeAll(keepingCapacity: true)
            pendingHrefs.removeAll()
            if openLink != nil { openLink!.start = 0 }
        }
        let frame = frames.last
        let inNotes = frame?.inNotes ?? false
        if let note = openNote {
            appendNoteText(note)
            if !inNotes { openNote = nil }
            return
        }
        if table?.cellOpen == true {
            table!.append(buffer[...])
            return
        }
        guard buffer.contains(where: { !Scalars.isSpace($0) }) else { return }
        if inCaptionShortcode, !inNotes {
            raw.items.append(.credit(Scalars.normalizedSpace(buffer)))
            return
        }
        if inNotes, let number = frame?.noteNumber {
            // A note container without a back-anchor: its number is the container's.
            raw.notes.append(RawChapter.RawNote(number: number, text: ""))
            openNote = raw.notes.count - 1
            appendNoteText(openNote!)
            return
        }
        switch frame?.kind ?? .paragraph {
        case .heading:
            raw.items.append(.heading(Scalars.normalizedSpace(buffer), level: frame?.level ?? 2))
        case .caption:
            // A figure's caption, like `[caption]`'s text, is about the image: a credit.
            raw.items.append(.credit(Scalars.normalizedSpace(buffer)))
        case .paragraph:
            if let credit = credit() {
                raw.items.append(.credit(credit))
            } else {
                let inlines = InlineParser.parse(buffer[...])
                if !inlines.isEmpty { raw.items.append(.paragraph(inlines)) }
            }
        case .listItem:
            let inlines = InlineParser.parse(buffer[...])
            if !inlines.isEmpty { raw.items.append(.listItem(inlines)) }
        case .quote:
            let inlines = InlineParser.parse(buffer[...])
            if !inlines.isEmpty { raw.items.append(.quote(inlines)) }
        }
    }

    private func credit() -> String? {
        guard buffer.count <= 400 else { return nil }
        let text = Scalars.normalizedSpace(buffer)
        return CreditRules.isCredit(ArraySlice(Array(text.unicodeScalars))) ? text : nil
    }

    private mutating func appendNoteText(_ note: Int) {
        // Whitespace folded as `Scalars.normalizedSpace` does, keeping where each link ended.
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(buffer.count)
        var hrefs: [(offset: Int, url: String)] = []
        var h = 0
        var pendingSpace = false
        for (i, s) in buffer.enumerated() {
            while h < pendingHrefs.count, pendingHrefs[h].offset <= i { hrefs.append((text.count, pendingHrefs[h].url)); h += 1 }
            if Scalars.isSpace(s) { pendingSpace = true; continue }
            if pendingSpace && !text.isEmpty { text.append(" ") }
            pendingSpace = false
            text.append(s)
        }
        while h < pendingHrefs.count { hrefs.append((text.count, pendingHrefs[h].url)); h += 1 }
        // A footnote block's back-link, when it came as text rather than as a link.
        while let last = text.last, last == "\u{21A9}" || last == "\u{FE0E}" || last == "\u{FE0F}" || Scalars.isSpace(last) {
            text.removeLast()
        }
        guard !text.isEmpty || !hrefs.isEmpty else { return }
        var length = noteLengths[note] ?? 0
        if !text.isEmpty {
            if length > 0 { raw.notes[note].text.append(" "); length += 1 }
        }
        for href in hrefs { raw.notes[note].hrefs.append((length + min(href.offset, text.count), href.url)) }
        raw.notes[note].text.unicodeScalars.append(contentsOf: text)
        noteLengths[note] = length + text.count
    }

    // MARK: Links, images, tables

    /// An `href` that is a URL a reader can open: http(s) or ftp, tabs and line breaks removed
    /// as a browser removes them, spaces around trimmed (references are already decoded).
    static func linkTarget(_ href: String?) -> String? {
        guard let href else { return nil }
        let kept = href.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let url = Scalars.normalizedSpace(kept)
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://"),
              url.unicodeScalars.count > 8, url.unicodeScalars.count <= 4096,
              !url.unicodeScalars.contains(where: { $0 == " " || $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return url
    }

    /// Ends a link: its target is recorded, and a visible text that is itself a URL (often
    /// shortened, `https://example.org/very/…`) is replaced by the target.
    private mutating func closeLink() {
        guard let link = openLink else { return }
        openLink = nil
        let start = min(link.start, buffer.count)
        let visible = Scalars.trim(buffer[start...])
        if !visible.isEmpty, !visible.contains(where: Scalars.isSpace) {
            let head = Scalars.string(visible.prefix(8).lazy.map(Scalars.lowercaseASCII))
            if head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.") {
                buffer.replaceSubrange(visible.startIndex..<visible.endIndex, with: link.url.unicodeScalars)
            }
        }
        pendingHrefs.append((buffer.count, link.url))
    }

    /// An image becomes a placeholder with its alt text; an emoji image (`wp-smiley`), or an image
    /// in a note or a table cell, is its alt text in the line. No alt text, no image: it is decoration.
    private mutating func image(_ tag: HTMLTag) {
        guard capture == nil else { return }
        let alt = Scalars.normalizedSpace((tag.attribute("alt") ?? "").unicodeScalars)
        guard !alt.isEmpty else { return }
        let classes = tag.attribute("class") ?? ""
        if classes.contains("wp-smiley") || classes.contains("emoji") || openNote != nil || (frames.last?.inNotes ?? false)
            || table?.cellOpen == true {
            buffer.append(contentsOf: alt.unicodeScalars)
            return
        }
        flush()
        raw.items.append(.image(alt: alt))
    }

    static func colspan(_ tag: HTMLTag) -> Int {
        guard let value = tag.attribute("colspan") else { return 1 }
        let digits = value.unicodeScalars.drop(while: Scalars.isSpace).prefix(while: Scalars.isDigit)
        guard !digits.isEmpty else { return 1 }
        // More digits than a column limit needs mean the limit.
        guard digits.count <= 4 else { return Table.maxColumns }
        return max(1, digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) })
    }
}
