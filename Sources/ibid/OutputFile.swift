import CIbidSystem
import IbidDump
#if canImport(Glibc)
import Glibc
#endif

/// A file given with `--output`, replaced whole or not at all.
///
/// The bytes go to a temporary that `mkstemp` creates in the target's directory (O_CREAT|O_EXCL, so
/// it never follows a planted symlink, and a random name, so nothing can be planted for it), then
/// `fsync`, `rename` over the target, `fsync` of the directory. Any failure unlinks the temporary
/// and leaves the target as it was. Only a regular file is ever replaced: a symlink, FIFO, device,
/// socket or directory at the target is refused (exit 73), as is the input itself under any name.
/// A signal (INT, TERM, HUP, QUIT) while the temporary exists removes it before ending the process.
final class OutputFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        /// 73 (EX_CANTCREAT): refused or not created; 74 (EX_IOERR): writing or committing failed.
        let exitCode: Int32
        var description: String { "\(path): \(reason)" }
    }

    let path: String
    private let temporary: String
    private var fd: Int32
    private var writeError: Int32 = 0

    init(path: String, inputs: [FileSnapshot]) throws(Failure) {
        self.path = path
        func refuse(_ why: String) -> Failure { Failure(path: path, reason: "cannot create output: \(why)", exitCode: 73) }
        var existing = stat()
        var mode = mode_t(0o644) & ~Self.umaskNow()
        var owner: (uid_t, gid_t)?
        if lstat(path, &existing) == 0 {
            let type = existing.st_mode & S_IFMT
            guard type == S_IFREG else { throw refuse("it is \(Self.describe(type)); ibid replaces only regular files") }
            let target = FileSnapshot(existing)
            if inputs.contains(where: { $0.isSameFile(as: target) }) { throw refuse("it is the input being read") }
            mode = existing.st_mode & 0o7777
            owner = (existing.st_uid, existing.st_gid)
        } else if errno != ENOENT {
            throw refuse(Self.errnoText())
        }
        var template = Array((Self.directory(of: path) + "/." + Self.shortName(of: path) + ".ibid-XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else { throw refuse(Self.errnoText()) }
        _ = fcntl(opened, F_SETFD, FD_CLOEXEC)
        fd = opened
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // A signal from here to the rename removes the temporary before ending the process.
        _ = ibid_tempfile_arm(temporary)
        // mkstemp creates 0600; give the file the mode it would have had (or had), and as root its owner.
        fchmod(fd, mode)
        if let owner, geteuid() == 0 { _ = fchown(fd, owner.0, owner.1) }
        TestStop.at(.output)
    }

    deinit { abandon() }

    func write(_ bytes: [UInt8]) {
        guard writeError == 0, fd >= 0 else { return }
        if !Output.writeAll(bytes, to: fd) { writeError = errno }
    }

    /// Puts the file in place, or throws (exit 74) with the target untouched.
    func commit() throws(Failure) {
        guard fd >= 0 else { throw Failure(path: path, reason: "write failed: abandoned", exitCode: 74) }
        if writeError == 0 && fsync(fd) != 0 { writeError = errno }
        if close(fd) != 0 && writeError == 0 { writeError = errno }
        fd = -1
        if writeError == 0 && rename(temporary, path) != 0 { writeError = errno }
        if writeError != 0 { unlink(temporary) }
        ibid_tempfile_disarm()
        guard writeError == 0 else {
            throw Failure(path: path, reason: "write failed: \(String(cString: strerror(writeError)).lowercased())", exitCode: 74)
        }
        // The rename is durable only once the directory is; a failure here leaves a complete file anyway.
        let directory = open(Self.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// Drops the temporary; the target stays as it was. Safe to call more than once.
    func abandon() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
        ibid_tempfile_disarm()
    }

    static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// The target's name, shortened so the temporary's name stays within NAME_MAX.
    static func shortName(of path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        return String(decoding: name.utf8.prefix(96), as: UTF8.self)
    }

    static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a directory"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func umaskNow() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func errnoText() -> String { String(cString: strerror(errno)).lowercased() }
}
