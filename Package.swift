// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ibid",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ibid", targets: ["ibid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Layer 1: bytes → print_r value tree → posts. No UI, no Foundation.
        // The few system facilities Swift cannot express safely: signal handlers whose state lives in
        // C static storage (the mapped-file guard, the terminal's crash restore).
        .target(name: "CIbidSystem"),
        .target(name: "IbidDump", dependencies: ["CIbidSystem"]),
        // Layer 2: the document model and its recovery from post content.
        .target(name: "IbidDocument", dependencies: ["IbidDump"]),
        // Layer 3: the pure TUI core — state, keys, layout, rendering into a Screen. No I/O.
        .target(name: "IbidReader", dependencies: ["IbidDocument"]),
        // Layer 4: the thin ncursesw backend. IbidTerminal is the only module that imports CNcursesw.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "IbidTerminal", dependencies: ["CNcursesw", "CIbidSystem", "IbidReader", "IbidDocument"]),
        // Layer 5: the command-line front end.
        .executableTarget(
            name: "ibid",
            dependencies: [
                "IbidDump", "IbidDocument", "IbidReader", "IbidTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks live beside the product so the top level stays as designed.
        .executableTarget(
            name: "ibid-bench",
            dependencies: ["IbidDump", "IbidDocument", "IbidReader", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // load → recover → render as one function: a libFuzzer target when built by `.ci/fuzz`
        // (-DIBID_FUZZ -sanitize=fuzzer), otherwise a driver that replays saved inputs.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(name: "ibid-fuzz", dependencies: ["IbidDump", "IbidDocument", "IbidReader", "CLibFuzzer"]),
        // Helpers the test targets share: where the sample is, a seeded generator for the mutation tests.
        .target(name: "IbidTestSupport", path: "Tests/Support"),
        .testTarget(name: "IbidDumpTests", dependencies: ["IbidDump", "IbidTestSupport"]),
        .testTarget(name: "IbidDocumentTests", dependencies: ["IbidDocument", "IbidDump", "IbidTestSupport"]),
        .testTarget(name: "IbidReaderTests", dependencies: ["IbidReader", "IbidDocument", "IbidDump", "IbidTestSupport"]),
        .testTarget(name: "ibidTests", dependencies: ["ibid", "IbidDocument", "IbidDump", "IbidTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
