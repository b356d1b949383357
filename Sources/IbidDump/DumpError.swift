/// Why a dump could not be read at all. Each case knows the exit status the CLI reports
/// (sysexits: 65 bad data, 66 cannot open, 74 I/O) and renders as one line naming the file.
public struct DumpError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case cannotOpen(String)
        case isDirectory
        case readFailed(String)
        case empty
        case binary
        /// Mostly control bytes in the first block, though no NUL: not text either.
        case notText
        /// A stream (standard input, a FIFO, a device) longer than `DumpSource.streamLimit`.
        case tooLarge(Int)
        /// The file shrank, grew or was rewritten while its bytes were still in use.
        case changedWhileReading
        case noDump
        case noPosts
        /// A form other than print_r was recognised but holds no post.
        case noPostsIn(DumpForm)
        /// The file starts like JSON but is not valid JSON; the position names the fault.
        case invalidJSON(String)
        case sampleMissing(String)
    }

    public let path: String
    public let kind: Kind
    public let position: SourcePosition?

    public init(path: String, kind: Kind, position: SourcePosition? = nil) {
        self.path = path
        self.kind = kind
        self.position = position
    }

    public var exitCode: Int32 {
        switch kind {
        case .cannotOpen, .isDirectory, .sampleMissing: 66
        case .readFailed, .changedWhileReading: 74
        case .empty, .binary, .notText, .tooLarge, .noDump, .noPosts, .noPostsIn, .invalidJSON: 65
        }
    }

    public var reason: String {
        switch kind {
        case .cannotOpen(let why): "cannot open: \(why)"
        case .isDirectory: "is a directory, not a dump file"
        case .readFailed(let why): "read failed: \(why)"
        case .empty: "empty file: no posts to read"
        case .binary: "binary data (NUL bytes): not a print_r text dump"
        case .notText: "binary data (mostly control bytes): not a print_r text dump"
        case .tooLarge(let limit): "more than \(limit >> 20) MiB on a stream: give the dump as a file instead (files have no limit)"
        case .changedWhileReading: "changed while being read"
        case .noDump: "no print_r dump found, nor any other form ibid reads (var_dump, a WordPress export (WXR), REST or WP-CLI JSON, an HTML page)"
        case .noPosts: "a print_r dump with no WordPress posts (no object with [ID] and [post_content] or [post_title])"
        case .noPostsIn(.varDump): "a var_dump with no WordPress posts (no object with [\"ID\"] and [\"post_content\"] or [\"post_title\"])"
        case .noPostsIn(.restJSON), .noPostsIn(.wpCLIJSON): "looks like JSON, but holds no WordPress posts (no object with id and content)"
        case .noPostsIn(.wxr): "a WordPress export (WXR) with no posts to read (no <item> of a content type with <wp:post_id>)"
        case .noPostsIn(let form): "a \(form.rawValue) file with no WordPress posts"
        case .invalidJSON(let why): "looks like JSON, but is not valid JSON: \(why)"
        case .sampleMissing(let looked): "the bundled sample is not installed next to this binary (looked in \(looked)); give a FILE"
        }
    }

    /// `path:line:column: reason` — the one line the CLI prints.
    public var description: String {
        if let position { return "\(path):\(position.line):\(position.column): \(reason)" }
        return "\(path): \(reason)"
    }
}
