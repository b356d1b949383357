import ArgumentParser
import IbidDocument

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit the citations: markers without notes, notes never cited, numbering gaps and restarts, Ibid without a source.",
        discussion: "Exit status: 0 when no chapter has findings, 1 when some do (65/66 for files that cannot be read)."
    )

    @OptionGroup var dump: DumpOptions

    @Flag(help: "Print JSON: chapters with their findings.")
    var json = false

    func run() throws {
        let library = try dump.loadLibrary()
        var total = 0
        var affected = 0
        var information = 0
        var w = JSONWriter()
        var lines = ShownLines()
        w.beginArray()
        library.forEachContent { chapter, content in
            let findings = content.findings
            // A recovered note is information: listed, but no reason to fail.
            let problems = findings.filter { !$0.code.isInformation }.count
            total += problems
            information += findings.count - problems
            if problems > 0 { affected += 1 }
            if json {
                w.beginObject()
                w.field(ChapterKey.id, chapter.postID)
                if library.sources.count > 1 { w.field(ChapterKey.file, library.sources[chapter.file].path) }
                w.field(ChapterKey.title, chapter.title)
                w.field(ChapterKey.truncated, chapter.truncated)
                w.key(ChapterKey.findings)
                w.beginArray()
                for finding in findings { JSONExport.writeFinding(finding, into: &w) }
                w.endArray()
                w.endObject()
            } else if !findings.isEmpty {
                lines.append("\(library.address(of: chapter))  \(chapter.title)\(chapter.truncated ? "  [truncated]" : "")")
                for line in Self.summarise(findings) { lines.append("  " + line) }
            }
        }
        w.endArray()
        if json {
            Output.write(w.bytes + [0x0A])
        } else {
            let n = library.chapters.count
            let info = information == 0 ? "" : "; \(information) recovered from other editions"
            lines.append("\(n) chapter\(n == 1 ? "" : "s") checked: \(total == 0 ? "no findings" : "\(total) findings in \(affected) chapter\(affected == 1 ? "" : "s")")\(info)")
            lines.flush()
        }
        if total > 0 { throw ExitCode(1) }
    }

    /// One line a finding, but runs of the same finding on consecutive numbers share a line
    /// (`undefined-citation [123]–[185] (chapter): 63 markers have no note`).
    static func summarise(_ findings: [Finding]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < findings.count {
            let f = findings[i]
            var j = i + 1
            while j < findings.count, findings[j].code == f.code, findings[j].scope == f.scope,
                  let a = findings[j - 1].number, let b = findings[j].number, b == a + 1 { j += 1 }
            if j - i >= 3, let first = f.number, let last = findings[j - 1].number {
                out.append("\(f.code.rawValue) [\(first)]–[\(last)] (\(f.scope)): \(j - i) alike, e.g. \(f.message)")
            } else {
                for k in i..<j { out.append("\(findings[k].code.rawValue): \(findings[k].message)") }
            }
            i = j
        }
        return out
    }
}
