import Testing
import IbidDump
@testable import IbidDocument

/// Structure recovered from the bundled sample, asserted against labels made by reading it
/// (the shapes and counts are listed in docs/format.md §4–§6).
@Suite("Recovered structure of the sample")
struct SampleStructureTests {
    static let library: Library = try! Library.load(path: LibraryTests.samplePath)

    static func content(_ id: Int) -> ChapterContent {
        library.content(of: library.chapter(id: id)!)
    }

    static func headings(_ id: Int) -> [String] { content(id).sections.compactMap(\.heading) }

    static func folded(_ s: String) -> String { s.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" }).joined(separator: " ") }

    @Test func kazakhstanIntroductionHeadings() {
        #expect(Self.headings(6003) == [
            "A very brief history of Kazakhstan", "Independent Kazakhstan", "COVID-19",
            "The situation today: Politics and protest", "The wider human rights and civil society situation",
            "Monitoring the security situation of human rights defenders", "Labour rights", "Media freedom",
            "Cashing in", "Religion", "Women’s and LGBTQ+ rights", "International influence",
        ])
    }

    @Test func tajikistanIntroductionHeadings() {
        #expect(Self.headings(5806) == [
            "A brief history of Tajikistan", "1997-2014", "2015 to now", "COVID-19",
            "The situation today: Corruption and control", "Political and human rights situation", "Civil society",
            "Media freedom", "Rule of law", "Religion", "Women’s and minority rights", "Housing", "Border conflicts",
            "International relations",
        ])
    }

    @Test func kyrgyzstanIntroductionHeadings() {
        #expect(Self.headings(5607) == [
            "Introduction: Examining the pressure on human rights in Kyrgyzstan",
            "How we got here: a brief history of Kyrgyzstan", "How we got here: 2005- 2020",
            "How we got here: March-October 2020", "Here: October 2020 onwards", "The rise of Japarov",
            "What Sadyr did next", "How we got here: The systemic challenges", "Corruption and organised crime",
            "Nationalism, traditionalism, rights and religion", "Civil society", "Media and online freedoms",
            "Rule of law", "Azimjan Askarov", "Human rights", "International relations and their impact on Kyrgyzstan",
        ])
    }

    @Test func shorterChaptersHeadings() {
        #expect(Self.headings(6005) == ["Key recommendations"])
        #expect(Self.headings(5811) == ["Key Recommendations"])
        #expect(Self.headings(5987) == ["Recommendations"])
        #expect(Self.headings(5763) == ["Recommendations", "For the Government of Tajikistan", "For Western Countries and international organisations"])
        for id in [5930, 5954, 5636, 5612] { #expect(Self.headings(id) == [], "chapter \(id)") }
    }

    /// Cyrillic: every glued shape is found; two spaced headings whose sentence starts with a proper
    /// noun (`Садырдын кийинки кадамы Жапаров …`) are beyond the rules and stay in their paragraphs.
    @Test func kyrgyzHeadingsAreTheLabelledOnes() {
        let labelled = [
            "Биз учурдагы кырдаалга кантип келдик: Кыргызстандын кыскача тарыхы", "2005 – 2020-жылдардагы кырдаал",
            "2020 жылдын мартктябрь айлары", "Учурдагы кырдаал: 2020-жылдын октябрь айынын баштап бүгүнкү күнгө чейин",
            "Жапаровдун көтөрүлүшү", "Садырдын кийинки кадамы", "Биз учурдагы кырдаалга кантип келдик – Системалык көйгөйлөр",
            "Коррупция жана уюшкан кылмыштуулук", "Улутчулдук, салттар, укуктар жана дин", "Жарандык коом",
            "ММК жана интернеттеги эркиндик", "Мыйзам үстөмдүгү", "Азимжан Аскаров", "Адам укуктары",
            "Эл аралык байланыштар жана алардын Кыргызстанга тийгизген таасири",
        ]
        let found = Self.headings(5845)
        #expect(found.allSatisfy(labelled.contains))
        #expect(found == labelled.filter(found.contains), "in reading order")
        #expect(found.count == 13)
        #expect(found.contains("Адам укуктары"), "lower-case glued to a year: Адам укуктары2020-жылы")
    }

    @Test func boxesWithTitleAndByline() throws {
        let kz = Self.content(6003).sections.filter { $0.kind == .box }
        #expect(kz.map(\.heading) == ["Monitoring the security situation of human rights defenders"])
        #expect(kz.first?.byline == "By Public Association Kadyr-Kasiyet")
        let kg = Self.content(5607)
        let box = try #require(kg.sections.first { $0.kind == .box })
        #expect(box.heading == "Azimjan Askarov")
        #expect(box.byline == "By Aydar Sydykov")
        // The box's citations restart at 1 and belong to the box, not to the chapter's note 1.
        #expect(box.blocks.flatMap(\.citations) == [Citation(number: 1, scope: .box(0)), Citation(number: 1, scope: .box(0))])
        #expect(kg.note(1)?.citedBy.allSatisfy { kg.sections[$0.section].kind == .body } == true)
        let ky = try #require(Self.content(5845).sections.first { $0.kind == .box })
        #expect(ky.heading == "Азимжан Аскаров")
        #expect(ky.byline == "Айдар Сыдыковдун баяндамасы")
        // After a box the chapter resumes in a section of its own.
        let afterBox = Self.content(6003).sections.firstIndex { $0.kind == .box }! + 1
        #expect(Self.content(6003).sections[afterBox].kind == .body)
    }

    @Test(arguments: [(6005, 0), (6003, 140), (5987, 12), (5930, 0), (5845, 185), (5954, 24), (5811, 0), (5806, 167),
                      (5763, 15), (5636, 5), (5612, 0), (5607, 122)])
    func noteCounts(id: Int, count: Int) {
        // The dump's own notes: 5607's 123–185 come from the Kyrgyz edition (EditionTests).
        let notes = Self.content(id).notes.filter { $0.from == nil }
        #expect(notes.count == count)
        #expect(notes.map(\.number) == Array(stride(from: 1, through: count, by: 1)))
    }

    /// Note texts read from the sample (whitespace folded), chapter → number → text.
    static let noteTexts: [(Int, Int, String)] = [
        (6003, 1, "Francisco Olmos, State-building myths in Central Asia, Foreign Policy Centre, October 2019, https://fpc.org.uk/state-building-myths-in-central-asia/"),
        (6003, 16, "The move also came 30 years after his elevation to become First Secretary of the Communist party."),
        (6003, 24, "Bakhytzhan Toregozhina, Pandemic and Human Rights: Only Repressive System is Functioning in Kazakhstan, Cabar Central Asia, July 2020, https://cabar.asia/en/pandemic-and-human-rights-only-repressive-system-is-functioning-in-kazakhstan?pdf=36177. Though Kazakhstan already had laws in place against ‘disinformation’ that were able to be used."),
        (6003, 31, "OSCE Office for Democratic Institutions and Human Rights, Parliamentary Elections, January 2021, https://www.osce.org/odihr/elections/kazakhstan/470850"),
        (6003, 46, "Manshuk Asautay, Activists demanded the removal of the \"Street Party\" from the list of banned organisations, Radio Azattyq, https://www.azattyq.org/a/31318167.htm;l RFE/RL Kazakh Service, Kazakh Activists Start Hunger Strike To Protest Opposition Party Ban, June 2021, https://www.rferl.org/a/kazakh-hunger-strike-koshe-party/31318852.html"),
        (6003, 60, "Indymedia UK, A brief history of “kettling”, November 2010, https://www.indymedia.org.uk/en/2010/11/468945.html As described by the OSCE, kettling (or corralling) is a ‘strategy of crowd control that relies on containment […], where law enforcement officials encircle and enclose a section of assembly participants.’"),
        (6003, 75, "IPHR, Kazakhstan: Massive restrictions on expressions during COVID-19; sudden banning of peaceful opposition, August 2020, https://www.iphronline.org/kazakhstan-massive-restrictions-on-expression-during-covid-19-sudden-banning-of-peaceful-opposition.html; IPHR, Kazakhstan: Free civil rights defender Asya Tulesova, June 2020, https://www.iphronline.org/kazakhstan-free-civil-rights-defender-asya-tulesova.html; RFE/RL’s Kazakh Service, Kazakh Court Convicts Activist Charged With Assaulting Police, August 2020, https://www.rferl.org/a/kazakh-court-convicts-activist-charged-with-assaulting-police/30779401.htmlIPHR, Kazakhstan: Free civil rights defender Asya Tulesova, June 2020, https://www.iphronline.org/kazakhstan-free-civil-rights-defender-asya-tulesova.html"),
        (6003, 104, "Order of the Minister of Culture and Information of the Republic of Kazakhstan dated June 21, 2013 No. 138, https://online.zakon.kz/m/document/?doc_id=31431046#sub_id=100CPJ, Kazakhstan adopts new accreditation requirements that journalists fear will promote censorship, March 2021, https://cpj.org/2021/03/kazakhstan-adopts-new-accreditation-requirements-that-journalists-fear-will-promote-censorship/"),
        (6003, 110, "Joanna Lillis, Kazakhstan: Nazarbayev-linked billionaire sucked into UK court battle, Eurasianet, December 2020, https://eurasianet.org/international-criticism-of-duvanov-conviction-mounts-against-kazakhstan. See also Joanna Lillis, Dark Shadows: Inside the Secret World of Kazakhstan, IB Taurus, October 2018."),
        (6003, 140, "OSCE, Summits, https://www.osce.org/summits"),
        (5806, 1, "Kamoludin Abdullaev and Catherine Barnes, Politics of compromise: The Tajikistani peace process, Conciliation Resources, April 2001, https://www.c-r.org/accord/tajikistan/tajik-civil-war-causes-and-dynamics; Francisco Olmos, State-building myths in Central Asia, FPC, October 2019, https://fpc.org.uk/state-building-myths-in-central-asia/"),
        (5806, 6, "United Nations Peacemaker, General Agreement on the Establishment of Peace and National Accord in Tajikistan, June 1997, https://peacemaker.un.org/tajikistan-general-agreement97#:~:text=Document%20Retrieval-,General%20Agreement%20on%20the%20Establishment%20of%20Peace%20and%20National%20Accord,Summary%3A&text=Agreement%20between%20the%20President%20of,National%20Reconciliation%20(23%20December%201996)"),
        (5806, 12, "Ibid; RFE/RL’s Tajik Service, Tajik Politician Sent To Remote Jail After Interview, RFE/RL, August 2015, https://www.rferl.org/a/tajik-politician-sent-remote-jail-after-rferl-interview/27196543.html; Saodat Mahbatsho, Tajikistan: Mysterious Death Raises Concerns About Militant Returns, Eurasianet, July 2009, https://eurasianet.org/tajikistan-mysterious-death-raises-concerns-about-militant-returns"),
        (5806, 31, "https://lawyersforlawyers.org/en/lawyers/buzurgmehr-yorov/ See also the EU’s call for his release following the determination of the UN Working Group on Arbitrary Detention https://eeas.europa.eu/regions/europe-and-central-asia/88547/12th-eu-tajikistan-human-rights-dialogue_en"),
        (5806, 52, "In March 2021 Rahmon disappeared from view for several weeks BNE - Intellinews, Mystery as Tajik president Rahmon disappears from public view, March 2021, https://www.intellinews.com/mystery-as-tajik-president-rahmon-disappears-from-public-view-205910/; Radio Ozodi, The delay in Rahmon's visit to Bactria sparked reports of \"his health condition\", March 2021, https://www.ozodi.org/a/31163696.html"),
        (5806, 167, "Eurasianet, Tajikistan: Coronavirus brings bonanza of aid, but zero accountability, July 2020, https://eurasianet.org/tajikistan-coronavirus-brings-bonanza-of-aid-but-zero-accountability"),
        (5607, 1, "This publication is the first in a series that will comprise Kyrgyzstan, Tajikistan and Kazakhstan."),
        (5607, 3, "The precise details of this history are sometimes contested"),
        (5607, 4, "Francisco Olmos, State-building myths in Central Asia, FPC, October 2019, https://fpc.org.uk/state-building-myths-in-central-asia/. The historical existence of Manas is hotly debated but it seems likely that though carried for many years through oral tradition before its transcribing in the 18th Century, its origins are many centuries later than the time it recalls, making Manas a figure seen by scholars as more akin to King Arthur than a historical figure."),
        (5607, 72, "Ayday Tokoeva, “The president is crushing the legislative and judicial branches of government.” Ex-MP of Sher-Niyaz on amendments to the Constitution, kloop, November 2020, https://kloop.kg/blog/2020/11/18/prezident-podminaet-pod-sebya-zakonodatelnuyu-i-sudebnuyu-vetvi-vlasti-eks-deputat-sher-niyaz-o-popravkah-v-konstitutsiyu/"),
        (5607, 82, "Jogorku Kenesh of the Kyrgyz Republic, The draft Constitution of the Kyrgyz Republic if posted on the official website of the Jogorku Kenesh, February 2021, http://kenesh.kg/ru/news/show/11009/proekt-konstitutsii-kirgizskoy-respubliki-razmeshten-na-ofitsialynom-sayte-zhogorku-kenesha;Version of the Legislation with an updated draft attached: Jogorku Kenesh of the Kyrgyz Republic, From November 17, 2020, the draft Law of the Kyrgyz Republic “On the appointment of a referendum (nationwide vote) on the draft Law of the Kyrgyz Republic “On the Constitution of the Kyrgyz Republic”, November 2020, http://kenesh.kg/ru/article/show/7324/na-obshtestvennoe-obsuzhdenie-s-17-noyabrya-2020-goda-vinositsya-proekt-zakona-kirgizskoy-respubliki-o-naznachenii-referenduma-vsenarodnogo-golosovaniya-po-proektu-zakona-kirgizskoy-respubliki-o-konstitutsii-kirgizskoy-respubliki"),
        (5607, 121, "Alisher Khamidov, Brewing ethnic tension causing worry in south Kyrgyzstan, Refworld, November 2002, https://www.refworld.org/docid/46cc322dc.html"),
        (5607, 122, "Erica Marat, National Investigation of the Osh Violence Yields Little Results, Refworld, January 2011, https://www.refworld.org/docid/4d469cb52.html; Human Rights Watch, “Where is the Justice?” Interethnic Violence in Southern Kyrgyzstan and its Aftermath, August 2010, https://www.hrw.org/report/2010/08/16/where-justice/interethnic-violence-southern-kyrgyzstan-and-its-aftermath"),
        (5987, 1, "Casey Michel, Nazarbayev and the Rise of the Kleptocrats, October 2016, https://thediplomat.com/2016/10/nazarbayev-and-the-rise-of-the-kleptocrats/"),
        (5987, 12, "Department for International Trade, Kazakhstan Investment Factsheet, July 2021, https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/998607/kazakhstan-trade-and-investment-factsheet-2021-07-07.pdf"),
        (5954, 1, "Кытай Коммунистик партиясына шилтеме жасабастан, доктор Мартин Лютер Кинг-кичүүсүнүн рухуна көңүл буруу."),
        (5954, 21, "Кыргыз Республикасынын Жогорку Кеңеши, Кыргыз Республикасынын Конституциясы жөнүндө\"Кыргыз Республикасынын мыйзам долбоору боюнча референдумду (бүткүл элдик добуш берүүнү) дайындоо тууралуу” Кыргыз Республикасынын мыйзам долбоору 2020-жылдын 17-ноябрынан тарта коомдук талкууга коюлат, ноябрь 2020, http://www.kenesh.kg/ru/article/show/7324/na-obshtestvennoe-obsuzhdenie-s-17-noyabrya-2020-goda-vinositsya-proekt-zakona-kirgizskoy-respubliki-o-naznachenii-referenduma-vsenarodnogo-golosovaniya-po-proektu-zakona-kirgizskoy-respubliki-o-konstitutsii-kirgizskoy-respubliki (2021-жылдын февраль айында чыккан варианты 2021)"),
        (5954, 24, "Күн тартибин мурун орун алган тандалма куугунтуктоо менен жашыруун сөз байлашуулар үчүн колдонулгандын ордуна."),
        (5636, 1, "This comprised five publications and a number of events that sought to inform the public debate around the Integrated Review, https://fpc.org.uk/programmes/finding-britains-role-in-the-world/. The views expressed here represent the personal views of FPC Director Adam Hug based on the ‘Finding Britain’s role in changing world’ research in 2020."),
        (5636, 5, "The cost and benefits of such a tilt are addressed in the FPC previous work."),
        (5763, 1, "Avery Koop, Mapped: The 25 Poorest Countries in the World, Visual Capitalist, April 2021, https://www.visualcapitalist.com/mapped-the-25-poorest-countries-in-the-world/; Tajikistan’s position is slightly better when it is ranked by purchasing power parity."),
        (5763, 15, "While some of these recommendations build on the analysis and suggestions made by individual essay contributors they are the sole responsibility of the publication’s editor. He is extremely aware that some of the recommendations to the Government of Tajikistan, particularly the initial requests, are somewhat aspirational in nature given the current circumstances."),
    ]

    @Test func noteTextsAsWritten() {
        for (id, number, text) in Self.noteTexts {
            #expect(Self.content(id).note(number)?.plainText == text, "chapter \(id) note \(number)")
        }
    }

    @Test func noteURLs() throws {
        let kz = Self.content(6003)
        #expect(kz.note(1)?.urls == ["https://fpc.org.uk/state-building-myths-in-central-asia/"])
        // Several URLs in one note, separated by `; `; a URL glued to the next source ends at its file type.
        #expect(kz.note(4)?.urls.count == 2)
        #expect(kz.note(75)?.urls.contains("https://www.rferl.org/a/kazakh-court-convicts-activist-charged-with-assaulting-police/30779401.html") == true)
        // A trailing full stop is punctuation: `…?pdf=36177. Though Kazakhstan…`.
        #expect(kz.note(24)?.urls == ["https://cabar.asia/en/pandemic-and-human-rights-only-repressive-system-is-functioning-in-kazakhstan?pdf=36177"])
        // A `)` that belongs to the URL stays.
        #expect(Self.content(5806).note(6)?.urls.first?.hasSuffix("National%20Reconciliation%20(23%20December%201996)") == true)
    }

    @Test(arguments: [
        (6003, 39, 38), (6003, 79, 78), (6003, 101, 100), (5806, 3, 2), (5806, 11, 10), (5806, 12, 10), (5806, 57, 56),
        (5806, 128, 127), (5806, 153, 152), (5987, 3, 2), (5954, 22, 21), (5845, 138, 137),
    ])
    func ibidTargets(id: Int, note: Int, target: Int) {
        let n = Self.content(id).note(note)
        #expect(n?.isIbid == true)
        #expect(n?.ibid == target)
    }

    @Test func ibidOnlyWhereWritten() {
        // `…73HibIdJ1tI…` inside a URL of 5845 note 158 is not an Ibid.
        #expect(Self.content(5845).note(158)?.isIbid == false)
        let ibids = Self.library.chapters.flatMap { c in Self.content(c.id).notes.filter(\.isIbid).map { "\(c.id)/\($0.number)" } }
        // 5607's 138 is 5845's `жогорудагы шилтеме`, recovered from the Kyrgyz edition (issue 11).
        #expect(ibids.sorted() == ["5607/138", "5806/11", "5806/12", "5806/128", "5806/153", "5806/3", "5806/57", "5845/138", "5954/22", "5987/3", "6003/101", "6003/39", "6003/79"])
    }

    @Test func everyCitationInACompleteChapterResolves() {
        for chapter in Self.library.chapters where !chapter.truncated {
            let content = Self.content(chapter.id)
            #expect(content.findings.isEmpty, "chapter \(chapter.id): \(content.findings)")
            for section in content.sections {
                for citation in section.blocks.flatMap(\.citations) {
                    #expect(content.note(citation.number, scope: citation.scope) != nil, "chapter \(chapter.id) [\(citation.number)]")
                }
            }
        }
    }

    @Test func truncatedChapterReportsMarkersBeyondItsLastNote() {
        // The dump alone, before the Kyrgyz edition fills in 123–185 (EditionTests).
        let content = ChapterRecovery.recover(Self.library.chapter(id: 5607)!.post)
        let undefined = content.findings.filter { $0.code == .undefinedCitation && $0.scope == .chapter }.compactMap(\.number)
        #expect(undefined == Array(123...185))
        #expect(content.findings.contains { $0.code == .undefinedCitation && $0.scope == .box(0) && $0.number == 1 })
        #expect(content.notes.last?.possiblyTruncated == true)
        #expect(content.findings.contains { $0.code == .truncatedNote && $0.number == 122 })
        #expect(content.notes.dropLast().allSatisfy { !$0.possiblyTruncated })
    }

    @Test func wordsWithInnerCapitalsAreNotHeadings() {
        let all = Self.library.chapters.flatMap { Self.headings($0.id) }
        for word in ["YouTube", "openDemocracy", "OpenDemocracy", "McCloskey", "QazVac", "WhatsApp", "МакГлинчи", "TajikGaz", "eProcurement"] {
            #expect(!all.contains { $0.contains(word) }, "\(word)")
        }
        // And the sentences holding them are intact.
        let text = Self.content(6003).sections.flatMap(\.blocks).map(\.plainText).joined(separator: "\n")
        #expect(text.contains("A recent report by openDemocracy and local journalists"))
        #expect(text.contains("take over his YouTube channel"))
    }

    @Test func sentencesCutByStrayBreaksAreRejoined() {
        let kz = Self.content(6003).sections.flatMap(\.blocks).map(\.plainText)
        #expect(kz.contains { $0.contains("human rights defenders put the figure at around 20 (many of whom") })
        #expect(kz.contains { $0.contains("In 2018 2,500 ethnic Kazakhs were allowed") })
        #expect(kz.contains { $0.contains("Wolt and Glovo have engaged in public protests") })
        #expect(kz.contains { $0.contains("on the world stage Kazakhstan. The country has remained") })
        let kg = Self.content(5607).sections.flatMap(\.blocks).map(\.plainText)
        #expect(kg.contains { $0.contains("Spiritual Administration of the Muslims of Central Asia) and") })
        #expect(kg.contains { $0.contains("freedom of speech and the media will continue") })
        #expect(kg.contains { $0.contains("Zoya Falkova’s Evermust, a punching bag") })
    }

    @Test func paragraphsListsAndCredits() throws {
        let summary = Self.content(6005)
        let blocks = summary.sections.flatMap(\.blocks)
        let lists = blocks.compactMap { if case .list(let items) = $0 { return items } else { return nil } }
        #expect(lists.map(\.count) == [10, 2])
        #expect(lists[0][0].plainText == "Stop targeting NGOs with punitive tax inspections and burdensome reporting requirements;")
        // The lead-in sentence stays a paragraph of its own, just before its list.
        let leadIn = try #require(blocks.firstIndex { $0.plainText == "Based on the findings of the research in this publication the Government of Kazakhstan should:" })
        if case .list = blocks[leadIn + 1] {} else { Issue.record("the lead-in is followed by its list") }
        #expect(blocks.last == .credit("Image by Jussi Toivanen under (CC)."))
        #expect(!blocks.contains { if case .paragraph = $0 { return $0.plainText.contains("Image by") } else { return false } })
        #expect(Self.content(5954).sections.flatMap(\.blocks).contains(.credit("Сүрөт by Dan Lundberg under (CC).")))
    }

    @Test func periodGluedToACapitalBreaksTheParagraph() {
        let texts = Self.content(6003).sections[1].blocks.map(\.plainText)
        #expect(texts.contains { $0.hasSuffix("the Junior Horde (Kishi juz).") })
        #expect(texts.contains { $0.hasPrefix("The history of the Kazakh Khanate has been used") })
    }

    @Test func citationsKnowWhereTheyStand() throws {
        let kz = Self.content(6003)
        let note1 = try #require(kz.note(1))
        #expect(note1.citedBy.count == 1)
        #expect(kz.heading(at: note1.citedBy[0]) == "A very brief history of Kazakhstan")
        let note140 = try #require(kz.note(140))
        #expect(kz.heading(at: note140.citedBy[0]) == "International influence")
    }

    @Test func reportsGroupSeriesAndSubject() {
        let reports = Self.library.reports
        // The three Kyrgyz posts are the Kyrgyz edition of the Kyrgyzstan report (issue 11, EditionTests),
        // which stands where its first chapter in the dump (5930) stood.
        #expect(reports.map(\.title) == [
            "Retreating Rights – Kazakhstan", "Retreating Rights – Kyrgyzstan", "Retreating Rights – Tajikistan",
            "Building on the Integrated Review",
        ])
        #expect(reports[0].chapters.map(\.id) == [6005, 6003, 5987])
        #expect(reports[2].chapters.map(\.id) == [5811, 5806, 5763])
        // The untitled, truncated introduction joins its report by its first heading.
        #expect(reports[1].editions[0].chapters.map(\.id) == [5612, 5607])
        #expect(reports[1].language == .english)
        // Title grouping alone still sees the Kyrgyz posts as reports of their own.
        let byTitle = ReportGrouping.group(Self.library.chapters)
        #expect(byTitle.filter { $0.language == .kyrgyz }.map { $0.chapters.map(\.id) } == [[5930], [5845], [5954]])
    }

    @Test func titlePartsFoldDashes() {
        for dash in ["-", "–", "—"] {
            let p = ReportGrouping.parts(of: "Retreating Rights \(dash) Kazakhstan: Introduction")
            #expect(p == ReportGrouping.TitleParts(series: "Retreating Rights", subject: "Kazakhstan", part: "Introduction"))
        }
        #expect(ReportGrouping.parts(of: "Building on the Integrated Review") == nil)
        #expect(ReportGrouping.rank("Executive Summary") < ReportGrouping.rank("Introduction"))
        #expect(ReportGrouping.rank("Introduction") < ReportGrouping.rank("Conclusions and recommendations"))
    }
}
