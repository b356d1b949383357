// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ibid",
    // Linux only: the code imports Glibc in about 20 files, calls `Glibc.read`/`Glibc.write` and
    // reads /proc/self/exe, and nothing is built or tested on macOS, so no Apple platform is
    // claimed (docs/decisions.md, "Platforms").
    products: [
        .executable(name: "ibid", targets: ["ibid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SQLite for review state and the search index (docs/decisions.md, "Storage").
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        // Layer 4, beside the terminal: the stores behind the core's small protocols — review state in
        // $XDG_STATE_HOME/ibid, the search index in $XDG_CACHE_HOME/ibid — on SQLite through GRDB.
        .target(
            name: "IbidStore",
            dependencies: ["IbidReader", "IbidDocument", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // Layer 5: the command-line front end.
        .executableTarget(
            name: "ibid",
            dependencies: [
                "IbidDump", "IbidDocument", "IbidReader", "IbidTerminal", "IbidStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks live beside the product so the top level stays as designed. They make their
        // dumps with the tests' `PrintRWriter`, hence IbidTestSupport.
        .executableTarget(
            name: "ibid-bench",
            dependencies: ["IbidDump", "IbidDocument", "IbidReader", "IbidStore", "IbidTestSupport",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // load → recover → render as one function: a libFuzzer target when built by `.ci/fuzz`
        // (-DIBID_FUZZ -sanitize=fuzzer), otherwise a driver that replays saved inputs.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(name: "ibid-fuzz", dependencies: ["IbidDump", "IbidDocument", "IbidReader", "CLibFuzzer"]),
        // Generators of the committed tables (`CharWidthTable.swift`, `HTMLEntityTable.swift`) and
        // of docs/ibid.1's KEYS section (from the keymap, hence IbidReader); `entities.json` is an
        // input, not a resource of any product, and `man.sh` the one-step man page script.
        .executableTarget(
            name: "ibid-gen",
            dependencies: ["IbidReader", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["entities.json", "README.md", "man.sh"]
        ),
        // Helpers the test targets share: where the sample is, a seeded generator for the mutation
        // tests, a `print_r` writer.
        .target(name: "IbidTestSupport", path: "Tests/Support"),
        .testTarget(name: "IbidDumpTests", dependencies: ["IbidDump", "IbidTestSupport"]),
        .testTarget(name: "IbidDocumentTests", dependencies: ["IbidDocument", "IbidDump", "IbidTestSupport"]),
        .testTarget(name: "IbidReaderTests", dependencies: ["IbidReader", "IbidDocument", "IbidDump", "IbidTestSupport"]),
        .testTarget(name: "IbidStoreTests", dependencies: ["IbidStore", "IbidReader", "IbidDocument", "IbidTestSupport"]),
        .testTarget(name: "ibidTests", dependencies: ["ibid", "ibid-gen", "IbidDocument", "IbidDump", "IbidTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
