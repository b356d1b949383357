#if canImport(Glibc)
import Glibc
#endif

/// Lets the test suite cut a dump at a known moment: with `IBID_TEST_STOP_AT=mapped` (after the file
/// is mapped, before it is parsed), `=loaded` (after the library is built, before the command uses
/// it) or `=output` (once `--output`'s temporary exists), ibid stops itself with SIGSTOP there; the
/// test truncates the file, or signals ibid, and sends SIGCONT.
/// Nothing else sets the variable (docs/architecture.md, "Files that change while being read").
enum TestStop {
    enum Point: String { case mapped, loaded, output }

    private static let requested: Point? = getenv("IBID_TEST_STOP_AT").flatMap { Point(rawValue: String(cString: $0)) }

    static func at(_ point: Point) {
        if requested == point { raise(SIGSTOP) }
    }
}
