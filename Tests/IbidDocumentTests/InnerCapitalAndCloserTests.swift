import Testing
import IbidDump
@testable import IbidDocument

/// Issue 8 §4: words with an inner capital are never split into headings, and a bracket closed
/// mid-sentence before a no-break space does not end the paragraph.
@Suite("Inner capitals and closing brackets")
struct InnerCapitalAndCloserTests {
    /// Brand and company names with an inner capital; some are in `camelCaseWords`, most are not,
    /// so the general rule is what keeps them whole.
    static let names = [
        "PayPal", "YouTube", "iPhone", "LinkedIn", "WhatsApp", "McKinsey", "openDemocracy", "SoftBank",
        "BlackRock", "DeepMind", "ExxonMobil", "GlaxoSmithKline", "HarperCollins", "FedEx", "eBay", "macOS",
        "PlayStation", "SpaceX", "DuckDuckGo", "MasterCard", "TikTok", "SolarWinds",
    ]

    /// Attribution lines and sentences a real dump sets between no-break spaces.
    static func lines(with name: String) -> [String] {
        [
            "Photo: \(name) headquarters in the city centre",
            "Source: \(name) Global Institute, 2021",
            "via \(name)",
            "\(name) said in a statement that it would comply.",
            "Image courtesy of \(name) Press Office",
            "\(name)",
        ]
    }

    @Test(arguments: names)
    func namesWithAnInnerCapitalAreNeverSplit(name: String) {
        for line in Self.lines(with: name) {
            let text = "The report was published in May.\u{A0}\(line)\u{A0}The next section follows here."
            let content = ChapterRecovery.recover(content: text)
            let headings = content.sections.compactMap(\.heading)
            // A heading may be the whole line, never a piece of the name.
            #expect(!headings.contains { !$0.contains(name) && name.hasPrefix($0.split(separator: " ").last.map(String.init) ?? "\u{0}") },
                    "\(line.debugDescription) → \(headings)")
            let all = (headings + content.sections.flatMap(\.blocks).map(\.plainText)).joined(separator: "\n")
            #expect(all.contains(name), "\(line.debugDescription) → \(headings)")
        }
    }

    /// Glued headings in the sample's shapes are still found, with the general rule's evidence.
    @Test(arguments: [
        ("Religion of the stateThe legacy of the war is long.", "Religion of the state"),
        ("ReligionAs elsewhere in the region, the state controls faith.", "Religion"),
        ("Cashing inKazakhstan’s oil made a few men rich.", "Cashing in"),
        ("The rise of JaparovSadyr Japarov was released in October. Sadyr then won.", "The rise of Japarov"),
        ("2015 to nowQuvatov was assassinated in Istanbul. Until now no one has been charged for Quvatov.", "2015 to now"),
        ("Мыйзам үстөмдүгүКыргызстандын соттору көз карандысыз эмес.", "Мыйзам үстөмдүгү"),
    ])
    func gluedHeadingsAreStillFound(text: String, heading: String) {
        let content = ChapterRecovery.recover(content: "Intro sentence.\u{A0}" + text)
        #expect(content.sections.compactMap(\.heading) == [heading])
    }

    @Test func joinsNeedEvidenceOnBothSides() {
        func join(_ left: String, _ right: String, alone: Set<String> = []) -> Bool {
            HeadingRules.hasEvidenceOfJoin(left: left, right: ArraySlice(right.unicodeScalars), standsAlone: alone.contains)
        }
        #expect(!join("Soft", "Bank", alone: ["Bank"]), "only one half stands alone")
        #expect(join("Japarov", "Sadyr", alone: ["Japarov", "Sadyr"]))
        #expect(!join("Glaxo", "SmithKline", alone: ["Glaxo", "Smith", "SmithKline"]), "a second inner capital")
        #expect(!join("open", "Democracy"))
        #expect(join("Kazakhstan", "The"))
        #expect(join("in", "Kazakhstan"))
        #expect(join("influence", "Kazakhstan"))
    }

    /// A name glued after a heading-like phrase stays whole when its halves never stand alone, and the
    /// same shape is a heading when they do.
    @Test func theChaptersOwnWordsDecide() {
        let name = ChapterRecovery.recover(content: "Intro.\u{A0}Image courtesy of BlackRock Press Office\u{A0}Text follows here.")
        #expect(!name.sections.compactMap(\.heading).contains("Image courtesy of Black"))
        let heading = ChapterRecovery.recover(content: "Black is a colour. Rock is a stone.\u{A0}Image courtesy of BlackRock is a sentence.")
        #expect(heading.sections.compactMap(\.heading) == ["Image courtesy of Black"])
    }

    // MARK: `)` + no-break space + lower case

    static func paragraphs(_ id: Int) -> [String] {
        SampleStructureTests.content(id).sections.flatMap(\.blocks).map { SampleStructureTests.folded($0.plainText) }
    }

    /// The three places in the sample, read from its text: each sentence is one paragraph.
    @Test(arguments: [
        (6003, "(HCNM)", "Former Foreign Minister Kairat Abdrakhmanov became the High Commissioner on National Minorities (HCNM) in December 2020."),
        (5845, "дагы)", "(жеке коргонуу каражаттарынын жок болгонуна нааразычылыгын билдирген медициналык кызматкерелерди дагы) камакка алынышын күчөткөн."),
        (5954, "эсептелүүдө)", "дүйнөлүк стандарттар боюнча чоң эмес сан катары эсептелүүдө) кыскартуу жана жеңилдетүү."),
    ])
    func bracketBeforeALowerCaseWordContinuesTheSentence(id: Int, closer: String, sentence: String) {
        let paragraphs = Self.paragraphs(id)
        #expect(paragraphs.contains { $0.contains(sentence) }, "\(id)")
        // No paragraph ends at the bracket.
        #expect(!paragraphs.contains { $0.hasSuffix(closer) }, "\(id)")
    }

    @Test func closersOnlyJoinALowerCaseWordOnTheSameLine() {
        func texts(_ s: String) -> [String] { ChapterRecovery.recover(content: s).sections.flatMap(\.blocks).map(\.plainText) }
        #expect(texts("It named a commissioner (HCNM)\u{A0}in December.") == ["It named a commissioner (HCNM) in December."])
        #expect(texts("He said «no»\u{A0}and left.") == ["He said «no» and left."])
        // A full stop inside the bracket ended the sentence; a capital starts a new one; so does a blank line.
        #expect(texts("It ended (as planned.)\u{A0}then more.").count == 2)
        #expect(texts("It named a commissioner (HCNM).\u{A0}In December it met.").count == 2)
        #expect(texts("It named a commissioner (HCNM)\n\nin December it met.").count == 2, "a blank line is a real break")
    }
}
