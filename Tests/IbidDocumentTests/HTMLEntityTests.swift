import Foundation
import IbidTestSupport
import Testing
@testable import IbidDocument

/// The named references: every entry of the WHATWG list decodes to its code points, and the
/// semicolon-less legacy names follow the standard's tokenizer in text and in attribute values.
@Suite("HTML character references")
struct HTMLEntityTests {
    /// WHATWG's entities.json as committed beside `ibid-gen` (Sources/ibid-gen/README.md), read
    /// here with JSONSerialization rather than through the generator: `"&name;"` → code points.
    static let list: [String: [UInt32]] = {
        let path = TestPaths.packageRoot + "/Sources/ibid-gen/entities.json"
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else { return [:] }
        return object.compactMapValues { ($0["codepoints"] as? [NSNumber])?.map(\.uint32Value) }
    }()

    static func string(_ codePoints: [UInt32]) -> String {
        String(String.UnicodeScalarView(codePoints.compactMap(Unicode.Scalar.init)))
    }

    @Test func theWholeListIsInTheTable() {
        #expect(Self.list.count == 2231)
        #expect(HTMLNamedReference.all.count == Self.list.keys.filter { $0.hasSuffix(";") }.count)
        #expect(HTMLNamedReference.all.filter(\.legacy).count == Self.list.keys.filter { !$0.hasSuffix(";") }.count)
        #expect(Self.list.values.filter { $0.count == 2 }.count == 93, "the two-code-point references")
    }

    /// Each of the 2,231 entries, alone, in text and in an attribute value (where nothing follows it).
    @Test func everyEntryDecodesToItsCodePoints() {
        var wrong: [String] = []
        for (key, codePoints) in Self.list.sorted(by: { $0.key < $1.key }) {
            let expected = Self.string(codePoints)
            if HTMLEntityDecoder.decode(key) != expected || HTMLEntityDecoder.decode(key, inAttribute: true) != expected {
                wrong.append(key)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(10))")
    }

    /// Inputs and what Python 3.11's `html.unescape` (which follows the standard for text) made of
    /// them, captured when this test was written.
    static let unescaped: [(String, String)] = [
        ("&notit; I tell you", "\u{AC}it; I tell you"),
        ("&ampx;", "&x;"),
        ("?a=1&copy=2", "?a=1\u{A9}=2"),
        ("&AMP&AMP;", "&&"),
        ("&Eacute", "\u{C9}"),
        ("&eacuteX", "\u{E9}X"),
        ("&frac12x", "\u{BD}x"),
        ("&NotEqualTilde;", "\u{2242}\u{338}"),
        ("&nbsp;&nbsp", "\u{A0}\u{A0}"),
        ("&amp;amp;", "&amp;"),
        ("&LongRightArrow;", "\u{27F6}"),
        ("&unknown;", "&unknown;"),
        ("&#x41;&#65", "AA"),
        ("&#146;", "\u{2019}"),
        ("&ltx &gtgt", "<x >gt"),
        ("&quot", "\""),
        ("&ngE;", "\u{2267}\u{338}"),
        ("&fjlig;", "fj"),
        ("&bne;", "=\u{20E5}"),
        ("&Aacute;s", "\u{C1}s"),
        ("&aacutes", "\u{E1}s"),
        ("&copysr;", "\u{2117}"),
        ("&copy;", "\u{A9}"),
        ("&mldr", "&mldr"),
        ("&times2", "\u{D7}2"),
        ("&lt &lt;", "< <"),
        ("&ThickSpace;", "\u{205F}\u{200A}"),
        ("&nbspx", "\u{A0}x"),
        ("&sup1x", "\u{B9}x"),
        ("&sup", "&sup"),
        ("&supe;", "\u{2287}"),
        ("&AElig&AMP;", "\u{C6}&"),
        ("&CounterClockwiseContourIntegral;", "\u{2233}"),
        ("&CounterClockwiseContourIntegralX;", "&CounterClockwiseContourIntegralX;"),
        ("&yuml&yumlz", "\u{FF}\u{FF}z"),
        ("&;", "&;"),
        ("& amp;", "& amp;"),
    ]

    @Test func textDecodesAsPythonsUnescape() {
        for (input, expected) in Self.unescaped {
            #expect(HTMLEntityDecoder.decode(input) == expected, "\(input)")
        }
    }

    /// The standard's attribute rule: a legacy name without `;` followed by `=` or a letter or digit
    /// is left as written (so query strings survive); anything else decodes as in text.
    @Test(arguments: [
        (#"<a href="?a=1&copy=2&amp;b=3&copy;&copy">"#, "href", "?a=1&copy=2&b=3\u{A9}\u{A9}"),
        (#"<a title="&notit; &not &not=1 &ampx &amp= &amp">"#, "title", "&notit; \u{AC} &not=1 &ampx &amp= &"),
        ("<a href=?x=1&lang=en&reg>", "href", "?x=1&lang=en\u{AE}"),
        (#"<a title='&eacute;t&eacute &eacutez'>"#, "title", "\u{E9}t\u{E9} &eacutez"),
    ])
    func attributeValues(html: String, attribute: String, expected: String) throws {
        var tokenizer = HTMLTokenizer(Array(html.unicodeScalars))
        guard case .start(let tag) = tokenizer.next() else {
            Issue.record("no start tag in \(html)")
            return
        }
        #expect(tag.attribute(attribute) == expected)
    }

    /// The same query string in text decodes (as browsers show it), through the content parser.
    @Test func theContentParserDecodesTextAndAttributesDifferently() {
        let raw = HTMLReader.read(#"<p>See ?a=1&copy=2 and &notit; here.</p>"#)
        #expect(raw.items == [.paragraph([.text("See ?a=1\u{A9}=2 and \u{AC}it; here.")])])
    }

    /// A long run of letters after `&` is read no further than the longest name, so cost stays linear.
    @Test(.timeLimit(.minutes(1)))
    func longRunsStayLiteral() {
        let run = String(repeating: "a", count: 200_000)
        #expect(HTMLEntityDecoder.decode("&" + run + ";") == "&" + run + ";")
        let many = String(repeating: "&notanentityatall", count: 20_000)
        #expect(HTMLEntityDecoder.decode(many) == String(repeating: "\u{AC}anentityatall", count: 20_000))
    }
}
