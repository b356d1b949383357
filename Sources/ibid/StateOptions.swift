import ArgumentParser
import IbidDocument
import IbidStore

/// `--no-state`, on every command that reads or writes review state (`read`, `screen`,
/// `citations`, `review`); otherwise the state lives in `$XDG_STATE_HOME/ibid/ibid.sqlite`.
struct StateOptions: ParsableArguments {
    @Flag(help: "Neither read nor write review state (marks, places) in $XDG_STATE_HOME/ibid.")
    var noState = false

    /// The reader's store, or why there is none; with `--no-state`, neither.
    func openForReader() -> ReviewStateFile.Opened {
        noState ? ReviewStateFile.Opened(store: nil, problem: nil) : ReviewStateFile.openForReader()
    }

    /// The marks a report shows: none with `--no-state` or before any were made; an unreadable
    /// database ends the run (exit 74) rather than print a review that silently lacks its marks.
    func marksForReport(_ library: Library) throws -> ReviewMarks {
        guard !noState else { return ReviewMarks() }
        do {
            guard let db = try ReviewStateFile.openForReport() else { return ReviewMarks() }
            return try db.load(library: library.reviewKey, posts: Set(library.chapters.map(PostKey.init))).marks
        } catch {
            Output.error("\(error) — --no-state runs without it")
            throw ExitCode(74)
        }
    }
}
