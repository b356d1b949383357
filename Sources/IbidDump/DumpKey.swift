/// A key of a `print_r` entry: `[ID]`, `[0]`, `[name:protected]`, `[name:Some\Class:private]`.
public struct DumpKey: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Visibility: String, Sendable { case `public`, protected, `private` }

    public let name: String
    public let visibility: Visibility
    /// The declaring class of a private property (`Some\Class` in `[name:Some\Class:private]`).
    public let declaringClass: String?

    public init(name: String, visibility: Visibility = .public, declaringClass: String? = nil) {
        self.name = name
        self.visibility = visibility
        self.declaringClass = declaringClass
    }

    /// Parses the text between the brackets as PHP prints it.
    public init(raw: String) {
        if raw.hasSuffix(":protected") {
            self.init(name: String(raw.dropLast(":protected".count)), visibility: .protected)
        } else if raw.hasSuffix(":private") {
            let body = raw.dropLast(":private".count)
            if let colon = body.firstIndex(of: ":") {
                self.init(name: String(body[..<colon]), visibility: .private,
                          declaringClass: String(body[body.index(after: colon)...]))
            } else {
                self.init(name: String(body), visibility: .private)
            }
        } else {
            self.init(name: raw)
        }
    }

    /// Whether the key is an integer, as the keys of a PHP list are (`[0]`, `[1]`, or post IDs for `OBJECT_K`).
    var isListIndex: Bool {
        let digits = name.utf8.dropFirst(name.utf8.first == 0x2D ? 1 : 0)
        guard !digits.isEmpty, visibility == .public else { return false }
        return digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    public var description: String {
        switch visibility {
        case .public: "[\(name)]"
        case .protected: "[\(name):protected]"
        case .private: declaringClass.map { "[\(name):\($0):private]" } ?? "[\(name):private]"
        }
    }
}
