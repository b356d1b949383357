import IbidDump
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The dumps this run has read, kept (their files open, their mappings guarded) until the process
/// ends. Values decode lazily, so a dump's bytes are read long after loading; whoever is about to
/// let a result out (a line on stdout or stderr, a finished export, the reader's next frame, the
/// exit status) asks here first whether an input changed meanwhile, and if so the one thing said is
/// `FILE: changed while being read`, exit 74 — never output computed from the zeros the SIGBUS guard
/// put where the vanished pages were.
enum InputWatch {
    private struct Input: Sendable {
        let bytes: DumpBytes
        let path: String
    }

    private static let inputs = Mutex<[Input]>([])

    static func watch(_ bytes: DumpBytes, path: String) {
        inputs.withLock { $0.append(Input(bytes: bytes, path: path)) }
    }

    /// The error for the first input that changed, if any.
    static func firstChange() -> DumpError? {
        inputs.withLock { all in
            all.first { $0.bytes.changed }.map { DumpError(path: $0.path, kind: .changedWhileReading) }
        }
    }

    /// Which files were read (for refusing an `--output` that is one of them).
    static var files: [FileSnapshot] {
        inputs.withLock { all in all.compactMap { $0.bytes.snapshot }.filter(\.isRegular) }
    }

    /// Ends the process with the one-line report when an input changed; returns otherwise.
    static func exitIfChanged() {
        guard let change = firstChange() else { return }
        _ = Output.writeAll(Array("ibid: \(change.description)\n".utf8), to: 2)
        exit(change.exitCode)
    }
}
