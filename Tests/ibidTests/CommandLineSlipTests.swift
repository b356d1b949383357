import Foundation
import IbidDocument
import Testing
@testable import ibid

/// `--version`, a mistyped command, an extra argument taken for FILE, `--size` as a type, the notes'
/// Ibid line, and load warnings once per run (issue 9, Command line).
@Suite("ibid on the command line: slips, version, warnings")
struct CommandLineSlipTests {
    @Test func versionIsPrinted() throws {
        let result = try Binary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == IbidVersion.current + "\n")
        let parts = IbidVersion.current.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }

    @Test func aMistypedCommandIsNamedWithTheNearestOne() throws {
        for (typed, meant) in [("lsit", "list"), ("serach", "search"), ("nots", "notes"), ("EXPORT", "export"), ("chekc", "check")] {
            for extra in [[], ["--json"]] {
                let result = try Binary.run([typed] + extra)
                #expect(result.status == 64, "\(typed)")
                #expect(result.stdout.isEmpty)
                #expect(result.stderr == "ibid: no such command or file: \(typed); did you mean `\(meant)`?\n")
            }
        }
    }

    @Test func aFileWithACommandLikeNameIsStillAFile() throws {
        let dir = try Binary.temporaryFile(try Data(contentsOf: URL(fileURLWithPath: Binary.samplePath)), name: "lsit").deletingLastPathComponent()
        // `read` takes it as its FILE and, with no terminal, refuses for that reason, not a typo.
        let result = try Binary.run(["lsit"], directory: dir)
        #expect(result.status == 64)
        #expect(!result.stderr.contains("did you mean"))
        #expect(result.stderr.contains("not a terminal"))
        let list = try Binary.run(["list", "lsit", "--quiet-warnings"], directory: dir)
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 12)
    }

    @Test func nearestCommandKeepsToSmallEdits() {
        #expect(ArgumentSlip.nearestCommand(to: "lsit") == "list")
        #expect(ArgumentSlip.nearestCommand(to: "raed") == "read")
        #expect(ArgumentSlip.nearestCommand(to: "exprot") == "export")
        #expect(ArgumentSlip.nearestCommand(to: "scren") == "screen")
        #expect(ArgumentSlip.nearestCommand(to: "hlep") == "help")
        #expect(ArgumentSlip.nearestCommand(to: "sreach") == "search")
        for far in ["x", "dump", "dump.txt", "report", "kazakhstan", String(repeating: "list", count: 1000)] {
            #expect(ArgumentSlip.nearestCommand(to: far) == nil, "\(far.prefix(20))")
        }
        #expect(ArgumentSlip.editDistance(Array("lsit"), Array("list")) == 1)
        #expect(ArgumentSlip.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(ArgumentSlip.editDistance(Array(""), Array("abc")) == 3)
    }

    @Test func anExtraArgumentIsNamedNotOpened() throws {
        let notes = try Binary.run(["notes", "6003", "140"])
        #expect(notes.status == 64)
        #expect(notes.stdout.isEmpty)
        #expect(notes.stderrLines.count == 1)
        #expect(notes.stderr.contains("extra argument `140`"))
        #expect(!notes.stderr.contains("No such file"))
        let list = try Binary.run(["list", "6003"])
        #expect(list.status == 64)
        #expect(list.stderr.contains("extra argument `6003`"))
        // A file that is really called 140 is read.
        let dir = try Binary.temporaryFile(try Data(contentsOf: URL(fileURLWithPath: Binary.samplePath)), name: "140").deletingLastPathComponent()
        let real = try Binary.run(["notes", "6003", "140", "--quiet-warnings"], directory: dir)
        #expect(real.status == 0)
        #expect(real.stdout.hasPrefix("6003  "))
    }

    @Test func notesShowAnIbidWithItsSource() throws {
        let library = try Library.load(path: Binary.samplePath)
        let notes = library.content(of: try #require(library.chapter(id: 6003))).notes
        let ibid = try #require(notes.first { $0.number == 39 })
        #expect(ibid.ibid == 38)
        let source = try #require(notes.first { $0.number == 38 && $0.scope == ibid.scope })
        let result = try Binary.run(["notes", "6003", Binary.samplePath, "--quiet-warnings"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0 == "[39] Ibid. → [38] \(source.plainText)" })
        #expect(!lines.contains { $0.contains("= note 38") })
        // Every Ibid of the chapter is shown so, and only the Ibids.
        let arrows = lines.filter { $0.hasPrefix("[") && $0.contains(" → [") }
        #expect(arrows.count == notes.filter { $0.ibid != nil }.count)
    }

    @Test func sizeIsParsedAsAType() throws {
        #expect(TerminalSize(argument: "30x5") == TerminalSize(cols: 30, rows: 5))
        #expect(TerminalSize(argument: "30X5")?.cols == 30)
        for bad in ["0x5", "30x0", "10001x5", "-3x5", "+3x5", "30x", "x5", "30x5x2", "30 x5", "３０x5", ""] {
            #expect(TerminalSize(argument: bad) == nil, "\(bad)")
            let result = try Binary.run(["screen", Binary.samplePath, "--size", bad, "--quiet-warnings"])
            #expect(result.status == 64, "\(bad)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("--size"))
        }
        let frame = try Binary.run(["screen", Binary.samplePath, "--size", "30x5", "--quiet-warnings"])
        #expect(frame.status == 0)
        let rows = frame.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == 5)
    }

    static let commands: [[String]] = [
        ["list"], ["notes", "6003"], ["check"], ["search", "kettling"], ["search", "kettling", "--json"],
        ["export"], ["export", "--format", "markdown"], ["screen", "--size", "40x10"], ["list", "--json"],
    ]

    /// The sample has one load warning: every command says it once, and none under --quiet-warnings.
    @Test(arguments: 0..<commands.count)
    func loadWarningsPrintOnceAndNotAtAllWhenQuiet(index: Int) throws {
        let warnings = try Library.load(path: Binary.samplePath).warnings
        #expect(warnings.count == 1)
        let command = Self.commands[index] + [Binary.samplePath]
        let loud = try Binary.run(command)
        #expect(loud.status == 0 || (command[0] == "check" && loud.status == 1), "\(command)")
        #expect(loud.stderrLines.filter { $0.hasPrefix("ibid: warning: ") }.count == warnings.count, "\(command): \(loud.stderr)")
        #expect(loud.stderrLines.count == warnings.count, "\(command): \(loud.stderr)")
        let quiet = try Binary.run(command + ["--quiet-warnings"])
        #expect(quiet.status == loud.status)
        #expect(quiet.stderr.isEmpty, "\(command): \(quiet.stderr)")
        #expect(quiet.stdout == loud.stdout, "\(command)")
    }
}
