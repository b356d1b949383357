import Testing
@testable import IbidDocument

/// Hostile notes cost time linear in their size: each shape is sized so that a quadratic step in
/// the parser, the bibliography or the BibTeX keys could not finish under the hang guard.
@Suite("Citations: linear cost")
struct CitationCostTests {
    @Test(.timeLimit(.minutes(1))) func aNoteOfFortyThousandNamesIsOnePass() {
        let n = 40_000
        let text = String(repeating: "Ab Cd and Ef Gh, ", count: n) + "Title, Outlet, April 2019, https://x.example/" + String(repeating: ")", count: n)
        let works = CitationParser.works(in: text)
        #expect(works.count == 1)
        #expect(works.first?.url == "https://x.example/", "unbalanced closing parentheses are not the URL's")
        #expect(works.first?.issued == IssuedDate(year: 2019, month: 4))
    }

    @Test(.timeLimit(.minutes(1))) func tenThousandSemicolonsAndURLs() {
        let n = 10_000
        let works = CitationParser.works(in: String(repeating: "A B, T, May 2020, https://e.example/a.htmlX; ", count: n))
        // Each URL is cut at `.html` before the capital, which starts a piece of its own with no URL or date.
        #expect(works.count == n)
        #expect(works.allSatisfy { $0.url == "https://e.example/a.html" })
    }

    @Test(.timeLimit(.minutes(1))) func fiftyThousandIbidsOfOneWork() {
        let n = 50_000
        var notes = [Note(number: 1, scope: .chapter, text: [.text("Wudan Yan, Title, Nature, April 2019, https://n.example/")], urls: [])]
        for i in 2...n {
            notes.append(Note(number: i, scope: .chapter, text: [.text("Ibid.")], urls: [], ibid: 1, isIbid: true))
        }
        var b = Bibliography()
        b.add(chapter: 7, notes: notes)
        #expect(b.entries.count == 1)
        #expect(b.entries[0].citations.count == n)
        #expect(b.entries[0].citations.dropFirst().allSatisfy { $0.position == nil })
    }

    @Test(.timeLimit(.minutes(1))) func twentyThousandWorksSharingAKeyGetDistinctKeys() {
        var keys = BibTeXWriter.KeyMaker()
        var seen = Set<String>()
        for _ in 0..<20_000 {
            #expect(seen.insert(keys.key(for: Work(title: "Untitled"))).inserted)
        }
        #expect(seen.contains("untitled") && seen.contains("untitleda") && seen.contains("untitledz") && seen.contains("untitleda1"))
        // The sequence is the same on every run.
        var again = BibTeXWriter.KeyMaker()
        #expect(again.key(for: Work(title: "Untitled")) == "untitled")
        #expect(again.key(for: Work(title: "Untitled")) == "untitleda")
    }
}
