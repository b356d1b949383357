import IbidDocument

/// Runs a state's review against a store, the same way for `ibid read` and `ibid screen`: loads
/// what was saved when the reader starts, commits the queued writes after every event (before the
/// frame it caused is drawn, so nothing shown as done is lost to a `kill -9`), saves where each
/// chapter was left when a chapter is left and when the reader ends.
public final class ReviewSession {
    private let store: (any ReviewStore)?
    private var lastChapter: Int?

    /// `store` nil: nothing saved (`--no-state`, or `problem` says why not).
    public init(store: (any ReviewStore)?) {
        self.store = store
    }

    /// Gives the state what the store holds; `resume` opens the chapter read last (no `--open`).
    /// `problem`: why there is no store although state was wanted (a corrupt database moved aside).
    public func begin(_ state: inout ReaderState, resume: Bool, problem: String? = nil) {
        let key = state.library.reviewKey
        var saved = SavedReview()
        var saving: ReviewSaving = problem.map(ReviewSaving.failed) ?? .off
        if let store {
            do {
                saved = try store.load(library: key, posts: Set(state.library.chapters.map(PostKey.init)))
                saving = .on
            } catch {
                saving = .failed("cannot read the saved marks (\(error))")
            }
        }
        state.startReview(saved, libraryKey: key, saving: saving, resume: resume)
        lastChapter = state.chapterID
    }

    /// After an event: commits what it changed, and the place of a chapter just left.
    public func commit(_ state: inout ReaderState) {
        var writes = state.takeWrites()
        if state.chapterID != lastChapter {
            writes += state.placeWrites()
            lastChapter = state.chapterID
        }
        apply(writes, to: &state)
    }

    /// When the reader ends (quit, a signal, the end of `ibid screen`'s keys): every place.
    public func finish(_ state: inout ReaderState) {
        apply(state.takeWrites() + state.placeWrites(), to: &state)
    }

    private func apply(_ writes: [ReviewWrite], to state: inout ReaderState) {
        guard let store, !writes.isEmpty, state.review.saving == .on else { return }
        do {
            try store.apply(writes)
        } catch {
            state.reviewStoreFailed("\(error)")
        }
    }
}
