import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

enum TerminalLocale {
    /// ncursesw needs a UTF-8 locale for every non-ASCII character; this machine often gives `C`,
    /// where each would print as garbage. Fall back to C.UTF-8, which is always installed.
    static func useUTF8() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        setlocale(LC_ALL, "C.UTF-8")
    }
}
