/// How the scalars of one container end, chosen by the container's class and by the list it stands in.
///
/// A scalar has no delimiter, so which `[key] =>` or `)` after it belongs to the structure is a guess
/// informed by what the container is (docs/format.md, "End-of-value policies"):
/// * a `WP_Post` prints its fields in `PostFields.order`;
/// * a later row of a list (`stdClass` rows of `$wpdb->get_results`, arrays, any class) has the keys
///   of the list's first row, in their order;
/// * otherwise any identifier key ends a value.
/// And a row of a list ends at `)` followed by the next row's `[n] => <same class> Object (`.
struct ValueEndPolicy {
    enum Order {
        /// No known order: any identifier key may come next.
        case free
        /// `WP_Post`: the fixed field order of `PostFields.order`.
        case wpPost
        /// The keys of the list's first row, which predict this row's.
        case shape(RowShape)
    }

    let order: Order
    /// When the container is an element of a list: the opening its sibling rows start with.
    let row: ContainerOpening.Kind?

    static let plain = ValueEndPolicy(order: .free, row: nil)

    /// The policy for a container opened by `opening`; `row` and `shape` describe the list it is an
    /// element of (nil when its parent is not a list).
    static func choose(for opening: ContainerOpening, row: ContainerOpening.Kind?, shape: RowShape?) -> ValueEndPolicy {
        if case .object(let name) = opening.kind, name == "WP_Post" { return ValueEndPolicy(order: .wpPost, row: row) }
        if let shape { return ValueEndPolicy(order: .shape(shape), row: row) }
        return ValueEndPolicy(order: .free, row: row)
    }
}

/// The keys of a list's first row, in order, with their positions for lookups.
final class RowShape: Sendable {
    let keys: [String]
    private let positions: [String: Int]

    init(keys: [String]) {
        self.keys = keys
        self.positions = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func index(of name: String) -> Int? { positions[name] }
}

extension ContainerOpening.Kind {
    /// Whether two openings print the same kind of container (both `Array`, or objects of one class).
    func isSame(as other: ContainerOpening.Kind) -> Bool {
        switch (self, other) {
        case (.array, .array): true
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }

    /// The first byte of the opening's token: `A` for `Array`, else the class name's.
    var firstByte: UInt8 {
        switch self {
        case .array: 0x41
        case .object(let name): name.utf8.first ?? 0
        }
    }
}
