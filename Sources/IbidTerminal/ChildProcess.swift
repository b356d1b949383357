#if canImport(Glibc)
import Glibc
#endif
import IbidDocument

/// Starts a helper program (a browser, a clipboard tool) without a shell and without letting it
/// touch the reader's screen: posix_spawn with the argv as given, standard output and error on
/// /dev/null, standard input /dev/null or a socket carrying `input`, in a process group of its
/// own (so a terminal browser that tries to read the tty is stopped, not fighting ncurses for it),
/// with the signals the reader catches or ignores set back to their defaults and none blocked.
/// A background thread feeds the input and reaps the child, so the reader never waits for it.
enum ChildProcess {
    struct SpawnError: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "\(program): \(String(cString: strerror(code)))" }
    }

    /// Spawns `argv` (looked up on the PATH when it has no slash); throws when it cannot start.
    static func spawn(_ argv: [String], input: [UInt8]? = nil) throws(SpawnError) {
        guard let program = argv.first, !program.isEmpty else { throw SpawnError(program: "(empty)", code: ENOENT) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // A socket rather than a pipe: `send` with MSG_NOSIGNAL cannot raise SIGPIPE in the reader
        // should the tool exit without reading. Both ends close on exec; the child's copy on fd 0 does not.
        var ends: [Int32] = [-1, -1]
        if input != nil {
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
                throw SpawnError(program: program, code: errno)
            }
            posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing else of ours: not the terminal ncurses reads and writes, not the dump.
        for fd in inheritedDescriptors() { posix_spawn_file_actions_addclose(&actions, fd) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCONT, SIGWINCH, SIGCHLD, SIGBUS, SIGSEGV] {
            sigaddset(&defaults, sig)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, program, &actions, &attributes, &cArgs, environ)
        if ends[0] >= 0 { close(ends[0]) }
        guard started == 0 else {
            if ends[1] >= 0 { close(ends[1]) }
            throw SpawnError(program: program, code: started)
        }
        let writeEnd = ends[1]
        let child = pid
        let bytes = input ?? []
        BackgroundThread.detach {
            if writeEnd >= 0 {
                var done = 0
                while done < bytes.count {
                    let n = bytes[done...].withUnsafeBytes { send(writeEnd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                    if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
                }
                close(writeEnd)
            }
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// Descriptors above 2 that a child would inherit (open, without close-on-exec), from
    /// /proc/self/fd. (glibc's `posix_spawn_file_actions_addclosefrom_np` is not visible to Swift.)
    static func inheritedDescriptors() -> [Int32] {
        guard let dir = opendir("/proc/self/fd") else { return [] }
        var fds: [Int32] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let fd = Int32(name), fd > 2 { fds.append(fd) }
        }
        closedir(dir)
        return fds.filter { fd in
            let flags = fcntl(fd, F_GETFD)
            return flags >= 0 && flags & FD_CLOEXEC == 0
        }
    }

    /// Whether `name` is an executable file in one of `$PATH`'s directories.
    static func onPath(_ name: String) -> Bool {
        guard let path = getenv("PATH").map({ String(cString: $0) }) else { return false }
        for dir in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (dir.isEmpty ? "." : String(dir)) + "/" + name
            if access(candidate, X_OK) == 0 { return true }
        }
        return false
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }
}
