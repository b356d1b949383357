import Foundation
import IbidStore
import Testing

@Suite struct StoreLocationTests {
    @Test func xdgVariablesWin() {
        let env = ["HOME": "/home/a", "XDG_STATE_HOME": "/s", "XDG_CACHE_HOME": "/c/"]
        #expect(StoreLocation.resolve(.state, environment: env)?.directory == "/s/ibid")
        #expect(StoreLocation.resolve(.cache, environment: env)?.directory == "/c/ibid")
    }

    @Test func relativeOrEmptyVariablesFallBackToHome() {
        // The XDG spec: "If an implementation encounters a relative path in any of these variables
        // it should consider the path invalid and ignore it."
        let env = ["HOME": "/home/a", "XDG_STATE_HOME": "rel/dir", "XDG_CACHE_HOME": ""]
        #expect(StoreLocation.resolve(.state, environment: env)?.directory == "/home/a/.local/state/ibid")
        #expect(StoreLocation.resolve(.cache, environment: env)?.directory == "/home/a/.cache/ibid")
    }

    @Test func noHomeNoLocation() {
        #expect(StoreLocation.resolve(.state, environment: [:]) == nil)
        #expect(StoreLocation.resolve(.state, environment: ["HOME": "relative"]) == nil)
    }

    @Test func createMakesOwnerOnlyDirectoriesAndRefusesAFileInTheWay() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ibid-loc-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let loc = StoreLocation(directory: base + "/a/b/ibid")
        #expect(loc.create())
        let attrs = try FileManager.default.attributesOfItem(atPath: loc.directory)
        #expect((attrs[.posixPermissions] as? Int) == 0o700)
        #expect(loc.file("ibid.sqlite") == base + "/a/b/ibid/ibid.sqlite")
        FileManager.default.createFile(atPath: base + "/f", contents: Data())
        #expect(!StoreLocation(directory: base + "/f/ibid").create())
    }
}
