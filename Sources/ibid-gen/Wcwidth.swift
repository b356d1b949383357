#if canImport(Glibc)
import Glibc
#endif

/// The C library's `wcwidth` under `C.UTF-8`: the one file of `ibid-gen` that calls the C library.
///
/// Glibc does not export `wcwidth` to Swift (it is behind `_XOPEN_SOURCE`), so it is looked up by
/// name; the locale is set for this thread only (`uselocale`), so a test calling this in parallel
/// with others leaves theirs alone.
struct Wcwidth {
    private typealias Function = @convention(c) (Int32) -> Int32
    private let function: Function
    /// The library's version, for the generated file's header (`gnu_get_libc_version`).
    let libraryVersion: String

    init() throws {
        guard let handle = dlopen(nil, RTLD_NOW) else { throw GeneratorError(description: "dlopen failed") }
        defer { dlclose(handle) }
        guard let symbol = dlsym(handle, "wcwidth") else { throw GeneratorError(description: "no wcwidth in the C library") }
        function = unsafeBitCast(symbol, to: Function.self)
        typealias VersionFunction = @convention(c) () -> UnsafePointer<CChar>?
        if let version = dlsym(handle, "gnu_get_libc_version"), let text = unsafeBitCast(version, to: VersionFunction.self)() {
            libraryVersion = "glibc " + String(cString: text)
        } else {
            libraryVersion = "the C library"
        }
    }

    /// Calls `body` with `wcwidth` in effect under C.UTF-8 on this thread; throws without the locale.
    func underUTF8<T>(_ body: ((UInt32) -> Int) throws -> T) throws -> T {
        // LC_CTYPE_MASK is `1 << LC_CTYPE` in glibc.
        guard let utf8 = newlocale(Int32(1) << LC_CTYPE, "C.UTF-8", nil) else {
            throw GeneratorError(description: "the C.UTF-8 locale is missing")
        }
        defer { freelocale(utf8) }
        let previous = uselocale(utf8)
        defer { uselocale(previous) }
        let function = self.function
        guard function(0x4E2D) == 2 else { throw GeneratorError(description: "C.UTF-8 is not in effect (wcwidth(U+4E2D) != 2)") }
        return try body { Int(function(Int32(bitPattern: $0))) }
    }
}
