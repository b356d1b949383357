/// One named character reference of the HTML standard (`&eacute;` is `é`, `&NotEqualTilde;` two
/// code points). The list itself, `all`, is generated from WHATWG's entities.json into
/// `HTMLEntityTable.swift` by `ibid-gen entities`.
///
/// Every field is a plain value (no `String`, no array), so the 2,125-entry table compiles to
/// constant data; with a `String` and an array per entry, a release build of IbidDocument sat for
/// minutes in the optimizer's array passes.
struct HTMLNamedReference: Sendable {
    /// The name between `&` and `;`; case matters (`&Eacute;` ≠ `&eacute;`).
    let name: StaticString
    /// Whether the name also decodes without its `;` (`&amp`, `&copy`, `&eacute`: the 106 names
    /// browsers accepted bare before HTML5 wrote the list down).
    let legacy: Bool
    let first: UInt32
    /// The second code point, or 0 for the names that stand for one (no reference includes U+0000).
    let second: UInt32

    init(_ name: StaticString, _ legacy: Bool, _ first: UInt32, _ second: UInt32 = 0) {
        self.name = name
        self.legacy = legacy
        self.first = first
        self.second = second
    }

    /// What the reference stands for. The generator checked each value is a Unicode scalar.
    var scalars: [Unicode.Scalar] {
        (second == 0 ? [first] : [first, second]).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
    }

    /// `all` by name, built on first use.
    static let byName: [String: HTMLNamedReference] = Dictionary(
        all.map { ("\($0.name)", $0) }, uniquingKeysWith: { first, _ in first })

    /// The longest name (`CounterClockwiseContourIntegral`), so a run of letters is never read further.
    static let longestName = all.map(\.name.utf8CodeUnitCount).max() ?? 0

    /// The longest name that decodes without `;`.
    static let longestLegacyName = all.filter(\.legacy).map(\.name.utf8CodeUnitCount).max() ?? 0
}
