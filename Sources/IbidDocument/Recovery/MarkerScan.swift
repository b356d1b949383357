/// The `[n]` markers of a text, in order: body citations and the starts of notes look alike.
struct Marker: Equatable {
    /// Index of `[`.
    let start: Int
    /// Index just past `]`.
    let end: Int
    let number: Int
}

enum MarkerScan {
    /// Every `[digits]` with 1–4 digits and a value from 1.
    static func markers(in c: ArraySlice<Unicode.Scalar>) -> [Marker] {
        let limit = c.endIndex
        var out: [Marker] = []
        var i = c.startIndex
        while i < limit {
            guard c[i] == "[" else { i += 1; continue }
            var j = i + 1
            var n = 0
            while j < limit, j - i <= 5, Scalars.isDigit(c[j]) {
                n = n * 10 + Int(c[j].value - 0x30)
                j += 1
            }
            if j < limit, c[j] == "]", j > i + 1, j - i <= 5, n > 0 {
                out.append(Marker(start: i, end: j + 1, number: n))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }
}
