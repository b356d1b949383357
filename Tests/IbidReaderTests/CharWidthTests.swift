import Foundation
import Testing
@testable import IbidReader

#if canImport(Glibc)
import Glibc
#endif

@Suite("Display width")
struct CharWidthTests {
    /// Code points and their glibc 2.36 `wcwidth` under C.UTF-8, printed by a C program on the
    /// build machine (`setlocale(LC_ALL, "C.UTF-8")`, `wcwidth(cp)` for every code point).
    static let measured: [(UInt32, Int, String)] = [
        (0x0020, 1, "space"), (0x0061, 1, "a"), (0x007E, 1, "~"),
        (0x00A0, 1, "no-break space"), (0x00AD, 1, "soft hyphen"), (0x00E9, 1, "é"),
        (0x03B1, 1, "Greek alpha"), (0x044B, 1, "ы"), (0x049B, 1, "Kazakh қ"), (0x04D9, 1, "Kazakh ә"),
        (0x04E9, 1, "Kyrgyz ө"), (0x04AF, 1, "Kyrgyz ү"), (0x1E9E, 1, "capital sharp s"),
        (0x2014, 1, "em dash"), (0x2019, 1, "’"), (0x2026, 1, "…"), (0x20AC, 1, "€"), (0x2116, 1, "№"),
        (0x2022, 1, "bullet"), (0xFFFD, 1, "replacement character"), (0xE000, 1, "private use"),
        (0x10FFFD, 1, "last private use"), (0x05BE, 1, "Hebrew maqaf"), (0x093F, 1, "Devanagari Mc that glibc counts"),
        (0x0301, 0, "combining acute (Mn)"), (0x0483, 0, "combining Cyrillic titlo"),
        (0x0488, 0, "combining Cyrillic hundred thousands (Me)"), (0x094D, 0, "Devanagari virama"),
        (0x20D0, 0, "combining harpoon"), (0x20E3, 0, "combining enclosing keycap"), (0x1AB0, 0, "combining doubled circumflex"),
        (0x200B, 0, "zero width space"), (0x200C, 0, "ZWNJ"), (0x200D, 0, "ZWJ"), (0x2060, 0, "word joiner"),
        (0xFEFF, 0, "BOM"), (0xFE00, 0, "VS1"), (0xFE0E, 0, "VS15"), (0xFE0F, 0, "VS16"),
        (0xE0100, 0, "VS17"), (0xE01EF, 0, "VS256"), (0xE0001, 0, "language tag"), (0xFFF9, 0, "annotation anchor"),
        (0x1160, 0, "Hangul jungseong filler"), (0x1161, 0, "Hangul jungseong a"), (0x3099, 0, "combining voiced mark"),
        (0x1D167, 0, "musical combining tremolo"),
        (0x4E2D, 2, "中"), (0x3400, 2, "CJK extension A"), (0x20000, 2, "CJK extension B"), (0x30000, 2, "CJK extension G"),
        (0x2E80, 2, "CJK radical"), (0x3000, 2, "ideographic space"), (0x3001, 2, "ideographic comma"),
        (0x3042, 2, "hiragana a"), (0x30A2, 2, "katakana a"), (0x3131, 2, "ㄱ"), (0x1100, 2, "Hangul choseong kiyeok"),
        (0xAC00, 2, "가"), (0xD7A3, 2, "last Hangul syllable"), (0xFF21, 2, "Ａ fullwidth"), (0xFFE0, 2, "fullwidth cent"),
        (0xFF61, 1, "halfwidth ideographic full stop"), (0xFF71, 1, "ｱ halfwidth"), (0xFFE8, 1, "halfwidth forms light vertical"),
        (0x303F, 1, "ideographic half fill space"),
        (0x1F600, 2, "😀"), (0x1F300, 2, "cyclone"), (0x1F64F, 2, "folded hands"), (0x1F680, 2, "rocket"),
        (0x1F914, 2, "thinking face"), (0x1F9D1, 2, "person"), (0x1F9FF, 2, "nazar amulet"), (0x1FA70, 2, "ballet shoes"),
        (0x1F3FB, 2, "skin tone modifier"), (0x1F004, 2, "mahjong red dragon"), (0x1F0CF, 2, "black joker"),
        (0x231A, 2, "watch"), (0x26A1, 2, "high voltage"), (0x2705, 2, "check mark button"), (0x2B50, 2, "star"),
        (0x1F900, 1, "circled cross formee: not emoji, glibc says 1"), (0x1F170, 1, "negative squared A"),
        (0x1F1E6, 1, "regional indicator A alone"), (0x1F1FF, 1, "regional indicator Z alone"),
        (0x2764, 1, "heavy black heart, text presentation"), (0x263A, 1, "white smiling face"), (0x2B06, 1, "up arrow"),
    ]

    @Test func representativeCodePointsMatchGlibc() throws {
        for (value, expected, label) in Self.measured {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(CharWidth.width(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true)) \(label)")
        }
    }

    @Test func controlsAreZeroAndOtherUnprintablesOne() throws {
        // glibc says -1 for these; see the CharWidth doc comment for why 0 and 1.
        for value: UInt32 in [0x00, 0x07, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F] {
            #expect(CharWidth.width(try #require(Unicode.Scalar(value))) == 0)
        }
        for value: UInt32 in [0x2028, 0x2029, 0x0378, 0xE0080, 0x10FFFF] {
            #expect(CharWidth.width(try #require(Unicode.Scalar(value))) == 1)
        }
    }

    /// A `Character` cut from prepared text is as wide as its scalars (see `DisplayTextTests` for
    /// how raw clusters are prepared: VS16 and ZWJ dropped, so these sums are what is drawn).
    @Test(arguments: [
        ("a", 1), ("ы", 1), ("中", 2), ("😀", 2),
        ("e\u{301}", 1), ("\u{439}", 1), ("\u{438}\u{306}", 1),        // й precomposed and decomposed
        ("中\u{301}", 2),                                                // base + combining = base
        ("\u{2764}", 1), ("#\u{20E3}", 1),
        ("\u{1F1F0}\u{1F1FF}", 2),                                      // 🇰🇿: two one-column cells
        ("\u{1F44D}\u{1F3FD}", 4),                                      // skin tone: wcwidth 2 of its own
        ("\u{1100}\u{1161}\u{11A8}", 2),                                // 각 as conjoining jamo
        ("\u{301}", 0),
    ] as [(Character, Int)])
    func preparedCharacters(cluster: Character, expected: Int) {
        #expect(CharWidth.width(cluster) == expected)
    }

    @Test func strings() {
        #expect(CharWidth.width("") == 0)
        #expect(CharWidth.width("Retreating Rights") == 17)
        #expect(CharWidth.width("Ошол эле жерде") == 14)
        #expect(CharWidth.width("中文 text") == 9)
        #expect(CharWidth.width("Cafe\u{301} 😀!") == 8)
        #expect(CharWidth.width("🇰🇿 Kazakhstan") == 13)
        #expect(CharWidth.width("\u{2764}\u{FE0F} \u{1F468}\u{200D}\u{1F469}") == 6)   // ❤ + space + 👨👩
        #expect(CharWidth.width("a\u{1B}[2J") == 6)                                    // drawn as a^[[2J
        #expect(CharWidth.width("ｱＡ") == 3)
    }

    #if os(Linux) && canImport(Glibc)
    /// Whether the C.UTF-8 locale exists; without it glibc's `wcwidth` knows only ASCII.
    static var hasUTF8Locale: Bool {
        guard let locale = newlocale(Int32(1) << LC_CTYPE, "C.UTF-8", nil) else { return false }
        freelocale(locale)
        return true
    }

    /// The whole table against the C library this process links, under C.UTF-8. A failure means
    /// glibc's Unicode tables moved (a newer glibc): regenerate `CharWidth.ranges`.
    @Test(.enabled(if: hasUTF8Locale, "needs the C.UTF-8 locale"))
    func everyCodePointMatchesLiveWcwidth() throws {
        typealias WcwidthFunction = @convention(c) (Int32) -> Int32
        // Glibc does not export `wcwidth` to Swift (it is behind _XOPEN_SOURCE), so look it up.
        let handle = try #require(dlopen(nil, RTLD_NOW))  // this program and the libraries it links
        defer { dlclose(handle) }
        let wcwidth = unsafeBitCast(try #require(dlsym(handle, "wcwidth")), to: WcwidthFunction.self)

        // A thread-local locale, so tests running in parallel keep theirs; the test is synchronous,
        // so it stays on this thread throughout. LC_CTYPE_MASK is `1 << LC_CTYPE` in glibc.
        let utf8 = try #require(newlocale(Int32(1) << LC_CTYPE, "C.UTF-8", nil))
        defer { freelocale(utf8) }
        let previous = uselocale(utf8)
        defer { uselocale(previous) }
        #expect(wcwidth(0x4E2D) == 2, "the locale is in effect")

        var mismatchCount = 0
        var mismatches: [String] = []  // the first few, for the failure message
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            let c = Int(wcwidth(Int32(value)))
            let ours = CharWidth.width(scalar)
            // Where glibc says -1: controls are 0, anything else 1 (see CharWidth).
            let expected = c >= 0 ? c : (value < 0x20 || (0x7F...0x9F).contains(value) ? 0 : 1)
            guard ours != expected else { continue }
            mismatchCount += 1
            if mismatches.count < 20 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): wcwidth \(c), CharWidth \(ours)")
            }
        }
        #expect(mismatchCount == 0, "\(mismatchCount) mismatches, first: \(mismatches)")
    }
    #endif
}
