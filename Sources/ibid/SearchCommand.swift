import ArgumentParser
import IbidDocument
import IbidStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every chapter's text and notes, ignoring case and quote styles.",
        discussion: """
            A straight quote matches the curly ones: ' matches ’ ‘ ʼ and " matches “ ” « », so \
            "Nazarbayev's" finds “Nazarbayev’s”, as / does in the reader.
            With a search index of the file in $XDG_CACHE_HOME/ibid (the reader builds one in the \
            background; --index builds it here), the dump is not read at all; without one, or \
            when the index is stale, every chapter is scanned. The results are the same either way.
            Exit status, as grep's: 0 when something matched, 1 when nothing did.
            """
    )

    @Argument(help: "The text to look for.")
    var query: String

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print only the number of matches.")
    var count = false

    @Flag(help: "Build the file's search index first when it has none or a stale one, then search with it.")
    var index = false

    @Flag(name: .customLong("no-index"), help: "Scan every chapter; ignore any search index.")
    var noIndex = false

    func validate() throws {
        if query.trimmingWhitespace.isEmpty { throw ValidationError("QUERY must not be empty.") }
        if count && json { throw ValidationError("--count and --json cannot be combined.") }
        if index && noIndex { throw ValidationError("--index and --no-index cannot be combined.") }
    }

    func run() throws {
        var output = SearchOutput(query: query, json: json, count: count)
        if !noIndex, let searchIndex = try openIndex() {
            // A word's count comes from the index's table of words, without reading a row.
            if count, let found = searchIndex.count(of: query) {
                output.found = found
                return try output.finish()
            }
            var title: (id: Int, text: String)?
            let answered = LibrarySearch.indexed(query, index: searchIndex, countOnly: count) { row, hit in
                if title?.id != row.chapterID { title = (row.chapterID, searchIndex.chapterTitle(row.chapterID) ?? "") }
                output.add(hit, chapterTitle: title!.text, address: String(row.chapterID), postID: row.chapterID, file: nil)
            }
            if answered { return try output.finish() }
        }
        let library = try dump.loadLibrary()
        let several = library.sources.count > 1
        LibrarySearch.scan(query, in: library, countOnly: count) { chapter, hit in
            output.add(hit, chapterTitle: chapter.title, address: library.address(of: chapter), postID: chapter.postID,
                       file: several ? library.sources[chapter.file].path : nil)
        }
        try output.finish()
    }

    /// The dump's fresh index, built first with `--index`; nil to scan (no index, several files or a
    /// directory, standard input, no cache directory, or a build that failed — said on stderr, and
    /// the search goes on). An index is of one file: a library of several is scanned.
    func openIndex() throws -> SearchIndex? {
        guard dump.files.count <= 1, let store = SearchIndexStore.resolve(),
              let path = dump.files.first ?? (try? BundledSample.path()), path != "-", !DumpWalk.isDirectory(path, follow: true) else { return nil }
        switch store.open(file: path) {
        case .unindexable: return nil
        case .ready(let searchIndex, _): return searchIndex
        case .absent(let identity, _):
            guard index else { return nil }
            let library = try dump.loadLibrary()
            do {
                return try store.build(library, identity: identity)
            } catch {
                Output.error("cannot build the search index in \(store.location.directory): \(error); scanning")
                return nil
            }
        }
    }
}

/// What `ibid search` prints, hit by hit: lines, JSON written out as it grows, or a count.
struct SearchOutput {
    let query: String
    let json: Bool
    let count: Bool
    var writer = JSONWriter()
    var lines = ShownLines()
    var found = 0

    init(query: String, json: Bool, count: Bool) {
        self.query = query
        self.json = json
        self.count = count
        writer.beginArray()
    }

    /// `address` names the chapter as `ibid notes` takes it; `file` is given when the library has several.
    mutating func add(_ hit: SearchHit?, chapterTitle: String, address: String, postID: Int, file: String?) {
        found += 1
        guard !count, let hit else { return }
        let place: String
        switch hit.place {
        case .note(let n, let scope): place = scope == .chapter ? "note \(n)" : "note \(n) (\(scope))"
        case .heading: place = "heading"
        case .block: place = hit.heading ?? "opening"
        }
        if json {
            JSONExport.writeSearchHit(hit, chapterTitle: chapterTitle, postID: postID, file: file, into: &writer)
            // Written out as it grows: memory stays flat however many hits there are.
            if writer.bytes.count > 1 << 16 { writer.flush { Output.write($0) } }
        } else {
            lines.append("\(address)  \(place)  \(hit.snippet)")
        }
    }

    mutating func finish() throws {
        writer.endArray()
        if count {
            lines.append(String(found))
            lines.flush()
        } else if json {
            Output.write(writer.bytes + [0x0A])
        } else {
            lines.flush()
            if found == 0 { Output.error("no match for \"\(query)\"") }
        }
        // grep's convention, so `if ibid search …` works in a script.
        if found == 0 { throw ExitCode(1) }
    }
}
