import ArgumentParser

/// `--size COLSxROWS` for `ibid screen`: parsed by ArgumentParser itself, so a bad size is a usage
/// error (exit 64) naming the option, before any dump is read.
struct TerminalSize: ExpressibleByArgument, Equatable, Sendable {
    /// Each side's bounds: a frame is cols × rows cells, so this also bounds its memory.
    static let bounds = 1...10_000

    /// `ibid screen`'s default, a common terminal.
    static let standard = TerminalSize(within: 120, 40)

    let cols: Int
    let rows: Int

    init?(cols: Int, rows: Int) {
        guard Self.bounds.contains(cols), Self.bounds.contains(rows) else { return nil }
        self.init(within: cols, rows)
    }

    private init(within cols: Int, _ rows: Int) {
        self.cols = cols
        self.rows = rows
    }

    /// `120x40` (or `120X40`); nothing else, not even spaces or signs.
    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let cols = Int(parts[0]), let rows = Int(parts[1]) else { return nil }
        self.init(cols: cols, rows: rows)
    }

    var defaultValueDescription: String { "\(cols)x\(rows)" }
}
