import ArgumentParser
import IbidReader
#if canImport(Glibc)
import Glibc
#endif

/// `ibid-gen man`: docs/ibid.1 is swift-argument-parser's manual for `ibid` (the `generate-manual`
/// plugin, from the command definitions) with two sections it cannot know: KEYS, from the
/// keymap table (`KeyHelp`, the same source as the `?` help and docs/keys.md), and FILES, where
/// an installed ibid finds its sample. Run `Sources/ibid-gen/man.sh` to regenerate it in one step.
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man",
        abstract: "Print docs/ibid.1: the generate-manual plugin's page for ibid with KEYS and FILES added.",
        discussion: "Sources/ibid-gen/man.sh runs the plugin and this in one step."
    )

    @Option(help: "The page the generate-manual plugin wrote (.build/plugins/GenerateManual/outputs/ibid/ibid.1), or docs/ibid.1 to refresh its KEYS.")
    var manual: String

    func run() throws {
        guard let page = ManPage.read(manual) else { throw GeneratorError(description: "cannot read \(manual)") }
        print(ManPage.complete(page), terminator: "")
    }
}

enum ManPage {
    static let committedPath = "docs/ibid.1"

    /// `page` with its KEYS and FILES sections (re)made, before EXIT STATUS; running it on its own
    /// output changes nothing.
    static func complete(_ page: String) -> String {
        var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop sections a previous run added.
        var kept: [String] = []
        var skipping = false
        for line in lines {
            if line.hasPrefix(".Sh ") { skipping = line == ".Sh KEYS" || line == ".Sh FILES" }
            if !skipping { kept.append(line) }
        }
        lines = kept
        let insert = lines.firstIndex { $0 == ".Sh \"EXIT STATUS\"" || $0 == ".Sh AUTHORS" } ?? lines.count
        lines.insert(contentsOf: keys() + files(), at: insert)
        return lines.joined(separator: "\n")
    }

    /// The KEYS section, one `.Ss` per keymap mode.
    static func keys() -> [String] {
        var out = [".Sh KEYS", "The reader's keys, from its keymap (the same table as its", ".Sy \\&?", "help and docs/keys.md)."]
        for section in KeyHelp.sections {
            out.append(".Ss " + text(section.title))
            out.append(".Bl -tag -width Ds")
            for entry in section.entries {
                out.append(".It Sy " + quoted(entry.keys))
                out.append(text(entry.action))
            }
            out.append(".El")
        }
        return out
    }

    static func files() -> [String] {
        [
            ".Sh FILES",
            ".Bl -tag -width Ds",
            ".It Pa PREFIX/share/ibid/fpc-author-page.txt",
            text("The sample read when no FILE is given; found beside the binary (PREFIX/bin/ibid). IBID_SAMPLE names another."),
            ".It Pa PREFIX/share/man/man1/ibid.1",
            text("This page."),
            ".El",
        ]
    }

    /// A line of running text: a leading `.` or `'` would be read as a request, `\` as an escape.
    static func text(_ s: String) -> String {
        "\\&" + s.replacingBackslashes()
    }

    /// A macro argument: quoted so spaces stay, with `"` doubled as mdoc wants.
    static func quoted(_ s: String) -> String {
        "\"\\&" + s.replacingBackslashes().split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func read(_ path: String) -> String? {
        guard let f = fopen(path, "r") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

private extension String {
    func replacingBackslashes() -> String {
        var out = ""
        for c in self { if c == "\\" { out += "\\e" } else { out.append(c) } }
        return out
    }
}

/// `ibid-gen keys`: docs/keys.md's table, from the keymap (what KeysDocTests compares).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the key table of docs/keys.md, from the keymap."
    )

    func run() throws {
        print(KeyHelp.markdown(), terminator: "")
    }
}
