import Foundation
import Testing
@testable import IbidReader

/// docs/keys.md holds the same table as the help overlay.
@Test func keysDocumentMatchesTheHelpOverlay() throws {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    let doc = try String(contentsOf: url.appendingPathComponent("docs/keys.md"), encoding: .utf8)
    #expect(doc.contains(KeyHelp.markdown()), "regenerate the table in docs/keys.md from KeyHelp.markdown()")
}
