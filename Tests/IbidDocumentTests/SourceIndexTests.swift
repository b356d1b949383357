import Foundation
import IbidTestSupport
import Testing
import IbidDump
@testable import IbidDocument

/// Issue 11's sources: every URL in the notes by domain. Expected counts come from the notes' text
/// read a second way — a regular expression for hosts and a dictionary of its own — never from
/// `SourceIndex` itself.
@Suite("Sources by domain")
struct SourceIndexTests {
    static let library: Library = {
        let library = try! Library.load(path: TestPaths.sample)
        library.warmUp()
        return library
    }()

    /// Hosts in a note's text: after `http://`, `https://`, or a `www.` that starts a word.
    static let host = try! NSRegularExpression(pattern: "(?:https?://|(?<![A-Za-z0-9./])www\\.)([A-Za-z0-9.-]+)", options: [.caseInsensitive])

    static func domains(in text: String) -> Set<String> {
        let ns = text as NSString
        var out = Set<String>()
        for m in host.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            var name = ns.substring(with: m.range(at: 1)).lowercased()
            while name.hasSuffix(".") { name.removeLast() }
            if name.hasPrefix("www.") { name.removeFirst(4) }
            if !name.isEmpty { out.insert(name) }
        }
        return out
    }

    /// Distinct notes per domain, counted from the notes' text.
    static func expectedCounts(_ chapters: [Chapter]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for chapter in chapters {
            for note in library.content(of: chapter).notes {
                for d in domains(in: note.plainText) { counts[d, default: 0] += 1 }
            }
        }
        return counts
    }

    static func counts(_ index: SourceIndex) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: index.domains.map { ($0.name, $0.notes) })
    }

    @Test func everyDomainOfTheLibraryCountsTheNotesCitingIt() {
        let index = SourceIndex(chapters: Self.library.chapters, content: Self.library.content(of:))
        let expected = Self.expectedCounts(Self.library.chapters)
        #expect(expected.count > 100, "the sample cites many domains")
        #expect(Self.counts(index) == expected)
        // Most cited first, then by name.
        for (a, b) in zip(index.domains, index.domains.dropFirst()) {
            let inOrder = a.notes > b.notes || (a.notes == b.notes && a.name < b.name)
            #expect(inOrder, "\(a.name) before \(b.name)")
        }
    }

    @Test func theOpenReportCountsOnlyItsChapters() throws {
        let chapter = try #require(Self.library.chapter(id: 6003))
        let report = Self.library.reports[Self.library.reportIndex(of: chapter)]
        #expect(report.chapters.count > 1)
        let index = SourceIndex(chapters: report.chapters, content: Self.library.content(of:))
        #expect(Self.counts(index) == Self.expectedCounts(report.chapters))
        // `www.` is folded: osce.org appears once, and never as www.osce.org.
        #expect(index.domains.contains { $0.name == "osce.org" })
        #expect(!index.domains.contains { $0.name.hasPrefix("www.") })
    }

    /// Every note citing a URL is in its `citedBy` once, and a domain's count is its distinct notes.
    @Test func aDomainCountsDistinctNotesAcrossItsURLs() {
        let index = SourceIndex(chapters: Self.library.chapters, content: Self.library.content(of:))
        var sawShared = false
        for domain in index.domains {
            let refs = domain.urls.flatMap(\.citedBy)
            #expect(Set(refs).count == domain.notes, "\(domain.name)")
            if refs.count > domain.notes { sawShared = true }
            for url in domain.urls {
                #expect(Set(url.citedBy).count == url.citedBy.count, "\(url.url) lists a note twice")
                #expect(url.sources.flatMap(\.citedBy).count == url.citedBy.count)
                #expect(SourceDomain.of(url.url) == domain.name)
            }
        }
        #expect(sawShared, "some note of the sample cites two URLs of one domain")
    }

    /// 6003's notes 31 and 32 repeat one OSCE reference word for word, as do 34 and 36 (read in
    /// the sample): each pair is one source cited twice, beside the URL's other citations.
    @Test func identicalNotesAreOneSourceCitedSeveralTimes() throws {
        let index = SourceIndex(chapters: Self.library.chapters, content: Self.library.content(of:))
        let urls = index.domains.flatMap(\.urls)
        let osce = try #require(urls.first { $0.url == "https://www.osce.org/odihr/elections/kazakhstan/470850" })
        let pair = try #require(osce.sources.first { $0.citedBy.contains(.init(chapter: 6003, number: 31)) })
        #expect(pair.citedBy == [.init(chapter: 6003, number: 31), .init(chapter: 6003, number: 32)])
        #expect(pair.text.hasPrefix("OSCE Office for Democratic Institutions and Human Rights, Parliamentary Elections, January 2021"))
        let eurasianet = try #require(urls.first { $0.url == "https://eurasianet.org/kazakhstan-nervous-authorities-keep-election-observers-at-arms-length" })
        let other = try #require(eurasianet.sources.first { $0.citedBy.contains(.init(chapter: 6003, number: 34)) })
        #expect(other.citedBy == [.init(chapter: 6003, number: 34), .init(chapter: 6003, number: 36)])
    }

    /// Every group of URL-bearing notes with the same text (spacing folded), found here by grouping
    /// the notes' text, is exactly one source of each of its URLs.
    @Test func everyGroupOfIdenticalNotesIsOneSource() {
        var groups: [String: [SourceIndex.NoteRef]] = [:]
        for chapter in Self.library.chapters {
            for note in Self.library.content(of: chapter).notes where !note.urls.isEmpty {
                let key = note.plainText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                groups[key, default: []].append(.init(chapter: chapter.id, number: note.number, scope: note.scope))
            }
        }
        let repeated = groups.values.filter { $0.count > 1 }
        #expect(repeated.count >= 2)
        let index = SourceIndex(chapters: Self.library.chapters, content: Self.library.content(of:))
        let sources = index.domains.flatMap(\.urls).flatMap(\.sources)
        for group in repeated {
            #expect(sources.contains { $0.citedBy == group }, "\(group)")
        }
        #expect(sources.filter { $0.citedBy.count > 1 }.allSatisfy { s in repeated.contains { $0 == s.citedBy } })
    }

    @Test(arguments: [
        ("https://www.osce.org/odihr/x", "osce.org"),
        ("http://User:pw@WWW.Example.COM:8080/p?q=1", "example.com"),
        ("www.osce.org/documents/hcnm/2010/05/45132_en.pdf", "osce.org"),
        ("https://rus.azattyq.org/a/31240547.html", "rus.azattyq.org"),
        ("https://example.org.", "example.org"),
        ("https://24.kg#top", "24.kg"),
        ("https://www./x", "www"),
    ])
    func domainsAreHostsWithoutWWW(url: String, domain: String) {
        #expect(SourceDomain.of(url) == domain)
    }

    @Test func aNoteCitingOneURLTwiceIsCountedOnce() {
        let note = Note(number: 1, scope: .chapter, text: [.text("a "), .link("https://a.org/x"), .text(" again "), .link("https://a.org/x")],
                        urls: ["https://a.org/x", "https://a.org/x"])
        let box = Note(number: 1, scope: .box(0), text: [.link("https://www.a.org/y")], urls: ["https://www.a.org/y"])
        var builder = SourceIndex.Builder()
        builder.add(chapter: 7, notes: [note, box])
        let index = builder.finish()
        #expect(index.domains.count == 1)
        #expect(index.domains[0].notes == 2, "the chapter's note 1 and the box's note 1 are two notes")
        #expect(index.domains[0].urls.map(\.citedBy) == [[.init(chapter: 7, number: 1)], [.init(chapter: 7, number: 1, scope: .box(0))]])
    }

    // MARK: Which URLs may be opened (issue 10)

    @Test(arguments: [
        ("https://www.osce.org/x", "https://www.osce.org/x"),
        ("HTTP://Example.org", "HTTP://Example.org"),
        ("ftp://ftp.example.org/pub/file.pdf", "ftp://ftp.example.org/pub/file.pdf"),
        ("www.osce.org/documents/45132_en.pdf", "http://www.osce.org/documents/45132_en.pdf"),
    ])
    func webURLsAreOpened(url: String, handed: String) {
        #expect(OpenableURL.check(url) == .success(handed))
    }

    @Test(arguments: [
        ("javascript:alert(1)", OpenableURL.Refusal.scheme("javascript")),
        ("file:///etc/passwd", .scheme("file")),
        ("data:text/html,<script>", .scheme("data")),
        ("xdg-open", .scheme("")),
        ("https://evil.example/a\u{1B}]52;c;ZXZpbA==\u{07}", .control),
        ("https://evil.example/\u{9B}31m", .control),
        ("https://example.org/\u{202E}fdp.exe", .control),
        ("https://example.org/a b", .control),
        ("https://example.org/a\u{7F}", .control),
        ("https:///etc/passwd", .noHost),
        ("https://-oProxyCommand=x/", .noHost),
        ("https:example.org", .noHost),
    ])
    func anythingElseIsRefused(url: String, why: OpenableURL.Refusal) {
        #expect(OpenableURL.check(url) == .failure(why))
    }
}
