// swift-tools-version:6.1
import PackageDescription

// The pure core (Core, Corpus, Generation, Matching, Attribution) knows nothing of files or SQLite.
// I/O lives at the edges: Crypto (OpenSSL), Ingest (readers), Registry (SQLite), Report (writers),
// Kit (the use cases that tie them together) and the `leaktrace` command line.
let package = Package(
    name: "LeakTrace",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leaktrace", targets: ["LeakTraceCLI"]),
        .library(name: "LeakTraceKit", targets: ["LeakTraceKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: OpenSSL
        .systemLibrary(
            name: "COpenSSL",
            path: "Sources/COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),

        // MARK: Pure core
        .target(name: "LeakTraceCore"),
        .target(name: "LeakTraceCorpus", dependencies: ["LeakTraceCore"]),
        .target(name: "LeakTraceGeneration", dependencies: ["LeakTraceCore", "LeakTraceCorpus"]),
        .target(name: "LeakTraceMatching", dependencies: ["LeakTraceCore", "LeakTraceCorpus"]),
        .target(name: "LeakTraceAttribution", dependencies: ["LeakTraceCore"]),

        // MARK: Edges
        .target(name: "LeakTraceCrypto", dependencies: ["COpenSSL"]),
        .target(
            name: "LeakTraceIngest",
            dependencies: ["LeakTraceCore", "LeakTraceCrypto", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "LeakTraceRegistry",
            dependencies: [
                "LeakTraceCore", "LeakTraceCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "LeakTraceReport",
            dependencies: ["LeakTraceCore", "LeakTraceCrypto", "LeakTraceAttribution"]
        ),
        .target(
            name: "LeakTraceKit",
            dependencies: [
                "LeakTraceCore", "LeakTraceCorpus", "LeakTraceGeneration", "LeakTraceMatching",
                "LeakTraceAttribution", "LeakTraceCrypto", "LeakTraceIngest", "LeakTraceRegistry",
                "LeakTraceReport", "Yams",
            ]
        ),
        .executableTarget(
            name: "LeakTraceCLI",
            dependencies: [
                "LeakTraceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Benchmarks (`make bench`, issue 6); never part of the shipped product
        .executableTarget(
            name: "LeakTraceBench",
            dependencies: [
                "LeakTraceKit", "LeakTraceCore", "LeakTraceGeneration", "LeakTraceIngest", "LeakTraceMatching",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // MARK: Tests mirror Sources/
        .testTarget(name: "LeakTraceCoreTests", dependencies: ["LeakTraceCore"]),
        .testTarget(name: "LeakTraceCorpusTests", dependencies: ["LeakTraceCorpus"]),
        .testTarget(name: "LeakTraceGenerationTests", dependencies: ["LeakTraceGeneration"]),
        .testTarget(name: "LeakTraceMatchingTests", dependencies: ["LeakTraceMatching", "LeakTraceGeneration"]),
        .testTarget(name: "LeakTraceAttributionTests", dependencies: ["LeakTraceAttribution"]),
        .testTarget(name: "LeakTraceCryptoTests", dependencies: ["LeakTraceCrypto"]),
        .testTarget(name: "LeakTraceIngestTests", dependencies: ["LeakTraceIngest"]),
        .testTarget(
            name: "LeakTraceRegistryTests",
            dependencies: ["LeakTraceRegistry", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "LeakTraceReportTests", dependencies: ["LeakTraceReport"]),
        .testTarget(
            name: "LeakTraceKitTests",
            dependencies: ["LeakTraceKit", "LeakTraceCore", "LeakTraceCrypto", "LeakTraceGeneration", "LeakTraceReport"]
        ),
        .testTarget(
            name: "LeakTraceCLITests",
            dependencies: ["LeakTraceCore", "LeakTraceGeneration"],
            exclude: ["README.md"]
        ),
    ]
)
