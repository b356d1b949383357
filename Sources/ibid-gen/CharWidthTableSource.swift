/// `CharWidthTable.swift`: the runs of code points from U+0300 up whose display width is not 1,
/// as the C library's `wcwidth` says under `C.UTF-8` (the widths ncursesw draws with).
enum CharWidthTableSource {
    static let committedPath = "Sources/IbidReader/Text/CharWidthTable.swift"

    /// Code points `first...last` are `width` columns wide.
    struct Run: Equatable {
        var first: UInt32
        var last: UInt32
        var width: Int
    }

    /// `CharWidth`'s width for one code point given the C library's answer: where `wcwidth` says -1
    /// (not printable), controls are 0 and everything else 1 (see `CharWidth` for why).
    static func width(of value: UInt32, wcwidth: Int) -> Int {
        if wcwidth >= 0 { return wcwidth }
        return value < 0x20 || (0x7F...0x9F).contains(value) ? 0 : 1
    }

    /// Every maximal run from U+0300 to U+10FFFF whose width is not 1, in order. Below U+0300
    /// `CharWidth` decides by a range check, so the table starts there.
    static func runs(wcwidth: (UInt32) -> Int) -> [Run] {
        var runs: [Run] = []
        for value in UInt32(0x300)...0x10FFFF {
            let w = width(of: value, wcwidth: wcwidth(value))
            guard w != 1 else { continue }
            if let last = runs.last, last.last == value - 1, last.width == w {
                runs[runs.count - 1].last = value
            } else {
                runs.append(Run(first: value, last: value, width: w))
            }
        }
        return runs
    }

    /// The file, from the live `wcwidth`.
    static func generate() throws -> String {
        let wcwidth = try Wcwidth()
        let measured = try wcwidth.underUTF8 { Self.runs(wcwidth: $0) }
        return source(runs: measured, library: wcwidth.libraryVersion)
    }

    static func source(runs: [Run], library: String) -> String {
        var out = """
            // GENERATED FILE — do not edit. Made by `ibid-gen charwidth` (Sources/ibid-gen) from \(library)'s
            // `wcwidth` under C.UTF-8, every code point from U+0300 to U+10FFFF.
            // Regenerate: swift run ibid-gen charwidth > \(committedPath)
            // `GeneratedTablesTests` fails when this file and the generator's output differ.

            extension CharWidth {
                /// Every maximal run of code points from U+0300 up whose width is not 1, in order:
                /// \(library) `wcwidth` under `C.UTF-8`, controls at -1 taken as 0, other -1s as 1.
                /// The comments are the Unicode names of each run's first and last code point.
                static let ranges: [WidthRange] = [

            """
        for run in runs {
            let code = ".init(\(hex(run.first)), \(hex(run.last)), \(run.width)),"
            let padded = code + String(repeating: " ", count: max(1, 32 - code.count))
            out += "        " + padded + "// " + label(run) + "\n"
        }
        out += """
                ]
            }

            """
        return out
    }

    /// `0x0300`: at least four hex digits, upper case.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `first … last`, by Unicode name, lower case, each cut to 34 characters.
    static func label(_ run: Run) -> String {
        let first = name(run.first)
        return run.first == run.last ? first : first + " … " + name(run.last)
    }

    static func name(_ value: UInt32) -> String {
        guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name ?? scalar.properties.nameAlias else {
            return "U+" + String(value, radix: 16, uppercase: true)
        }
        let lower = name.lowercased()
        return lower.count > 34 ? String(lower.prefix(33)) + "…" : lower
    }
}
