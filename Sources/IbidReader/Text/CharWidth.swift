/// Display width, in terminal columns, of the text the reader draws.
///
/// The core lays a `Screen` out with these widths and the ncursesw backend draws it; the two must
/// agree or every line after a disagreement is shifted. ncursesw measures with glibc's `wcwidth`,
/// so this table *is* glibc's, not Unicode's East Asian Width tables: glibc 2.36 (Unicode 14)
/// under `C.UTF-8`, the library on the machines we build on. The table, `ranges`, is generated into
/// `CharWidthTable.swift` by `ibid-gen charwidth`, and checked for all 1,114,112 code points
/// (see `CharWidthTests`, which compares against the live `wcwidth` on Linux).
///
/// Where glibc says -1 (not printable) we still need a number:
/// - C0 controls, DEL and C1 controls are 0. They never get here in practice: `Sanitizer` turns
///   them into visible `^X` / `<U+0080>` text first, which is what should be measured.
/// - Everything else glibc rejects (unassigned code points, U+2028, U+2029) is 1, because ncursesw
///   draws such a character as one blank column (measured with `addwstr` under tmux).
///
/// A lookup is a range check for U+0000–02FF, then a binary search in one sorted table of the
/// ranges whose width is not 1 (about 470 of them), so it stays cheap enough for every cell drawn.
public enum CharWidth {
    /// Columns one code point takes on its own: 0, 1 or 2.
    @inlinable
    public static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 {
            // ASCII, Latin-1 and the Latin/IPA blocks before the first combining marks: all one
            // column, except the control codes.
            return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1
        }
        return tableWidth(v)
    }

    /// Columns a piece of prepared text (`DisplayText`) takes: the sum of its scalars' widths,
    /// as a terminal that moves by `wcwidth` per code point advances. Meant for a `Character`
    /// cut from prepared text; on raw text it is only the width of the scalars as they are.
    public static func width(_ c: Character) -> Int {
        var total = 0
        for scalar in c.unicodeScalars { total += width(scalar) }
        return total
    }

    /// Columns `s` takes once drawn: the width of its `DisplayText`, so measuring any string
    /// agrees with `Screen.put` drawing it (an ESC is `^[`, 2 columns).
    public static func width(_ s: String) -> Int {
        DisplayText(s).width
    }

    /// Width from the table, for U+0300 and up.
    @usableFromInline
    static func tableWidth(_ v: UInt32) -> Int {
        ranges.withUnsafeBufferPointer { table in
            // Find the last range starting at or before `v`.
            var low = 0
            var high = table.count
            while low < high {
                let mid = (low + high) / 2
                if table[mid].first <= v { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return 1 }
            let range = table[low - 1]
            return v <= range.last ? Int(range.width) : 1
        }
    }

    /// Code points `first...last` are `width` columns wide.
    struct WidthRange: Sendable {
        let first: UInt32
        let last: UInt32
        let width: UInt8

        init(_ first: UInt32, _ last: UInt32, _ width: UInt8) {
            self.first = first
            self.last = last
            self.width = width
        }
    }
}
