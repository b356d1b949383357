#if canImport(Glibc)
import Glibc
#endif

/// Turns the FILE arguments into the files to read (docs/decisions.md, "Several dumps: one
/// library"): a file stays itself, `-` is standard input, a directory gives the regular files under
/// it — sorted by name (bytewise), hidden entries skipped, subdirectories walked up to
/// `maxDepth` deep, symbolic links to directories never followed (so no loop), a link to a regular
/// file taken — and no more than `maxFiles` in all.
enum DumpWalk {
    static let maxFiles = 10_000
    static let maxDepth = 8

    struct Input: Equatable {
        let path: String
        /// Found by walking a directory (a failure to read it is a warning), not named by the user.
        let walked: Bool
    }

    enum Failure: Error, Equatable {
        case tooMany(String)
        case cannotList(String, String)
    }

    static func inputs(_ arguments: [String]) throws(Failure) -> [Input] {
        var out: [Input] = []
        for argument in arguments {
            if argument != "-", isDirectory(argument, follow: true) {
                try walk(argument, depth: 0, into: &out)
            } else {
                out.append(Input(path: argument, walked: false))
            }
            if out.count > maxFiles { throw .tooMany(argument) }
        }
        return out
    }

    private static func walk(_ directory: String, depth: Int, into out: inout [Input]) throws(Failure) {
        guard let dir = opendir(directory) else { throw .cannotList(directory, String(cString: strerror(errno))) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
            if names.count > maxFiles { break }
        }
        closedir(dir)
        names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names {
            let path = base + name
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            switch link.st_mode & S_IFMT {
            case S_IFREG:
                out.append(Input(path: path, walked: true))
            case S_IFDIR where depth + 1 < maxDepth:
                try walk(path, depth: depth + 1, into: &out)
            case S_IFLNK:
                // A link is taken only to a regular file: a link to a directory could loop.
                var target = stat()
                if stat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG { out.append(Input(path: path, walked: true)) }
            default:
                break  // FIFOs, devices, sockets: never opened from a walk
            }
            if out.count > maxFiles { throw .tooMany(directory) }
        }
    }

    static func isDirectory(_ path: String, follow: Bool) -> Bool {
        var info = stat()
        let status = follow ? stat(path, &info) : lstat(path, &info)
        return status == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
