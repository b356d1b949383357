import IbidTestSupport
import Foundation
import Testing

/// `ibid cite`: the three formats checked for the shape their readers require, the entries the
/// sample's notes must give (read from the notes by hand), and the command's files and errors.
@Suite("ibid cite")
struct CiteCommandTests {
    static func cite(_ arguments: [String]) throws -> Binary.Result {
        try Binary.run(["cite"] + arguments + [Binary.samplePath, "--quiet-warnings"])
    }

    static func csl(_ arguments: [String] = []) throws -> [[String: Any]] {
        let result = try cite(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func entry(_ entries: [[String: Any]], _ id: String) throws -> [String: Any] {
        try #require(entries.first { $0["id"] as? String == id }, "no entry \(id)")
    }

    /// CSL-JSON's required shape (the csl-data.json schema): an array of objects, each with a
    /// string `id` and a `type` from CSL's list; names are objects of `family`/`given` or
    /// `literal`; dates hold `date-parts`, an array of one array of 1–3 integers.
    @Test func cslJSONHasTheSchemasShape() throws {
        let cslTypes: Set<String> = ["article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
                                     "broadcast", "chapter", "dataset", "entry", "legal_case", "legislation", "manuscript",
                                     "map", "motion_picture", "pamphlet", "paper-conference", "patent", "personal_communication",
                                     "post", "post-weblog", "report", "review", "song", "speech", "thesis", "treaty", "webpage"]
        let allowed: Set<String> = ["id", "type", "author", "title", "container-title", "issued", "URL", "note"]
        let entries = try Self.csl()
        #expect(entries.count > 600, "every chapter's works")
        var ids = Set<String>()
        for e in entries {
            let id = try #require(e["id"] as? String)
            #expect(ids.insert(id).inserted, "id \(id) is unique")
            #expect(id.range(of: #"^[0-9]+-(b[0-9]+-)?[0-9]+-[0-9]+$"#, options: .regularExpression) != nil, "\(id) is CHAPTER-NOTE-K")
            #expect(cslTypes.contains(e["type"] as? String ?? ""), "\(id) type")
            #expect(Set(e.keys).isSubset(of: allowed), "\(id) keys \(e.keys)")
            #expect(e["title"] != nil || e["URL"] != nil, "\(id) names something")
            for author in (e["author"] as? [[String: Any]]) ?? [] {
                let keys = Set(author.keys)
                #expect(keys == ["literal"] || keys == ["family", "given"] || keys == ["family"], "\(id) author \(author)")
            }
            if let issued = e["issued"] {
                let parts = try #require((issued as? [String: Any])?["date-parts"] as? [[Int]])
                #expect(parts.count == 1 && (1...3).contains(parts[0].count), "\(id) date-parts")
                #expect((1800...2100).contains(parts[0][0]))
                if parts[0].count > 1 { #expect((1...12).contains(parts[0][1])) }
            }
        }
    }

    /// Entries read off the notes by hand (`ibid notes 6003`, `5806`, `5845`, `5607`).
    @Test func entriesFollowTheNotes() throws {
        let entries = try Self.csl()
        // The same work in four chapters (6003 n1, 5607 n4, 5845 n4, 5806 n1, in the library's order:
        // the Kyrgyzstan report's English edition, then its Kyrgyz one): one entry, first id.
        let olmos = try Self.entry(entries, "6003-1-1")
        #expect(olmos["note"] as? String == "Cited in 6003: note 1; 5607: note 4; 5845: note 4; 5806: note 1")
        #expect((olmos["author"] as? [[String: String]]) == [["family": "Olmos", "given": "Francisco"]])
        #expect(olmos["container-title"] as? String == "Foreign Policy Centre")
        #expect(((olmos["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[2019, 10]])
        #expect(!entries.contains { $0["id"] as? String == "5806-1-2" }, "a repeat gives no entry of its own")
        // An Ibid adds its note to the work it repeats: 6003 n39 repeats n38, the book; n102 and
        // n115 cite it again, n110 after another work ("See also").
        let book = try Self.entry(entries, "6003-38-1")
        #expect(book["type"] as? String == "book")
        #expect(book["URL"] == nil)
        #expect(book["note"] as? String == "Cited in 6003: notes 38, 39 (Ibid), 102, 110, 115")
        #expect(!entries.contains { ($0["id"] as? String)?.hasPrefix("6003-39-") == true })
        // 5806 n56: a book, then `A summary of the book can be found here: URL` — a bare URL, and
        // n57's Ibid repeats the book, not the pointer.
        let dictators = try Self.entry(entries, "5806-56-1")
        #expect(dictators["type"] as? String == "book")
        #expect(dictators["container-title"] as? String == "Yale University Press")
        #expect(dictators["note"] as? String == "Cited in 5806: notes 56, 57 (Ibid)")
        let summary = try Self.entry(entries, "5806-56-2")
        #expect(summary["title"] == nil)
        #expect(summary["URL"] as? String == "https://www.opendemocracy.net/en/odr/dictators-without-borders/")
        // `;` splits works: 6003 n17 cites three.
        for k in 1...3 { _ = try Self.entry(entries, "6003-17-\(k)") }
        #expect(!entries.contains { $0["id"] as? String == "6003-17-4" })
        // Run together: `…#sub_id=100CPJ, Kazakhstan adopts…` is two works, the second by CPJ.
        let order = try Self.entry(entries, "6003-104-1")
        #expect(order["type"] as? String == "legislation")
        #expect(order["URL"] as? String == "https://online.zakon.kz/m/document/?doc_id=31431046#sub_id=100")
        let cpj = try Self.entry(entries, "6003-104-2")
        #expect((cpj["author"] as? [[String: String]]) == [["literal": "CPJ"]])
        #expect(cpj["title"] as? String == "Kazakhstan adopts new accreditation requirements that journalists fear will promote censorship")
        // `….htmlIPHR, Kazakhstan: Free civil rights defender…`: the glued work is found, and as
        // it repeats the note's second work it is one citation of that entry.
        let tulesova = try Self.entry(entries, "6003-75-2")
        #expect(tulesova["URL"] as? String == "https://www.iphronline.org/kazakhstan-free-civil-rights-defender-asya-tulesova.html")
        #expect(tulesova["note"] as? String == "Cited in 6003: note 75")
        _ = try Self.entry(entries, "6003-75-3")
        // Commentary cites nothing: 6003 n16 is a remark.
        #expect(!entries.contains { ($0["id"] as? String)?.hasPrefix("6003-16-") == true })
        // A Kyrgyz note: the person's name without its transliteration, a Cyrillic month. (Cited
        // alone: in the whole library the English edition's 5607 n15 cites the same work first.)
        let kyrgyz = try Self.entry(Self.csl(["5845"]), "5845-15-1")
        #expect((kyrgyz["author"] as? [[String: String]]) == [["family": "Путц", "given": "Катэрина"]])
        #expect(((kyrgyz["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[2019, 8]])
        #expect(kyrgyz["container-title"] as? String == "The Diplomat")
    }

    @Test func idsSelectChapters() throws {
        let entries = try Self.csl(["5806", "5845"])
        let chapters = Set(entries.compactMap { ($0["id"] as? String)?.split(separator: "-").first.map(String.init) })
        #expect(chapters == ["5806", "5845"])
        // Olmos is first cited in 5806 here, so the entry takes 5806's id.
        let olmos = try Self.entry(entries, "5806-1-2")
        #expect(olmos["note"] as? String == "Cited in 5806: note 1; 5845: note 4")
    }

    /// A strict reading of BibTeX: entries `@type{key,` … `}`, fields `name = {value},` with
    /// balanced braces, and in every value but `url` no unescaped `& % $ # _` (which stop LaTeX)
    /// nor a lone backslash. Keys are unique and the same on a second run.
    @Test func bibtexIsStrictlyValidAndStable() throws {
        let first = try Self.cite(["--format", "bibtex"])
        #expect(first.status == 0)
        let second = try Self.cite(["--format", "bibtex"])
        #expect(first.stdout == second.stdout, "keys and order are stable across runs")
        var keys = Set<String>()
        var entries = 0
        for block in first.stdout.components(separatedBy: "\n\n") where !block.isEmpty {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
            let head = try #require(lines.first)
            let match = head.range(of: #"^@(article|online|report|book|misc)\{[a-z0-9]+,$"#, options: .regularExpression)
            #expect(match != nil, "entry head \(head)")
            let key = String(head.drop { $0 != "{" }.dropFirst().dropLast())
            #expect(keys.insert(key).inserted, "key \(key) is unique")
            #expect(lines.last == "}")
            for line in lines.dropFirst().dropLast() {
                let field = try #require(line.range(of: #"^  [a-z]+ = \{.*\},$"#, options: .regularExpression), "field line \(line)")
                _ = field
                let name = String(line.dropFirst(2).prefix { $0 != " " })
                let value = Array(line.drop { $0 != "{" }.dropFirst().dropLast(2))
                var depth = 0
                var i = 0
                while i < value.count {
                    let c = value[i]
                    if c == "\\" {
                        #expect(i + 1 < value.count, "a trailing backslash in \(line)")
                        i += 2
                        continue
                    }
                    if c == "{" { depth += 1 }
                    if c == "}" { depth -= 1; #expect(depth >= 0, "unbalanced in \(line)") }
                    if name != "url" { #expect(!"&%$#_".contains(c), "unescaped \(c) in \(line)") }
                    i += 1
                }
                #expect(depth == 0, "balanced braces in \(line)")
            }
            entries += 1
        }
        #expect(entries == (try Self.csl()).count)
        #expect(first.stdout.contains("title = {Hogan Lovells Secures Major High Court Victory for BTA Bank in US \\$6bn Fraud Case}"))
    }

    /// A second reader: python's bibtexparser (v2) parses every entry, with no failed block, and
    /// reads back the fields we wrote.
    @Test func bibtexparserReadsEveryEntry() throws {
        let result = try Self.cite(["--format", "bibtex"])
        let file = try Binary.temporaryFile(Data(result.stdout.utf8), name: "works.bib")
        let script = """
            import sys, bibtexparser
            lib = bibtexparser.parse_file(sys.argv[1])
            print(len(lib.entries), len(lib.failed_blocks), len(lib.duplicate_keys) if hasattr(lib, 'duplicate_keys') else 0)
            e = lib.entries_dict['olmos2019']
            print(e['author'], '|', e['title'], '|', e['institution'], '|', e['year'])
            """
        let python = try Binary.run(["-c", script, file.path], executable: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(python.status == 0, "\(python.stderr)")
        let lines = python.stdout.split(separator: "\n")
        let expected = try Self.csl().count
        #expect(lines.first == "\(expected) 0 0")
        #expect(lines.dropFirst().first == "Olmos, Francisco | State-building myths in Central Asia | Foreign Policy Centre | 2019")
    }

    /// RIS: each record from `TY  -` to `ER  -`, every line `XX  - value` ended by CR LF.
    @Test func risRecordsFollowTheSpec() throws {
        let result = try Self.cite(["6003", "--format", "ris"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        var records = 0
        var open = false
        for line in lines.dropLast() {
            #expect(line.range(of: #"^[A-Z][A-Z0-9]  - "#, options: .regularExpression) != nil, "line \(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
            if line.hasPrefix("TY  - ") { #expect(!open); open = true; records += 1 }
            if line == "ER  - " { #expect(open); open = false }
        }
        #expect(!open)
        #expect(records == (try Self.csl(["6003"])).count)
        #expect(result.stdout.contains("TY  - JOUR\r\nID  - 6003-2-1\r\nAU  - Yan, Wudan\r\nTI  - The nuclear sins of the Soviet Union live on in Kazakhstan\r\nJO  - Nature\r\nPY  - 2019\r\nDA  - 2019/04//\r\n"))
    }

    /// The README's example is what the command prints, and its counts are the command's.
    @Test func readmeExampleIsCurrent() throws {
        let readme = try String(contentsOfFile: TestPaths.packageRoot + "/README.md", encoding: .utf8)
        let bibtex = try Self.cite(["6003", "--format", "bibtex"]).stdout
        let start = try #require(readme.range(of: "@book{lillis2018,"))
        let end = try #require(readme[start.lowerBound...].range(of: "\n}\n"))
        #expect(bibtex.contains(readme[start.lowerBound..<end.upperBound]))
        #expect(readme.contains("171 works from 140 notes"))
        #expect(try Self.csl(["6003"]).count == 171)
        #expect(readme.contains("all 12 chapters: 623 works"))
        #expect(try Self.csl().count == 623)
    }

    @Test func outputFileIsWrittenWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-cite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("works.ris")
        let result = try Self.cite(["6003", "--format", "ris", "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let stdout = try Self.cite(["6003", "--format", "ris"]).stdout
        #expect(try String(contentsOf: out, encoding: .utf8) == stdout)
        // Never over the input.
        let refused = try Binary.run(["cite", Binary.samplePath, "--output", Binary.samplePath, "--quiet-warnings"])
        #expect(refused.status == 73)
    }

    @Test func unknownChapterIsAUsageErrorAndAnIDAfterAFileIsAFile() throws {
        let unknown = try Self.cite(["1234"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no chapter with ID 1234"))
        // Several files are one library, as for every command; an address after a file is a file name.
        let two = try Binary.run(["cite", "6003", Binary.samplePath, "6003"])
        #expect(two.status == 66)
    }

    @Test(arguments: ["csl-json", "bibtex", "ris"])
    func hostileNotesNeverReachTheTerminalRaw(_ format: String) throws {
        let file = try Binary.temporaryFile(HostileOutputTests.dump())
        let result = try Binary.run(["cite", file.path, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("x.example"), "the note's work is there")
        #expect(!result.stdout.unicodeScalars.contains { HostileOutputTests.forbidden($0) && $0 != "\r" })
    }
}
