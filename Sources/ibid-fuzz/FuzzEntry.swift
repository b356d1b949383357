#if IBID_FUZZ
import CLibFuzzer

/// libFuzzer's entry point, compiled only with `-Xswiftc -DIBID_FUZZ -sanitize=fuzzer` (see `.ci/fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzOneInput.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

/// The fuzzer's `main`. SwiftPM links an executable target with `main` as an alias of
/// `<module>_main` (so tests can link the module), which would clash with libFuzzer's own `main`;
/// defining `ibid_fuzz_main` here satisfies the alias, the linker then never pulls libFuzzer's
/// `main` out of its archive, and this hands the arguments to libFuzzer's driver instead.
@_cdecl("ibid_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) }
}
#else
/// Without the fuzzer: `ibid-fuzz FILE|DIR...` runs each file through the same one-input function,
/// to reproduce a saved crash or time a slow input in an ordinary debug build.
@main
struct ReplayMain {
    static func main() { ReplayDriver.run(Array(CommandLine.arguments.dropFirst())) }
}
#endif
