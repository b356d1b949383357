import IbidDump

/// Where a library came from.
public struct SourceInfo: Sendable {
    public let path: String
    /// The dump format: `print_r` for now.
    public let kind: String
    public let layout: LoadedDump.Layout
    public let bytes: Int
    public let page: PageMetadata
}
