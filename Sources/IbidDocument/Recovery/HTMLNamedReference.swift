/// One named character reference of the HTML standard (`&eacute;` is `é`, `&NotEqualTilde;` two
/// code points). The list itself, `all`, is generated from WHATWG's entities.json into
/// `HTMLEntityTable.swift` by `ibid-gen entities`.
struct HTMLNamedReference: Sendable {
    /// The name between `&` and `;`; case matters (`&Eacute;` ≠ `&eacute;`).
    let name: String
    /// Whether the name also decodes without its `;` (`&amp`, `&copy`, `&eacute`: the 106 names
    /// browsers accepted bare before HTML5 wrote the list down).
    let legacy: Bool
    let scalars: [Unicode.Scalar]

    init(_ name: String, _ legacy: Bool, _ first: UInt32, _ second: UInt32? = nil) {
        self.name = name
        self.legacy = legacy
        // The generator checked each value is a Unicode scalar; `!` cannot fail on the committed table.
        scalars = [first, second].compactMap { $0 }.map { Unicode.Scalar($0)! }
    }

    /// `all` by name, built on first use.
    static let byName: [String: HTMLNamedReference] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The longest name (`CounterClockwiseContourIntegral`), so a run of letters is never read further.
    static let longestName = all.map(\.name.utf8.count).max() ?? 0

    /// The longest name that decodes without `;`.
    static let longestLegacyName = all.filter(\.legacy).map(\.name.utf8.count).max() ?? 0
}
