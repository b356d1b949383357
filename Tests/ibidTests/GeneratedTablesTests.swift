import Foundation
import IbidTestSupport
import Testing
@testable import ibid_gen

/// The committed tables are exactly what `ibid-gen` makes from their sources today, and the
/// generators' own rules hold on inputs whose answer is known.
@Suite("Generated tables")
struct GeneratedTablesTests {
    /// The first line where `committed` and `generated` differ, or nil.
    static func firstDifference(_ committed: String, _ generated: String) -> String? {
        let a = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let b = generated.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) {
            return "line \(i + 1): committed \(i < a.count ? String(a[i]) : "<end>") | generated \(i < b.count ? String(b[i]) : "<end>")"
        }
        return nil
    }

    static func committed(_ path: String) throws -> String {
        try String(contentsOfFile: TestPaths.packageRoot + "/" + path, encoding: .utf8)
    }

    /// Fails when glibc's tables moved or someone edited the file: regenerate (see its header).
    @Test func charWidthTableIsTheGeneratorsOutput() throws {
        let generated = try CharWidthTableSource.generate()
        let difference = Self.firstDifference(try Self.committed(CharWidthTableSource.committedPath), generated)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func entityTableIsTheGeneratorsOutput() throws {
        let generated = try HTMLEntityTableSource.generate(jsonPath: HTMLEntityTableSource.defaultInput)
        let difference = Self.firstDifference(try Self.committed(HTMLEntityTableSource.committedPath), generated)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// Runs merge while the width holds, split where it changes, skip width 1, and start at U+0300;
    /// -1 is 0 for controls and 1 for the rest.
    @Test func widthRunsFromAKnownWcwidth() {
        let fake: (UInt32) -> Int = { v in
            switch v {
            case 0x0000...0x02FF: 0                 // below the table: never looked at
            case 0x0300...0x0302: 0
            case 0x0303: 2
            case 0x0304: -1                         // unprintable, not a control: 1, so no run
            case 0x1100...0x1101: 2
            case 0x1102: 0
            case 0x10FFFF: 0
            default: 1
            }
        }
        #expect(CharWidthTableSource.runs(wcwidth: fake) == [
            .init(first: 0x0300, last: 0x0302, width: 0), .init(first: 0x0303, last: 0x0303, width: 2),
            .init(first: 0x1100, last: 0x1101, width: 2), .init(first: 0x1102, last: 0x1102, width: 0),
            .init(first: 0x10FFFF, last: 0x10FFFF, width: 0),
        ])
        #expect(CharWidthTableSource.width(of: 0x9B, wcwidth: -1) == 0)
        #expect(CharWidthTableSource.width(of: 0x2028, wcwidth: -1) == 1)
    }

    /// The entity list is checked before it is trusted: a bare name needs its `;` twin with the
    /// same code points, and code points must agree with the characters.
    @Test func entityListsTheDecoderCannotHoldAreRefused() throws {
        let good = #"{"&amp": {"codepoints": [38], "characters": "&"}, "&amp;": {"codepoints": [38], "characters": "&"}, "&b;": {"codepoints": [98, 99], "characters": "bc"}}"#
        #expect(try HTMLEntityTableSource.references(json: Data(good.utf8)) == [
            .init(name: "amp", legacy: true, codePoints: [38]), .init(name: "b", legacy: false, codePoints: [98, 99]),
        ])
        for bad in [
            #"{"&amp": {"codepoints": [38], "characters": "&"}}"#,                                             // no &amp;
            #"{"&amp": {"codepoints": [39], "characters": "'"}, "&amp;": {"codepoints": [38], "characters": "&"}}"#,  // twin differs
            #"{"&x;": {"codepoints": [38], "characters": "x"}}"#,                                              // disagree
            #"{"x;": {"codepoints": [120], "characters": "x"}}"#,                                              // no &
            #"{"&x-y;": {"codepoints": [120], "characters": "x"}}"#,                                           // not alphanumeric
        ] {
            #expect(throws: GeneratorError.self, "\(bad)") { try HTMLEntityTableSource.references(json: Data(bad.utf8)) }
        }
    }
}
