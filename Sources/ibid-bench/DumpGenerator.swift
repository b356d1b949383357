import IbidDump
import IbidTestSupport

/// Makes an N-MB dump by repeating the sample's complete records with fresh IDs, in either layout.
struct DumpGenerator {
    let records: [PrintRValue]
    let header: String

    init(samplePath: String) throws {
        let sample = try DumpLoader.load(path: samplePath)
        records = sample.posts.filter { !$0.truncated }.map { post in
            .post(PostFields.order.compactMap { name in post[name].map { (name, $0.string) } })
        }
        header = sample.page.lines.joined(separator: "\n\n") + "\n\n"
    }

    /// Writes at least `megabytes` MB to `path`; returns the number of records written.
    func write(megabytes: Int, layout: PrintRWriter.Layout, to path: String) throws -> Int {
        let file = try OutputFile(path: path)
        let target = megabytes * 1_000_000
        var written = 0
        var count = 0
        try file.write(header)
        written += header.utf8.count
        try file.write(layout == .raw ? "Array\n(\n" : "Array ( ")
        while written < target {
            let template = records[count % records.count]
            let record = Self.renumber(template, id: 100_000 + count)
            let text: String
            switch layout {
            case .raw:
                let body = PrintRWriter.write(record, layout: .raw)
                // Indent the nested object as PHP does inside the outer array.
                text = "    [\(count)] => " + Self.indent(body, by: 8) + "\n"
            case .collapsed:
                text = "[\(count)] => " + PrintRWriter.write(record, layout: .collapsed) + " "
            }
            try file.write(text)
            written += text.utf8.count
            count += 1
        }
        try file.write(")\n")  // both layouts end the outer array the same way
        return count
    }

    static func renumber(_ record: PrintRValue, id: Int) -> PrintRValue {
        guard case .object(let name, let entries) = record else { return record }
        return .object(className: name, entries.map { entry in
            switch entry.key {
            case "ID": (key: "ID", value: .string(String(id)))
            case "guid": (key: "guid", value: .string("https://example.org/?p=\(id)"))
            default: entry
            }
        })
    }

    /// Indents the structural lines of a raw object (those PHP indents), leaving multi-line values at column 0.
    static func indent(_ body: String, by n: Int) -> String {
        let pad = String(repeating: " ", count: n)
        var out = ""
        var first = true
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += "\n" }
            if !first && (line.hasPrefix("    [") || line == "(" || line == ")") {
                out += pad + line
            } else {
                out += line
            }
            first = false
        }
        return out.hasSuffix("\n") ? String(out.dropLast()) : out
    }
}
