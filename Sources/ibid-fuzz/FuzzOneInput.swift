import IbidDocument
import IbidDump
import IbidReader

/// One fuzz input, end to end: bytes → `IbidDump` load → recovery of every chapter → one reader frame
/// at two sizes; and the same bytes read as one post's content (the HTML and text recovery paths),
/// which mutations reach far more often than through a whole dump.
///
/// Both the libFuzzer entry point and the replay driver call this, so a crash the fuzzer saves
/// reproduces in a plain debug build with `ibid-fuzz CRASH-FILE`.
enum FuzzOneInput {
    /// Above this the content path is skipped: a dump that large is exercised by the load path, and
    /// the content path on it would only halve the executions per second.
    static let contentLimit = 1 << 16

    /// What one input reached, for the replay driver's report.
    struct Outcome {
        var loadError: DumpError?
        var posts = 0
        var notes = 0
        var contentNotes: Int?
    }

    @discardableResult
    static func run(_ bytes: UnsafeRawBufferPointer) -> Outcome {
        var outcome = Outcome()
        do {
            let library = Library(dump: try DumpLoader.load(DumpBytes(copying: bytes), path: "fuzz-input"))
            outcome.posts = library.chapters.count
            // Every chapter, in order and on this thread (not `warmUp`'s worker pool): a crash's stack
            // then names the chapter's recovery, and the cache the renderer reads is filled.
            for chapter in library.chapters { outcome.notes += library.content(of: chapter).notes.count }
            // The reader on the first chapter at a common size, then the list at a small odd one.
            FrameCheck.check(Renderer.render(ReaderState(library: library, cols: 80, rows: 24, open: library.chapters.first?.id)))
            FrameCheck.check(Renderer.render(ReaderState(library: library, cols: 23, rows: 7)))
        } catch {
            outcome.loadError = error
        }
        if bytes.count <= contentLimit {
            let content = ChapterRecovery.recover(content: String(decoding: bytes, as: UTF8.self))
            outcome.contentNotes = content.notes.count
        }
        return outcome
    }
}
