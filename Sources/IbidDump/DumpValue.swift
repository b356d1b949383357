/// The generic `print_r` value tree: scalars, arrays and objects of any class, nested to any depth.
public indirect enum DumpValue: Sendable {
    case scalar(DumpText)
    case array(DumpContainer)
    case object(className: String, DumpContainer)

    public var container: DumpContainer? {
        switch self {
        case .scalar: nil
        case .array(let c), .object(_, let c): c
        }
    }

    public var text: DumpText? {
        if case .scalar(let t) = self { return t }
        return nil
    }

    public var className: String? {
        if case .object(let name, _) = self { return name }
        return nil
    }
}

/// The entries of an array or object, in dump order.
public struct DumpContainer: Sendable {
    public var entries: [DumpEntry]
    /// Byte offset of the opening `(`.
    public var openOffset: Int
    /// Whether the dump ended before this container's `)`.
    public var truncated: Bool

    public init(entries: [DumpEntry] = [], openOffset: Int, truncated: Bool = false) {
        self.entries = entries
        self.openOffset = openOffset
        self.truncated = truncated
    }

    public subscript(name: String) -> DumpValue? {
        entries.first { $0.key.name == name }?.value
    }
}

public struct DumpEntry: Sendable {
    public let key: DumpKey
    public let value: DumpValue
    /// Byte offset of the key's `[`.
    public let offset: Int

    public init(key: DumpKey, value: DumpValue, offset: Int) {
        self.key = key
        self.value = value
        self.offset = offset
    }
}
