import IbidDocument
import IbidDump

/// Temporary: prints recovered structure for comparison with labels.
func probe(_ path: String) throws {
    let lib = try Library.load(path: path)
    for ch in lib.chapters {
        let c = ChapterRecovery.recover(ch.post)
        print("== \(ch.id) \(ch.title)")
        for (i, s) in c.sections.enumerated() {
            print("  S\(i) [\(s.kind)] \(s.heading ?? "-") \(s.byline.map { "by:" + $0 } ?? "") blocks=\(s.blocks.count)")
        }
        let ch = c.notes.filter { $0.scope == .chapter }
        print("  notes: \(c.notes.count) chapter=\(ch.count) max=\(ch.map(\.number).max() ?? 0) ibid=\(c.notes.filter(\.isIbid).map { "\($0.number)->\($0.ibid.map(String.init) ?? "nil")" })")
        print("  findings: \(c.findings.count) \(Dictionary(grouping: c.findings, by: \.code.rawValue).mapValues(\.count))")
    }
}

func probeMarkdown(_ path: String, id: Int) throws {
    let lib = try Library.load(path: path)
    guard let ch = lib.chapter(id: id) else { return }
    print(MarkdownExport.chapterText(ch, content: lib.content(of: ch), inReport: false))
}
