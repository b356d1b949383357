import IbidTestSupport
import Foundation
import Testing

/// docs/ibid.1 is current: every command and option the binary defines is in it (read from the
/// binary's own `--experimental-dump-help`, what the generate-manual plugin reads), and its KEYS
/// section is what the keymap generates now. Also the completion scripts and the installed layout
/// the README describes.
@Suite("Man page, completions, install")
struct ManPageTests {
    static let page = TestPaths.packageRoot + "/docs/ibid.1"
    static let generator = Binary.url.deletingLastPathComponent().appendingPathComponent("ibid-gen")

    struct Command {
        let name: String
        let abstract: String
        let longOptions: [String]
    }

    /// The subcommands and their long options, from the binary's own description of itself.
    static func commands() throws -> [Command] {
        let result = try Binary.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let subs = try #require(command["subcommands"] as? [[String: Any]])
        return subs.compactMap { sub in
            guard let name = sub["commandName"] as? String, name != "help" else { return nil }
            let arguments = (sub["arguments"] as? [[String: Any]]) ?? []
            let longs = arguments.flatMap { ($0["names"] as? [[String: Any]]) ?? [] }
                .filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String }
            return Command(name: name, abstract: sub["abstract"] as? String ?? "", longOptions: longs)
        }
    }

    @Test func everyCommandAndOptionIsInThePage() throws {
        let page = try String(contentsOfFile: Self.page, encoding: .utf8)
        let commands = try Self.commands()
        #expect(commands.map(\.name).contains("cite"))
        #expect(commands.count >= 8)
        for c in commands {
            let start = try #require(page.range(of: ".It Em \(c.name)\n"), "docs/ibid.1 lacks `\(c.name)`: run Sources/ibid-gen/man.sh")
            let rest = page[start.upperBound...]
            let section = rest[..<(rest.range(of: "\n.It Em ")?.lowerBound ?? rest.endIndex)]
            #expect(section.contains(c.abstract), "\(c.name)'s abstract is current")
            for option in c.longOptions {
                #expect(section.contains("Fl -\(option)") || section.contains(" , -\(option)"), "\(c.name) --\(option) is in docs/ibid.1: run Sources/ibid-gen/man.sh")
            }
        }
    }

    @Test func keysSectionIsWhatTheKeymapGenerates() throws {
        let page = try String(contentsOfFile: Self.page, encoding: .utf8)
        let result = try Binary.run(["man", "--manual", Self.page], executable: Self.generator)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == page, "docs/ibid.1's KEYS or FILES are stale: run Sources/ibid-gen/man.sh")
        // The section holds the citation keys, written as mdoc.
        #expect(page.contains(".Ss \\&Citation (c)\n.Bl -tag -width Ds\n.It Sy \"\\&q Esc c\"\n\\&close\n.It Sy \"\\&y\"\n\\&copy the entry as BibTeX\n"))
        #expect(page.contains(".It Sy \"\\&c\"\n\\&the selected citation's note as a bibliography entry\n"))
    }

    /// man renders the page: KEYS and the cite command come out as text.
    @Test func manRendersThePage() throws {
        let result = try Binary.run(["-l", Self.page], executable: URL(fileURLWithPath: "/usr/bin/man"),
                                    environment: ["MANWIDTH": "100", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.contains("KEYS"))
        #expect(text.contains("copy the entry as BibTeX"))
        #expect(text.contains("Print the works the notes cite, one entry per work: CSL-JSON, BibTeX or"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEverySubcommand(_ shell: String) throws {
        let result = try Binary.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        for c in try Self.commands() {
            #expect(result.stdout.contains(c.name), "\(shell) completion lacks \(c.name)")
        }
        #expect(result.stdout.contains("csl-json"), "\(shell) completes cite's formats")
        if shell == "bash" {
            let file = try Binary.temporaryFile(Data(result.stdout.utf8), name: "ibid.bash")
            let check = try Binary.run(["-n", file.path], executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(check.status == 0, "bash -n: \(check.stderr)")
        }
    }

    /// The README's install: the binary in PREFIX/bin, the sample in PREFIX/share/ibid, the page
    /// in PREFIX/share/man/man1. The installed binary finds its sample, and man finds the page.
    @Test func installedLayoutWorks() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let fm = FileManager.default
        for dir in ["bin", "share/ibid", "share/man/man1"] {
            try fm.createDirectory(at: prefix.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        let bin = prefix.appendingPathComponent("bin/ibid")
        try fm.copyItem(at: Binary.url, to: bin)
        try fm.copyItem(atPath: Binary.samplePath, toPath: prefix.appendingPathComponent("share/ibid/fpc-author-page.txt").path)
        try fm.copyItem(atPath: Self.page, toPath: prefix.appendingPathComponent("share/man/man1/ibid.1").path)
        let env = ["PATH": "/usr/bin:/bin", "HOME": prefix.path, "LANG": "C.UTF-8"]
        let listed = try Binary.run(["list", "--quiet-warnings"], executable: bin, environment: env, directory: prefix)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.split(separator: "\n").count == 12, "the sample's 12 chapters")
        #expect(listed.stdout.contains("6003"))
        // Without it, the binary says where it looked.
        try fm.removeItem(at: prefix.appendingPathComponent("share/ibid"))
        let missing = try Binary.run(["list"], executable: bin, environment: env, directory: prefix)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains(prefix.appendingPathComponent("bin").path))
        let found = try Binary.run(["-w", "ibid"], executable: URL(fileURLWithPath: "/usr/bin/man"),
                                   environment: env.merging(["MANPATH": prefix.appendingPathComponent("share/man").path]) { $1 })
        #expect(found.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == prefix.appendingPathComponent("share/man/man1/ibid.1").path)
    }
}
