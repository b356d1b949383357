import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Two slips ArgumentParser cannot catch, because every command ends with an optional FILE and
/// `read` is the default: `ibid lsit` would open a file named `lsit`, and `ibid notes 6003 140`
/// a file named `140`. Either is said in one line, with exit 64, only when no such file exists —
/// a real file of that name is still opened.
enum ArgumentSlip {
    /// Before parsing: a first word that is neither a command nor a file, but close to a command's
    /// name (`lsit`, `serach`), is a mistyped command. Checked on the raw words so that
    /// `ibid lsit --json` is caught too, before `read` complains about `--json`.
    static func beforeParsing(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first),
              !exists(first), let near = nearestCommand(to: first) else { return nil }
        return "no such command or file: \(first); did you mean `\(near)`?"
    }

    /// After parsing: a FILE that does not exist and is a number was meant as another argument
    /// (`notes 6003 140`: a note number, or `list 6003`: an ID `list` does not take).
    static func afterParsing(_ command: any ParsableCommand) -> String? {
        guard let reader = command as? any ReadsDump,
              let file = reader.dump.files.first(where: { $0 != "-" && Int($0) != nil && !exists($0) }) else { return nil }
        let name = type(of: command).configuration.commandName ?? "ibid"
        let hint = command is ReadCommand ? "; `--open \(file)` opens a chapter" : ""
        return "\(name): extra argument `\(file)` (no file has that name\(hint))"
    }

    /// Every command's name, and ArgumentParser's `help`.
    static let commandNames: [String] = Ibid.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]

    /// The command `word` is most likely a typo of: one edit away (a swap of neighbours is one edit:
    /// `lsit` → `list`), or two from a name of five letters or more when the first letter is right
    /// (`sreach` → `search`, but `report` is not taken for `export`).
    static func nearestCommand(to word: String) -> String? {
        let typed = Array(word.lowercased())
        // A long word is no typo of a short name; this also bounds the cost of the distance.
        guard typed.count <= 12 else { return nil }
        var best: (name: String, distance: Int)?
        for name in commandNames {
            let d = editDistance(typed, Array(name))
            guard d <= 1 || (d == 2 && name.count >= 5 && typed.first == name.first) else { continue }
            if best == nil || d < best!.distance { best = (name, d) }
        }
        return best?.name
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// Whether anything, even a dangling symlink, has this name (then the loader says what is wrong with it).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}

/// A command that reads a dump through `DumpOptions`.
protocol ReadsDump {
    var dump: DumpOptions { get }
}

extension ReadCommand: ReadsDump {}
extension ListCommand: ReadsDump {}
extension NotesCommand: ReadsDump {}
extension CheckCommand: ReadsDump {}
extension SearchCommand: ReadsDump {}
extension ExportCommand: ReadsDump {}
extension ScreenCommand: ReadsDump {}
