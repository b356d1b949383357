import IbidTestSupport
import Foundation
import Testing
@testable import IbidReader

/// docs/keys.md holds the same table as the help overlay.
@Test func keysDocumentMatchesTheHelpOverlay() throws {
    let doc = try String(contentsOfFile: TestPaths.packageRoot + "/docs/keys.md", encoding: .utf8)
    #expect(doc.contains(KeyHelp.markdown()), "regenerate the table in docs/keys.md from KeyHelp.markdown()")
}
