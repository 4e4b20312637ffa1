// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for LeakTrace's readers. The modules under test are the repository's own
// sources, symlinked into Sources/, so the fuzzers always test the code the tool ships.
// Build and run with `make fuzz` (see fuzz.sh): the targets need
// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`.
let fuzzTargets = ["FuzzDelimited", "FuzzLineText", "FuzzEncoding", "FuzzJSON", "FuzzSQL", "FuzzChat", "FuzzXLSX", "FuzzIntake"]

let package = Package(
    name: "LeakTraceFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .target(name: "LeakTraceCore"),
        .target(name: "LeakTraceCrypto", dependencies: ["COpenSSL"]),
        .target(
            name: "LeakTraceIngest",
            dependencies: ["LeakTraceCore", "LeakTraceCrypto", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "FuzzSupport", dependencies: ["LeakTraceCore", "LeakTraceIngest"]),
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzSupport", "LeakTraceIngest"]) }
)
