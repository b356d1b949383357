/// What a cell means, not how it looks: the backend maps roles to colours (256, 8 or none).
public enum Role: UInt8, Sendable, CaseIterable {
    case normal
    /// Pane titles, separators and other furniture.
    case chrome
    case heading
    case marker
    case link
    case credit
    case byline
    case box
    case note
    case noteNumber
    case match
    case status
    case message
    case warning
}

/// A cell's look: a role plus attributes. Reverse marks selection and focus, as in less and vim.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()

}
