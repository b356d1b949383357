/// Works cited by 77 notes of the sample, labelled by hand from `ibid notes ID` — read, not produced
/// by the parser — so the parser's accuracy can be measured against them (`CitationAccuracyTests`).
///
/// Ranges were taken whole, easy and hard notes alike: the Kazakhstan introduction (6003) notes
/// 1–40, the Tajikistan introduction (5806) notes 1–20, the Kyrgyz chapter (5845) notes 1–15, plus
/// 6003's notes 75 and 104, the two run-together cases the issue names.
///
/// An author is `"Family, Given"` for a person and `"=Name"` for an organisation (CSL `literal`);
/// a date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A note that is commentary, or an Ibid, has no works
/// of its own. Where the note has a typo the label says what the note means when that is plain
/// (6003/75's glued URL), and what it says otherwise.
struct LabelledWork: Sendable {
    let authors: [String]
    let title: String?
    let container: String?
    let issued: String?
    let url: String?
    let type: String
}

struct LabelledNote: Sendable {
    let chapter: Int
    let note: Int
    let works: [LabelledWork]
    /// An Ibid note: it adds its number to the work it repeats instead of giving its own.
    let ibid: Bool
}

private func w(_ authors: [String], _ title: String?, _ container: String?, _ issued: String?, _ url: String?, _ type: String) -> LabelledWork {
    LabelledWork(authors: authors, title: title, container: container, issued: issued, url: url, type: type)
}

private func n(_ chapter: Int, _ note: Int, _ works: LabelledWork...) -> LabelledNote {
    LabelledNote(chapter: chapter, note: note, works: works, ibid: false)
}

private func ibid(_ chapter: Int, _ note: Int, _ works: LabelledWork...) -> LabelledNote {
    LabelledNote(chapter: chapter, note: note, works: works, ibid: true)
}

private let news = "article-newspaper"

enum CitationLabels {
    static let notes: [LabelledNote] = kazakhstan + tajikistan + kyrgyz

    static let kazakhstan: [LabelledNote] = [
        n(6003, 1, w(["Olmos, Francisco"], "State-building myths in Central Asia", "Foreign Policy Centre", "2019-10", "https://fpc.org.uk/state-building-myths-in-central-asia/", "report")),
        n(6003, 2, w(["Yan, Wudan"], "The nuclear sins of the Soviet Union live on in Kazakhstan", "Nature", "2019-04", "https://www.nature.com/articles/d41586-019-01034-8", "article-journal")),
        n(6003, 3, w(["=Institute of Demography named after A.G. Vishnevsk National Research University Higher School of Economics"], "1989 All-Union Population Census National composition of the population in the republics of the USSR: Kazakh SSR", nil, nil, "http://www.demoscope.ru/weekly/ssp/sng_nac_89.php?reg=5", "webpage")),
        n(6003, 4,
          w(["Zhanmukanova, Alimana"], "Is Northern Kazakhstan at Risk to Russia?", "The Diplomat", "2021-04", "https://thediplomat.com/2021/04/is-northern-kazakhstan-at-risk-to-russia/", news),
          w(["=RFE/RL"], "A Tale Of Russian Separatism In Kazakhstan", nil, "2014-08", "https://www.rferl.org/a/qishloq-ovozi-kazakhstan-russian-separatism/25479571.html", news)),
        n(6003, 5, w(["=CIA World Factbook"], "Kazakhstan", nil, nil, "https://www.cia.gov/the-world-factbook/countries/kazakhstan/#people-and-society", "webpage")),
        n(6003, 6, w(["Zhanmukanova, Alimana"], "Is Northern Kazakhstan at Risk to Russia?", "The Diplomat", "2021-04", "https://thediplomat.com/2021/04/is-northern-kazakhstan-at-risk-to-russia/", news)),
        n(6003, 7, w(["=The World Bank"], "GDP growth (annual per cent) – Kazakhstan", nil, nil, "https://data.worldbank.org/indicator/NY.GDP.MKTP.KD.ZG?locations=KZ", "webpage")),
        n(6003, 8, w(["=IEA"], "Kazakhstan energy profile", nil, "2020-04", "https://www.iea.org/reports/kazakhstan-energy-profile", "report")),
        n(6003, 9, w(["Totaro, Maurizio"], "Collecting beetles in Zhanaozen: Kazakhstan’s hidden tragedy", "openDemocracy", "2021-05", "https://www.opendemocracy.net/en/odr/yrysbek-dabei-zhanaozen-kazakhstans-hidden-tragedy/", news)),
        n(6003, 10, w(["Abdurasulov, Abdujalil"], "Kazakhstan's land reform protests explained", nil, "2016-04", "https://www.bbc.co.uk/news/world-asia-36163103", news)),
        n(6003, 11,
          w(["=UN Human Rights"], "“Kazakhstan should release rights defenders Bokayev and Ayan” – UN experts", nil, "2016-12", "https://www.ohchr.org/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=20990&LangID=E", "webpage"),
          w(["McCloskey, Sarah"], "Why Kazakh political prisoner Max Bokayev should be released", "openDemocracy", "2019-04", "https://www.opendemocracy.net/en/odr/why-kazakh-political-prisoner-max-bokayev-should-be-released/", news)),
        n(6003, 12,
          w(["Putz, Catherine"], "Kazakhstan Cracks Down on Weekend Protests", "The Diplomat", "2016-05", "https://thediplomat.com/2016/05/kazakhstan-cracks-down-on-weekend-protests/", news),
          w(["=Eurasianet"], "Kazakhstan Takes Autocratic Turn With Mass Detentions", nil, "2016-05", "https://eurasianet.org/kazakhstan-takes-autocratic-turn-mass-detentions", news)),
        n(6003, 13, w(["Putz, Catherine"], "Kazakhstan Bans Sale of Agricultural Lands to Foreigners", "The Diplomat", "2021-05", "https://thediplomat.com/2021/05/kazakhstan-bans-sale-of-agricultural-lands-to-foreigners/", news)),
        n(6003, 14, w(["Trilling, David"], "China’s water use threatens Kazakhstan’s other big lake", "Eurasianet", "2021-03", "https://www.intellinews.com/china-s-water-use-threatens-kazakhstan-s-other-big-lake-207026/", news)),
        n(6003, 15,
          w(["=RFE/RL Kazakh Service"], "Dozens Of Mothers Protest In Kazakhstan Demanding Government Support", nil, "2019-02", "https://www.rferl.org/a/dozens-of-mothers-protest-in-kazakhstan-demanding-government-support/29759290.html", news),
          w(["=RFE/RL Kazakh Service"], "Angry Kazakh Mothers Demand Reforms After Five Girls Die In House Fire", nil, "2019-02", "https://www.rferl.org/a/angry-kazakh-mothers-demand-reforms-after-five-girls-die-in-house-fire/29771963.html", news)),
        n(6003, 16),
        n(6003, 17,
          w(["Sorbello, Paolo"], "Kazakhstan celebrates its leader with two more statues", "Global Voices", "2021-07", "https://globalvoices.org/2021/07/06/kazakhstan-celebrates-its-leader-with-two-more-statues/", news),
          w(["Roth, Andrew"], "Oliver Stone derided for film about ‘modest’ former Kazakh president", "The Guardian", "2021-07", "https://www.theguardian.com/world/2021/jul/11/oliver-stone-film-ex-kazakhstan-president-nursultan-nazabayev", news),
          w(["Lillis, Joanna"], "Kazakhstan’s golden man gets the Oliver Stone treatment", "Eurasianet", "2021-07", "https://eurasianet.org/kazakhstans-golden-man-gets-the-oliver-stone-treatment", news)),
        n(6003, 18, w(["Putz, Catherine"], "Kazakhstan Remains Nazarbayev’s State", "The Diplomat", "2019-10", "https://thediplomat.com/2019/10/kazakhstan-remains-nazarbayevs-state/", news)),
        n(6003, 19, w(["=Global Monitoring"], "COVID-19 pandemic – Kazakhstan", nil, nil, "https://global-monitoring.com/gm/page/events/epidemic-0001994.sOJcVU487awH.html?lang=en", "webpage")),
        n(6003, 20, w(["=World Health Organisation"], "COVID-19 Kazakhstan", nil, nil, "https://covid19.who.int/region/euro/country/kz", "webpage")),
        n(6003, 21, w(["=Qazaqstan TV News"], "Doctors of the capital showed the situation inside the hospital", nil, "2021-07", "https://qazaqstan.tv/news/143209/", news)),
        n(6003, 22,
          w(["Tompson, William"], "Twitter post", "Twitter", "2021-04", "https://twitter.com/william_tompson/status/1385102759117180931?s=20", "post"),
          w(["Mazorenko, Dmitriy", "Zheniskhan, Dariya", "Kaisar, Almas"], "Kazakhstan is caught in a vicious cycle of debt. The pandemic has only made it worse", "openDemocracy", "2021-06", "https://www.opendemocracy.net/en/odr/kazakhstan-caught-vicious-cycle-debt-pandemic-has-only-made-it-worse/", news)),
        n(6003, 23,
          w(["Asylbek, Bagdat"], "Diagnosis: \"devastation\". Kazakhstani health care and pandemic", "Radio Azattyq", "2020-08", "https://rus.azattyq.org/a/kazakhstan-coronavirus-national-health-system/30768857.html", news),
          w(["Kumenov, Almaz"], "Kazakhstan: Former health minister arrested", "Eurasianet", "2020-11", "https://eurasianet.org/kazakhstan-former-health-minister-arrested", news)),
        n(6003, 24, w(["Toregozhina, Bakhytzhan"], "Pandemic and Human Rights: Only Repressive System is Functioning in Kazakhstan", "Cabar Central Asia", "2020-07", "https://cabar.asia/en/pandemic-and-human-rights-only-repressive-system-is-functioning-in-kazakhstan?pdf=36177", news)),
        n(6003, 25, w(["Aimbetova, Madina"], "Freedom of expression in Kazakhstan still a distant prospect, says prosecuted activist", "Global Voices", "2020-07", "https://globalvoices.org/2020/07/15/freedom-of-expression-in-kazakhstan-still-a-distant-prospect-says-jailed-activist/", news)),
        n(6003, 26,
          w(["=IPHR"], "Kazakhstan: Massive restrictions on expression during Covid-19; sudden banning of peaceful opposition", nil, "2020-08", "https://www.iphronline.org/kazakhstan-massive-restrictions-on-expression-during-covid-19-sudden-banning-of-peaceful-opposition.html", "report"),
          w(["Kashgarian, Asim"], "Rights Groups: Kazakh Authorities Use Coronavirus to Smother Political Dissent", "VOA News", "2020-11", "https://www.voanews.com/extremism-watch/rights-groups-kazakh-authorities-use-coronavirus-smother-political-dissent", news)),
        n(6003, 27, w(["Bell, Jeff"], "Twitter post", "Twitter", "2021-01", "https://twitter.com/ImJeffBell/status/1347934173433106435?s=20", "post")),
        n(6003, 28, w(["Kumenov, Almaz"], "Kazakhstan: Authorities use pandemic to quash protests", "Eurasianet", "2021-03", "https://eurasianet.org/kazakhstan-authorities-use-pandemic-to-quash-protests", news)),
        n(6003, 29, w(["=DW"], "Kazakhstan abolishes death penalty", nil, "2021-01", "https://www.dw.com/en/kazakhstan-abolishes-death-penalty/a-56117176", news)),
        n(6003, 30, w(["=Radio Azattyk"], "Direct elections of rural akims: the campaign has not started yet, but obstacles are already being raised", nil, "2021-05", "https://rus.azattyq.org/a/31240547.html", news)),
        n(6003, 31, w(["=OSCE Office for Democratic Institutions and Human Rights"], "Parliamentary Elections", nil, "2021-01", "https://www.osce.org/odihr/elections/kazakhstan/470850", "report")),
        n(6003, 32, w(["=OSCE Office for Democratic Institutions and Human Rights"], "Parliamentary Elections", nil, "2021-01", "https://www.osce.org/odihr/elections/kazakhstan/470850", "report")),
        n(6003, 33, w(["Lillis, Joanna"], "Kazakhstan: Civil society complains of pre-election pressure", "Eurasianet", "2020-12", "https://eurasianet.org/kazakhstan-civil-society-complains-of-pre-election-pressure", news)),
        n(6003, 34, w(["Kumenov, Almaz"], "Kazakhstan: Nervous authorities keep election observers at arm’s length", "Eurasianet", "2021-01", "https://eurasianet.org/kazakhstan-nervous-authorities-keep-election-observers-at-arms-length", news)),
        n(6003, 35, w(["=The Economist"], "All the parties in Kazakhstan’s election support the government", nil, "2021-01", "https://www.economist.com/asia/2021/01/09/all-the-parties-in-kazakhstans-election-support-the-government", news)),
        n(6003, 36, w(["Kumenov, Almaz"], "Kazakhstan: Nervous authorities keep election observers at arm’s length", "Eurasianet", "2021-01", "https://eurasianet.org/kazakhstan-nervous-authorities-keep-election-observers-at-arms-length", news)),
        n(6003, 37, w(["=RFE/RL"], "Kazakh Opposition Figure Calls On Supporters To Vote To Expose 'Opposition' Party", nil, "2020-11", "https://www.rferl.org/a/kazakh-opposition-figure-calls-on-supporters-to-vote-to-expose-opposition-party/30956477.html", news)),
        n(6003, 38, w(["Lillis, Joanna"], "Dark Shadows: Inside the Secret World of Kazakhstan", "IB Taurus", "2018-10", nil, "book")),
        ibid(6003, 39),
        n(6003, 40, w(["=Hogan Lovells"], "Hogan Lovells Secures Major High Court Victory for BTA Bank in US $6bn Fraud Case", nil, "2018-08", "https://www.hoganlovells.com/en/news/hogan-lovells-secures-major-high-court-victory-for-bta-bank-in-us-6bn-fraud-case", "webpage")),
        // A URL run into the next work: `….htmlIPHR, Kazakhstan: …`.
        n(6003, 75,
          w(["=IPHR"], "Kazakhstan: Massive restrictions on expressions during COVID-19; sudden banning of peaceful opposition", nil, "2020-08", "https://www.iphronline.org/kazakhstan-massive-restrictions-on-expression-during-covid-19-sudden-banning-of-peaceful-opposition.html", "report"),
          w(["=IPHR"], "Kazakhstan: Free civil rights defender Asya Tulesova", nil, "2020-06", "https://www.iphronline.org/kazakhstan-free-civil-rights-defender-asya-tulesova.html", "report"),
          w(["=RFE/RL’s Kazakh Service"], "Kazakh Court Convicts Activist Charged With Assaulting Police", nil, "2020-08", "https://www.rferl.org/a/kazakh-court-convicts-activist-charged-with-assaulting-police/30779401.html", news),
          w(["=IPHR"], "Kazakhstan: Free civil rights defender Asya Tulesova", nil, "2020-06", "https://www.iphronline.org/kazakhstan-free-civil-rights-defender-asya-tulesova.html", "report")),
        // `…#sub_id=100CPJ, Kazakhstan adopts…`: the second work's author glued to the first's URL.
        n(6003, 104,
          w([], "Order of the Minister of Culture and Information of the Republic of Kazakhstan dated June 21, 2013 No. 138", nil, "2013-06-21", "https://online.zakon.kz/m/document/?doc_id=31431046#sub_id=100", "legislation"),
          w(["=CPJ"], "Kazakhstan adopts new accreditation requirements that journalists fear will promote censorship", nil, "2021-03", "https://cpj.org/2021/03/kazakhstan-adopts-new-accreditation-requirements-that-journalists-fear-will-promote-censorship/", "webpage")),
    ]

    static let tajikistan: [LabelledNote] = [
        n(5806, 1,
          w(["Abdullaev, Kamoludin", "Barnes, Catherine"], "Politics of compromise: The Tajikistani peace process", "Conciliation Resources", "2001-04", "https://www.c-r.org/accord/tajikistan/tajik-civil-war-causes-and-dynamics", "report"),
          w(["Olmos, Francisco"], "State-building myths in Central Asia", "FPC", "2019-10", "https://fpc.org.uk/state-building-myths-in-central-asia/", "report")),
        n(5806, 2, w(["Abdullaev, Kamoludin", "Barnes, Catherine"], "Politics of compromise: The Tajikistani peace process", "Conciliation Resources", "2001-04", "https://www.c-r.org/accord/tajikistan/tajik-civil-war-causes-and-dynamics", "report")),
        ibid(5806, 3),
        n(5806, 4, w(["Erlanger, Steven"], "After Week of Turmoil, Tajik President Is Forced Out", "The New York Times", "1992-09", "https://www.nytimes.com/1992/09/08/world/after-week-of-turmoil-tajik-president-is-forced-out.html", news)),
        n(5806, 5, w(["Heathershaw, John", "Mullojonov, Parviz"], "Elite Bargains and Political Deals Project: Tajikistan Case Study", "Stabilisation Unit, UK Government", "2018-02", "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/766056/Tajikistan_case_study.pdf", "report")),
        n(5806, 6, w(["=United Nations Peacemaker"], "General Agreement on the Establishment of Peace and National Accord in Tajikistan", nil, "1997-06", "https://peacemaker.un.org/tajikistan-general-agreement97#:~:text=Document%20Retrieval-,General%20Agreement%20on%20the%20Establishment%20of%20Peace%20and%20National%20Accord,Summary%3A&text=Agreement%20between%20the%20President%20of,National%20Reconciliation%20(23%20December%201996)", "webpage")),
        n(5806, 7, w(["Abdullaev, Kamoludin", "Barnes, Catherine"], "Politics of compromise: The Tajikistani peace process", "Conciliation Resources", "2001-04", "https://www.c-r.org/accord/tajikistan/key-elements-tajikistan-peace-agreement", "report")),
        n(5806, 8, w(["=International Crisis Group"], "Tajikistan: An Uncertain Peace", nil, "2001-12", "https://www.crisisgroup.org/europe-central-asia/central-asia/tajikistan/tajikistan-uncertain-peace", "report")),
        n(5806, 9, w(["=OSCE ODIHR"], "Republic of Tajikistan-Elections to the Parliament 27 February 2000", nil, "2000-05", "https://www.osce.org/files/f/documents/5/e/15984.pdf", "report")),
        n(5806, 10, w(["Heathershaw, John", "Mullojonov, Parviz"], "Elite Bargains and Political Deals Project: Tajikistan Case Study", "Stabilisation Unit, UK Government", "2018-02", "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/766056/Tajikistan_case_study.pdf", "report")),
        ibid(5806, 11),
        ibid(5806, 12,
          w(["=RFE/RL’s Tajik Service"], "Tajik Politician Sent To Remote Jail After Interview", "RFE/RL", "2015-08", "https://www.rferl.org/a/tajik-politician-sent-remote-jail-after-rferl-interview/27196543.html", news),
          w(["Mahbatsho, Saodat"], "Tajikistan: Mysterious Death Raises Concerns About Militant Returns", "Eurasianet", "2009-07", "https://eurasianet.org/tajikistan-mysterious-death-raises-concerns-about-militant-returns", news)),
        n(5806, 13, w(["Kaminski, Bartlomiej", "Mitra, Saumya"], "Borderless Bazaars and Regional Integration in Central Asia", "The World Bank", "2012-05", "http://documents1.worldbank.org/curated/en/108461468016850647/pdf/693110PUB0publ067926B09780821394717.pdf", "report")),
        n(5806, 14,
          w(["Rahmani, Bardia"], "How the War on Drugs Is Making Tajikistan More Authoritarian", "The Diplomat", "2018-07", "https://thediplomat.com/2018/07/how-the-war-on-drugs-is-making-tajikistan-more-authoritarian/", news),
          w(["Trilling, David"], "Tajikistan: Migrant Remittances Now Exceed Half of GDP", "Eurasianet", "2014-04", "https://eurasianet.org/tajikistan-migrant-remittances-now-exceed-half-of-gdp", news)),
        n(5806, 15, w(["=Foreign Assistance"], "Tajikistan: Foreign Assistance", nil, "2021-04", "https://www.foreignassistance.gov/explore/country/Tajikistan", "webpage")),
        n(5806, 16, w(["=OSCE"], "Elections in Tajikistan", nil, nil, "https://www.osce.org/odihr/elections/tajikistan?page=1", "webpage")),
        n(5806, 17, w(["=Lenta.ru"], "The President of Tajikistan cut off the Russian ending from his last name", nil, "2007-03", "https://lenta.ru/news/2007/03/21/name", news)),
        n(5806, 18, w(["=RFE/RL’s Tajik Service"], "Tajik Lawmakers Approve Bill Banning Russified Surnames", "RFE/RL", "2020-04", "https://www.rferl.org/a/tajik-lawmakers-approve-bill-banning-russified-surnames/30583762.html", news)),
        n(5806, 19,
          w(["Sheraliev, Khiradmand"], "A Critical Lesson for Tajikistan: The State of Migrant Workers in 2020", "The Diplomat", "2021-01", "https://thediplomat.com/2021/01/a-critical-lesson-for-tajikistan-the-plight-of-migrant-workers-in-2020/", news),
          w(["=Eurasianet"], "What’s Behind Tajikistan’s Web Woes", nil, "2015-09", "https://eurasianet.org/whats-behind-tajikistans-web-woes", news)),
        n(5806, 20, w(["=RFE/RL’s Tajik Service"], "SMS Services Down In Tajikistan After Protest Calls", "RFE/RL", "2014-10", "https://www.rferl.org/a/tajikistan-sms-internet-group-24-quvatov-phone-message-blockage-dushanbe/26630390.html", news)),
    ]

    static let kyrgyz: [LabelledNote] = [
        n(5845, 1),
        n(5845, 2, w(["=Европа Тышкы иштер Кызматы (EEAS)"], "Европа Биримдигинин 2019-жылдын дүйнөдөгү демократия жана адам укуктары боюнча жылдык доклады, өлкөлөр боюнча жаңы маалыматтар", nil, nil, "https://eeas.europa.eu/sites/eeas/files/201007_eu_country_updates_on_human_rights_and_democracy_2019.pdf", "report")),
        n(5845, 3),
        n(5845, 4, w(["Олмос, Франциско"], "Борбордук Азиядагы мамлекет негиздөөчү уламыштар", "Форэйн Полиси Центр (FPC – Тышкы саясаттын борбору)", "2019-10", "https://fpc.org.uk/state-building-myths-in-central-asia/", "report")),
        n(5845, 5, w(["=BBC Жаңылыктардын Каналы"], "профиль баракчасы: Аскар Акаев", nil, "2005-04", "http://news.bbc.co.uk/1/hi/world/asia-pacific/4371819.stm", "webpage")),
        n(5845, 6,
          w(["Путц, Катэрина"], "Кыргызстан жана Белоруссия: Куттуктоолор жана протест ноталары", nil, "2020-08", "https://thediplomat.com/2020/08/kyrgyzstan-and-belarus-congratulations-and-notes-of-protest/", news),
          w([], nil, nil, nil, "https://eurasianet.org/lukashenko-appears-alongside-dead-ex-kyrgyz-pm-after-protests", "webpage"),
          w(["Талант, Бермет"], "Твиттердеги пост", "Twitter", "2020-08", "https://twitter.com/ser_ou_parecer/status/1292758150333059072?s=11", "post")),
        n(5845, 7, w(["=ЕККУнун Адам укуктары жана демократиялык институттар боюнча Бюросу"], nil, "ЕККУ", "2017-10", "https://www.osce.org/odihr/elections/kyrgyzstan/333296", "report")),
        n(5845, 8, w(["=Эл аралык каатчылык тобу"], "Он жылга толгон Кыргызстан: “Демократиянын аралчасындагы” маселе", nil, "2001-08", "https://www.crisisgroup.org/europe-central-asia/central-asia/kyrgyzstan/kyrgyzstan-ten-trouble-island-democracy", "report")),
        n(5845, 9),
        n(5845, 10,
          w(["=Дүйнөлүк Банк"], "калктын жан башына эсептелген ИДП (учурдагы АКШ доллар боюнча) – Кыргыз Республикасы", nil, nil, "https://data.worldbank.org/indicator/NY.GDP.PCAP.CD?locations=KG", "webpage"),
          w(["=Дүйнөлүк Банк"], "жеке акча которуулардан түшкөн каражаттардын саны (ИДПнын %) – Кыргыз Республикасы", nil, nil, "https://data.worldbank.org/indicator/BX.TRF.PWKR.DT.GD.ZS?locations=KG", "webpage")),
        n(5845, 11,
          w(["=Transparency International"], "Коррупцияны кабылдоо индекси – 2020", nil, nil, "https://www.transparency.org/en/cpi/2020/index/kgz#", "webpage"),
          w(["=Freedom House"], "Nations in Transit 2020, Kyrgyzstan", nil, nil, "https://freedomhouse.org/country/kyrgyzstan/nations-transit/2020", "report"),
          w(["=Freedom House"], "2020-жылдагы дүйнөдөгү эркиндик, Кыргызстан", nil, nil, "https://freedomhouse.org/country/kyrgyzstan/freedom-world/2020", "report")),
        n(5845, 12,
          w(["Лелик, Анна"], "Талаштуу “Тышкы агент” аттуу мыйзам долбоору Кыргызстандын парламенти тарабынан четке кагылды", "The Guardian", "2016-05", "https://www.theguardian.com/world/2016/may/12/foreign-agent-law-shot-down-by-kyrgyzstan-parliament", news),
          w(["=FPC"], "Начар тажрыйба менен бөлүшүү: Мурунку Советтик Союздагы мамлекеттер жана институттар репрессиянын расмий ыкмаларын иштеп чыгууга көрсөткөн жардамы", nil, "2016-05", "https://fpc.org.uk/publications/sharingworstpractice/", "report")),
        n(5845, 13, w([], "Мурунку Советтер Союзунун мамлекеттеринде либералдык эмес жарандык коомдун өсүшү", nil, "2018", "https://fpc.org.uk/publications/the-rise-of-illiberal-civil-society-in-the-former-soviet-union/", "report")),
        n(5845, 14,
          w(["Эшалиева, Камила"], "Кыргызстанда Кытайга каршы маанайлар өсүудөбү?", "openDemocracy (оупен демокраси – көз карандысыз глобалдык медиа платформасы)", "2019-03", "https://www.opendemocracy.net/en/odr/anti-chinese-mood-growing-kyrgyzstan/", news),
          w(["Алиев, Нурлан"], "Кыргыстандагы кытайлык мигранттарга каршы протест: Синофобиябы же социалдык адилеттикке талабыбы?", "Борбордук Азия-Кавказ институту", "2019-04", "http://www.cacianalyst.org/publications/analytical-articles/item/13568-protest-against-chinese-migrants-in-kyrgyzstan-sinophobia-or-demands-for-social-justice", news),
          w(["Триллинг, Дэвид"], "Изилдөө көрсөткөндөй, өзбектердин жана башка коңшу мамлекеттердин кытайлык инвестицияларга болгон ишеними кичирейүүдө", "Eurasianet", "2020-10", "https://eurasianet.org/poll-shows-uzbeks-like-neighbors-growing-leery-of-chinese-investments", news),
          w(["=Рэйтерс(Reuters) жамааты"], "Кыргыз милициясынын кытайларга каршы митингди кууп таратышы", "Reuters", "2019-01", "https://www.reuters.com/article/uk-kyrgyzstan-protests-china-idUKKCN1PB1L7", news)),
        n(5845, 15, w(["Путц, Катэрина"], "Кыргыз алтын кениндеги чыңалуунун күчөшү", "The Diplomat", "2019-08", "https://thediplomat.com/2019/08/tensions-flare-at-kyrgyz-gold-mine/", news)),
    ]
    /// Held out: labelled after the rules were written and not used to tune them (6003 notes
    /// 41–55, 5806 notes 21–35), so their score says how the parser does on notes it has not seen.
    static let heldOut: [LabelledNote] = [
        n(6003, 41, w(["Neate, Rupert"], "Arrest warrant for Kazakh billionaire accused of one of world's biggest frauds", "The Guardian", "2012-02", "https://www.theguardian.com/business/2012/feb/16/arrest-warrant-kazakh-billionaire-mukhtar-ablyazov", news)),
        // `Servicem` is `Service,` mistyped.
        n(6003, 42, w(["=RFE/RL Kazakh Service"], "Italian Officials Imprisoned Over 'Unlawful' Deportation Of Former Kazakh Banker's Wife, Daughter", nil, "2020-10", "https://www.rferl.org/a/30895138.html", news)),
        n(6003, 43,
          w(["Solovyov, Dmitry", "Paxton, Robin"], "Kazakhstan in move to ban opposition parties and media", "Reuters", "2012-11", "https://www.reuters.com/article/uk-kazakhstan-opposition-idUKBRE8AK0SE20121121", news),
          w(["=Human Rights House"], "Kazakhstan opposition leader sentenced in politically motivated trial", nil, "2012-10", "https://humanrightshouse.org/articles/kazakhstan-opposition-leader-sentenced-in-politically-motivated-trial/", "webpage")),
        // A page about a person: his name is its title.
        n(6003, 44, w([], "Vladimir Kozlov", nil, nil, "https://www.wikiwand.com/en/Vladimir_Kozlov_(politician)#", "webpage")),
        n(6003, 45, w(["Kumenov, Almaz"], "Kazakhstan is throttling the internet when the president’s rival is online", "Eurasianet", "2018-07", "https://eurasianet.org/kazakhstan-is-throttling-the-internet-when-the-presidents-rival-is-online", news)),
        // `.htm;l` is `.html` mistyped.
        n(6003, 46,
          w(["Asautay, Manshuk"], "Activists demanded the removal of the \"Street Party\" from the list of banned organisations", "Radio Azattyq", nil, "https://www.azattyq.org/a/31318167.html", news),
          w(["=RFE/RL Kazakh Service"], "Kazakh Activists Start Hunger Strike To Protest Opposition Party Ban", nil, "2021-06", "https://www.rferl.org/a/kazakh-hunger-strike-koshe-party/31318852.html", news)),
        n(6003, 47,
          w(["=RFE/RL Kazakh Service"], "Hundreds Rally In Kazakhstan To Protest Growing Chinese Influence", nil, "2021-03", "https://www.rferl.org/a/kazakhstan-almaty-anti-china-rally-arrests/31172559.html", news),
          w(["Lillis, Joanna"], "Nazarbayev ally wins big in Kazakhstan election after hundreds arrested", "The Guardian", "2019-06", "https://www.theguardian.com/world/2019/jun/09/hundreds-arrested-as-kazakhs-protest-against-rigged-election", news),
          w(["Eristavi, Maxim"], nil, nil, nil, "https://twitter.com/MaximEristavi/status/1348182003351511042?s=20", "post")),
        n(6003, 48,
          w(["Grishin, Andrey"], "When Kazakhstan Will Stop Making “Extremists” of Ordinary People?", "CABAR Central Asia", "2020-03", "https://cabar.asia/en/when-kazakhstan-will-stop-making-extremists-of-ordinary-people", news),
          w(["=Legislationline"], "Criminal codes – Kazakhstan", nil, nil, "https://www.legislationline.org/documents/section/criminal-codes/country/21/Kazakhstan/show", "webpage"),
          w(["=Human Rights Watch"], "Kazakhstan: Crackdown on Government Critics", nil, "2021-07", "https://www.hrw.org/news/2021/07/07/kazakhstan-crackdown-government-critics", "report"),
          w([], "From Our Member Dignity – Kadyr-kassiyet (KK) from Kazakhstan and Bir Duino from Kyrgyzstan – Anti-Extremist Policies in Russia, Kazakhstan, the Kyrgyz Republic and Tajikistan. Comparative Review", "Forum-Asia", "2020-04", "https://www.forum-asia.org/?p=31521", "report")),
        n(6003, 49,
          w(["=Human Rights Watch"], "Kazakhstan: Crackdown on Government Critics", nil, "2021-07", "https://www.hrw.org/news/2021/07/07/kazakhstan-crackdown-government-critics", "report"),
          w(["=European Parliament"], "RC-B9-0144/2021", nil, nil, "https://www.europarl.europa.eu/doceo/document/RC-9-2021-0144_EN.html", "webpage")),
        n(6003, 50, w(["Lillis, Joanna"], "Twitter post", "Twitter", "2021-07", "https://twitter.com/joannalillis/status/1412272738547421187?s=20", "post")),
        n(6003, 51, w(["=RFE/RL’s Kazakh Service"], "Kazakh Journalist Convicted Of Money Laundering, Walks Free In ‘Huge Victory’", nil, "2017-09", "https://www.rferl.org/a/kazakh-journalist-mamai-convicted-money-laundering-ablyazov/28721897.html", news)),
        n(6003, 52,
          w(["=RFE/RL’s Kazakh Service"], "Kazakh Activist Demands Registration Of Party Before Parliamentary Vote", nil, "2020-11", "https://www.rferl.org/a/kazakh-activist-demands-registration-of-party-before-parliamentary-vote/30942877.html", news),
          w(["=RFE/RL’s Kazakh Service"], "Kazakh Opposition Group Allowed To Hold Rally Challenging Upcoming Polls", nil, "2020-11", "https://www.rferl.org/a/kazakh-opposition-group-allowed-to-hold-rally-challenging-upcoming-polls/30933581.html", news),
          w(["=Radio Free Europe/Radio Liberty"], "Twitter post", "Twitter", "2020-11", "https://twitter.com/RFERL/status/1327704146221412352", "post")),
        n(6003, 53, w(["Pannier, Bruce"], "Hectic Times in Kazakhstan Recently, And For The Foreseeable Future", "RFE/RL", "2019-06", "https://www.rferl.org/a/hectic-times-in-kazakhstan-recently-and-for-the-foreseeable-future/30000862.html", news)),
        n(6003, 54, w(["Wood, Colleen"], "New Civic Movement Urges Kazakhstan to ‘Wake Up’", "The Diplomat", "2019-06", "https://thediplomat.com/2019/06/new-civic-movement-urges-kazakhstan-to-wake-up/", news)),
        n(6003, 55,
          w(["Yesimkhanov, Medet", "Bannikov, Pavel", "Zhapisheva, Asem"], "Dossier: Who is behind lobbying for the abolitions of laws and the spread of conspiracy theories in Kazakhstan", "Factcheck.kz", "2021-02", "https://factcheck.kz/socium/dose-kto-stoit-za-lobbirovaniem-otmeny-zakonov-i-rasprostraneniem-konspirologii-v-kazaxstane/", news),
          w(["Yesimkhanov, Medet"], "Dossier: CitizenGO – an ultra-conservative lobby disguised as a petition site", "Factcheck.kz", "2020-11", "https://factcheck.kz/v-mire/dose-citizengo-ultrakonservativnoe-lobbi-pod-vidom-ploshhadki-dlya-peticij/", news)),

        n(5806, 21, w(["=RFE/RL’s Tajik Service"], "Three Arrested As Tajik Opposition Tycoon Buried In Istanbul", "RFE/RL", "2015-03", "https://www.rferl.org/a/slain-tajik-opposition-tycoon-to-be-buried-in-istanbul/26889471.html", news)),
        n(5806, 22, w(["=RFE/RL’s Tajik Service"], "Tajik Activists Jailed For Ties To Banned Opposition Group", "RFE/RL", "2015-04", "https://www.rferl.org/a/tajikisatn-jails-two-activists-group-24-quvatov/26946831.html", news)),
        n(5806, 23,
          w(["Najibullah, Farangis"], "Tajikistan’s Islamic Renaissance Party On Life Support", "RFE/RL", "2015-03", "https://www.rferl.org/a/tajikistan-islamic-renaissance-party-on-the-ropes/26880001.html", news),
          w(["Trilling, David"], "Tajikistan Drives Top Opposition Leader Into Exile", "Eurasianet", "2015-06", "https://eurasianet.org/tajikistan-drives-top-opposition-leader-into-exile", news)),
        n(5806, 24,
          w(["=Columbia University"], "The Case of the Islamic Renaissance Party of Tajikistan", "Global Freedom of Expression", nil, "https://globalfreedomofexpression.columbia.edu/cases/case-islamic-renaissance-party-tajikistan/", "webpage"),
          w(["Borisov, Akbar"], "Tajikistan’s Islamic opposition party faces ban amid crackdown", "Yahoo News", "2015-08", "https://news.yahoo.com/tajikistans-islamic-opposition-party-faces-ban-amid-crackdown-183932617.html?guccounter=1&guce_referrer=aHR0cHM6Ly9lbi53aWtpcGVkaWEub3JnLw&guce_referrer_sig=AQAAAMMaYF4kth41fEZu5EyiP57kLAnm0WWSURoBe0X2MKE0V0e9zXRmGrUrwk_vpYYYErFF8A6K5TfjltMlQ359PJddE1qhSkD6U54Bg1E9YHfNjzU8HlPwYYwsfXk564iMdueORTKHoMkeyyVLm-FAmJ2Iv9fTcaeS7HtDsm_DE30A", news)),
        n(5806, 25, w(["=RFE/RL’s Tajik Service"], "More Detained in Tajikistan As Manhunt Continues For Ousted Defense Official", "RFE/RL", "2015-09", "https://www.rferl.org/a/tajikistan-renegade-nazarzoda-hunt/27230296.html", news)),
        n(5806, 26,
          w(["=RFE/RL’s Tajik Service"], "Tajikistan Confirms Death of Mutinous Former Deputy Defense Minister", "RFE/RL", "2015-09", "https://www.rferl.org/a/tajikistan-renegade-general-killed/27251919.html", news),
          w(["=Eurasianet"], "Tajikistan: Digging for Answers About Armed Clashes", nil, "2015-09", "https://eurasianet.org/tajikistan-digging-for-answers-about-armed-clashes", news)),
        n(5806, 27, w(["=HRW"], "Tajikistan: Opposition Activists Detained", nil, "2015-09", "https://www.hrw.org/news/2015/09/18/tajikistan-opposition-activists-detained", "report")),
        n(5806, 28,
          w(["=Freedom now"], "Mahmadali Hayit", nil, nil, "https://www.freedom-now.org/cases/mahmadali-hayit/", "webpage"),
          w(["=Eurasianet"], "Tajikistan: Rights groups demand release of tortured political prisoner", nil, "2019-03", "https://eurasianet.org/tajikistan-rights-groups-demand-release-of-tortured-political-prisoner", news)),
        n(5806, 29, w(["=Columbia University"], "The Case of the Islamic Renaissance Party of Tajikistan", "Global Freedom of Expression", nil, "https://globalfreedomofexpression.columbia.edu/cases/case-islamic-renaissance-party-tajikistan/", "webpage")),
        n(5806, 30, w(["=Eurasianet"], "Tajikistan: State Media Forced to Always Call President By Unwieldy Title", nil, "2017-04", "https://eurasianet.org/tajikistan-state-media-forced-always-call-president-unwieldy-title", news)),
        n(5806, 31,
          w([], nil, nil, nil, "https://lawyersforlawyers.org/en/lawyers/buzurgmehr-yorov/", "webpage"),
          w([], nil, nil, nil, "https://eeas.europa.eu/regions/europe-and-central-asia/88547/12th-eu-tajikistan-human-rights-dialogue_en", "webpage")),
        n(5806, 32, w(["Najibullah, Farangis"], "Tajikistan’s Banned Islamic Party Claims Former Members Hit By ‘Wave Of Arrests’", "RFE/RL", "2018-06", "https://www.rferl.org/a/tajikistan-s-banned-islamic-irpt-party--members-hit-by-wave-arrests/29283941.html", news)),
        n(5806, 33, w(["Agnew, Singeli"], "The Weekly: When ISIS Killed Cyclists on Their Journey Around the World", "The New York Times", "2019-06", "https://www.nytimes.com/2019/06/21/the-weekly/isis-bike-attack-tajikistan.html", news)),
        n(5806, 34,
          w(["=Eurasianet"], "Tajikistan’s exiled opposition adrift as strongman rule hardens at home", nil, "2020-01", "https://eurasianet.org/tajikistans-exiled-opposition-adrift-as-strongman-rule-hardens-at-home", news),
          w(["Krakowska, Malgosia"], "Tajik opposition movement", "moderndiplomacy", "2020-08", "https://moderndiplomacy.eu/2020/08/03/tajik-opposition-movement/", news)),
        n(5806, 35, w(["=Exeter University Central Asian Studies Network"], "Central Asian Political Exiles (CAPE) database", nil, nil, "https://excas.net/projects/political-exiles/", "webpage")),
    ]
}
