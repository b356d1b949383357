import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Finding and opening the review database for a command: at `$XDG_STATE_HOME/ibid/ibid.sqlite`,
/// and — for the reader — a database that cannot be opened (corrupt, unreadable, not a database)
/// moved aside with its `-wal` and `-shm`, never deleted, so the reader runs and says that marks
/// are not being saved, and the next run starts a new one.
public enum ReviewStateFile {
    public static let fileName = "ibid.sqlite"

    /// What opening gave: a store, or why there is none (nil `problem` only with `--no-state`).
    public struct Opened {
        public let store: ReviewDatabase?
        public let problem: String?

        public init(store: ReviewDatabase?, problem: String?) {
            self.store = store
            self.problem = problem
        }
    }

    /// For the reader (`read`, `screen`): opens or creates the database; one that fails to open is
    /// moved aside.
    public static func openForReader(environment: [String: String] = StoreLocation.processEnvironment()) -> Opened {
        guard let location = StoreLocation.resolve(.state, environment: environment) else {
            return Opened(store: nil, problem: "no $XDG_STATE_HOME or $HOME to keep them in")
        }
        guard location.create() else {
            return Opened(store: nil, problem: "cannot create \(location.directory)")
        }
        let path = location.file(fileName)
        do {
            return Opened(store: try ReviewDatabase(path: path), problem: nil)
        } catch let newer as ReviewDatabase.Newer {
            return Opened(store: nil, problem: "\(fileName): \(newer)")
        } catch {
            let reason = describe(error)
            if let aside = moveAside(path) {
                return Opened(store: nil, problem: "\(fileName) could not be opened (\(reason)); moved to \(aside)")
            }
            return Opened(store: nil, problem: "\(fileName) could not be opened (\(reason))")
        }
    }

    /// For the reports (`review`, `citations`): the database if there is one (nil when none was
    /// ever written); a failure is thrown, not moved aside — a report does not repair.
    public static func openForReport(environment: [String: String] = StoreLocation.processEnvironment()) throws -> ReviewDatabase? {
        guard let location = StoreLocation.resolve(.state, environment: environment) else { return nil }
        let path = location.file(fileName)
        guard access(path, F_OK) == 0 else { return nil }
        do {
            return try ReviewDatabase(path: path)
        } catch {
            throw Unreadable(path: path, reason: describe(error))
        }
    }

    public struct Unreadable: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot read the review state (\(reason))" }
    }

    static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        return "\(error)"
    }

    /// Renames `path` (and its `-wal`, `-shm`) to `path.unreadable-YYYYMMDDTHHMMSS[-n]`, never over
    /// an existing file; the new name, or nil when it could not be moved.
    static func moveAside(_ path: String) -> String? {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let stamp = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
        for n in 0..<100 {
            let target = path + ".unreadable-" + stamp + (n == 0 ? "" : "-\(n)")
            // link + unlink: an atomic "rename unless the name is taken".
            var moved = link(path, target) == 0 && unlink(path) == 0
            // A file system without hard links: rename, having looked that the name is free.
            if !moved, errno != EEXIST, access(target, F_OK) != 0 { moved = rename(path, target) == 0 }
            if moved {
                for suffix in ["-wal", "-shm"] where access(path + suffix, F_OK) == 0 && access(target + suffix, F_OK) != 0 {
                    _ = rename(path + suffix, target + suffix)
                }
                return target.split(separator: "/").last.map(String.init) ?? target
            }
            if access(target, F_OK) != 0 { break }
        }
        return nil
    }
}
