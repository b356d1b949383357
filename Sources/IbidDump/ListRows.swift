/// What a list's first container element showed, for its later elements: its opening (the class or
/// `Array`) and its keys, which predict the keys of later rows of the same kind.
struct ListRows {
    private var kind: ContainerOpening.Kind?
    private var firstShape: RowShape?
    private var sawFirst = false

    /// Records the first element, if it was a complete, non-empty container.
    mutating func note(_ parsed: PrintRParser.Parsed) {
        guard !sawFirst else { return }
        sawFirst = true
        guard !parsed.truncated, let container = parsed.value.container, !container.entries.isEmpty else { return }
        kind = parsed.value.className.map { .object($0) } ?? .array
        firstShape = RowShape(keys: container.entries.map(\.key.name))
    }

    /// The first row's keys, when a row opened by `kind` is of the same kind.
    func shape(for kind: ContainerOpening.Kind) -> RowShape? {
        guard let first = self.kind, first.isSame(as: kind) else { return nil }
        return firstShape
    }
}
