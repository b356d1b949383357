import IbidDocument

/// Runs a state's review against a store, the same way for `ibid read` and `ibid screen`: loads
/// what was saved when the reader starts, commits the queued writes after every event (before the
/// frame it caused is drawn, so nothing shown as done is lost to a `kill -9`), saves where each
/// chapter was left when a chapter is left and when the reader ends.
public final class ReviewSession {
    private let store: (any ReviewStore)?
    private var lastChapter: Int?
    /// `begin` loaded only the opening chapter's marks; `loadRest` loads the others.
    private var restPending = false

    /// `store` nil: nothing saved (`--no-state`, or `problem` says why not).
    public init(store: (any ReviewStore)?) {
        self.store = store
    }

    /// Gives the state what the store holds; `resume` opens the chapter read last (no `--open`).
    /// `problem`: why there is no store although state was wanted (a corrupt database moved aside).
    /// `deferRest` (the terminal): only the opening chapter's marks now, so the first paint does not
    /// wait for a library's thousands; `loadRest` after it.
    public func begin(_ state: inout ReaderState, resume: Bool, problem: String? = nil, deferRest: Bool = false) {
        let key = state.library.reviewKey
        var saved = SavedReview()
        var saving: ReviewSaving = problem.map(ReviewSaving.failed) ?? .off
        if let store {
            do {
                if deferRest {
                    let head = try store.load(library: key, posts: [])
                    let known = Set(state.library.chapters.map(PostKey.init))
                    let opening = resume ? head.lastChapter.flatMap { known.contains($0) ? $0 : nil } ?? state.chapter.map(PostKey.init)
                        : state.chapter.map(PostKey.init)
                    saved = try store.load(library: key, posts: Set(opening.map { [$0] } ?? []))
                    restPending = true
                } else {
                    saved = try store.load(library: key, posts: Set(state.library.chapters.map(PostKey.init)))
                }
                saving = .on
            } catch {
                saving = .failed("cannot read the saved marks (\(error))")
            }
        }
        state.startReview(saved, libraryKey: key, saving: saving, resume: resume)
        lastChapter = state.chapterID
    }

    /// The marks and places of the chapters `begin` left out, merged under what the state holds.
    public func loadRest(_ state: inout ReaderState) {
        guard restPending, let store, state.review.saving == .on else { return }
        restPending = false
        do {
            state.mergeReview(try store.load(library: state.review.libraryKey, posts: Set(state.library.chapters.map(PostKey.init))))
        } catch {
            state.reviewStoreFailed("cannot read the saved marks (\(error))")
        }
    }

    /// A progressive load's whole library has arrived (the terminal): the marks and places of the
    /// chapters that came after `begin`, merged under what the state holds.
    public func libraryGrew(_ state: inout ReaderState) {
        restPending = true
        loadRest(&state)
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
