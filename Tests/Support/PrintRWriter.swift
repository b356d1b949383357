/// Writes values the way PHP's `print_r` prints them, raw or collapsed into HTML.
///
/// ibid never needs to write dumps to read them, so this lives in test support, not the product:
/// tests and the benchmark's generator (`ibid-bench` depends on `IbidTestSupport`) make dumps of
/// any shape from the same values and compare both layouts.
public enum PrintRValue: Sendable, Equatable {
    case string(String)
    case array([(key: String, value: PrintRValue)])
    case object(className: String, [(key: String, value: PrintRValue)])

    public static func == (lhs: PrintRValue, rhs: PrintRValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
        case (.object(let c, let a), .object(let d, let b)):
            c == d && a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// A `WP_Post Object` with the given fields, in the given order.
    public static func post(_ fields: [(String, String)]) -> PrintRValue {
        .object(className: "WP_Post", fields.map { (key: $0.0, value: .string($0.1)) })
    }
}

public enum PrintRWriter {
    public enum Layout: Sendable { case raw, collapsed }

    public static func write(_ value: PrintRValue, layout: Layout) -> String {
        var out = ""
        switch layout {
        case .raw: raw(value, indent: 0, into: &out)
        case .collapsed: collapsed(value, into: &out)
        }
        return out
    }

    /// PHP: `Array\n(\n    [k] => v\n)\n`, nested containers indented by 8 and followed by a blank line.
    static func raw(_ value: PrintRValue, indent: Int, into out: inout String) {
        switch value {
        case .string(let s):
            out += s
        case .array(let entries), .object(_, let entries):
            if case .object(let name, _) = value { out += "\(name) Object\n" } else { out += "Array\n" }
            let pad = String(repeating: " ", count: indent)
            out += pad + "(\n"
            for (key, child) in entries {
                out += pad + "    [\(key)] => "
                raw(child, indent: indent + 8, into: &out)
                out += "\n"
            }
            out += pad + ")\n"
        }
    }

    /// Printed into an HTML page: newlines between entries become single spaces.
    static func collapsed(_ value: PrintRValue, into out: inout String) {
        switch value {
        case .string(let s):
            out += s
        case .array(let entries), .object(_, let entries):
            if case .object(let name, _) = value { out += "\(name) Object ( " } else { out += "Array ( " }
            for (key, child) in entries {
                out += "[\(key)] => "
                collapsed(child, into: &out)
                out += " "
            }
            out += ")"
        }
    }
}
