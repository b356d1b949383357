#if canImport(Glibc)
import Glibc
#endif

/// Where ibid keeps what outlives a run, per the XDG Base Directory spec: review state (marks,
/// places) under `$XDG_STATE_HOME/ibid/` and the search index under `$XDG_CACHE_HOME/ibid/`.
/// A variable that is unset, empty or relative is ignored, as the spec says, and the default under
/// `$HOME` is used; with no usable `$HOME` either there is no location, and callers run without
/// state rather than write somewhere unexpected.
public struct StoreLocation: Equatable, Sendable {
    /// The directory ibid's files go in (not created until something is written).
    public let directory: String

    public enum Kind: Sendable {
        /// `$XDG_STATE_HOME/ibid`, default `~/.local/state/ibid`: what a user would miss if deleted.
        case state
        /// `$XDG_CACHE_HOME/ibid`, default `~/.cache/ibid`: what can be rebuilt at will.
        case cache

        var variable: String { self == .state ? "XDG_STATE_HOME" : "XDG_CACHE_HOME" }
        var fallback: String { self == .state ? ".local/state" : ".cache" }
    }

    public init(directory: String) {
        self.directory = directory
    }

    /// The location for `kind` under `environment` (the process's own by default).
    public static func resolve(_ kind: Kind, environment: [String: String] = StoreLocation.processEnvironment()) -> StoreLocation? {
        if let base = environment[kind.variable], base.hasPrefix("/") {
            return StoreLocation(directory: join(base, "ibid"))
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return StoreLocation(directory: join(join(home, kind.fallback), "ibid"))
    }

    /// A file inside the location.
    public func file(_ name: String) -> String { StoreLocation.join(directory, name) }

    /// Creates the directory and its missing parents, owner-only as the spec asks (0700).
    /// Returns false when it cannot be made (a file in the way, no permission).
    public func create() -> Bool {
        var path = ""
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + part
            var info = stat()
            if stat(path, &info) == 0 {
                if info.st_mode & S_IFMT != S_IFDIR { return false }
                continue
            }
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    public static func processEnvironment() -> [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") {
                out[String(s[..<eq])] = String(s[s.index(after: eq)...])
            }
            p += 1
        }
        return out
    }
}
