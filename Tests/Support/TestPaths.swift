/// Where the package and its bundled sample are, found from this file so tests run from any directory.
public enum TestPaths {
    public static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    public static let sample = packageRoot + "/Resources/fpc-author-page.txt"
}
