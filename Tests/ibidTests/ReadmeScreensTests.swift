import Foundation
import IbidTestSupport
import Testing

/// The README's reader screens are what `ibid screen` prints for the sizes and keys the README
/// names, so they cannot go stale when the reader changes.
@Suite("README screens")
struct ReadmeScreensTests {
    @Test(arguments: [("110x24", 6003, "}]]"), ("72x18", 5845, "]]]]]<Enter>"), ("100x20", 6003, "t")])
    func readmeShowsTheScreen(size: String, open: Int, keys: String) throws {
        let readme = try String(contentsOfFile: TestPaths.packageRoot + "/README.md", encoding: .utf8)
        let result = try Binary.run(["screen", Binary.samplePath, "--size", size, "--open", String(open), "--keys", keys, "--quiet-warnings"])
        #expect(result.status == 0)
        #expect(readme.contains("```\n" + result.stdout + "```\n"), "regenerate README's \(size) screen: ibid screen --size \(size) --open \(open) --keys '\(keys)'")
    }
}
