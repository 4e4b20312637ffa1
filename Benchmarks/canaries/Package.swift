// swift-tools-version:6.1
import PackageDescription

// The canary benchmarks (issue 3): realism AUC, collisions under each waybill mask, plant throughput.
// A package of its own so the main package's targets stay as they are; run it with ./run.sh.
let package = Package(
    name: "CanaryBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "LeakTrace", path: "../..")],
    targets: [
        .executableTarget(
            name: "canary-bench",
            dependencies: [.product(name: "LeakTraceKit", package: "LeakTrace")],
            path: "Sources/canary-bench"
        ),
    ]
)
