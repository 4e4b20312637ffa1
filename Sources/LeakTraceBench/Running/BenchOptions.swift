import Foundation

/// The bench's command line: where to work, which tools to run, how big to go.
///
/// ```swift
/// let options = try BenchOptions(CommandLine.arguments.dropFirst())
/// // LeakTraceBench --work .build/bench --leaktrace .build/release/leaktrace --rg /usr/bin/rg
/// ```
struct BenchOptions: Sendable {
    var work = ".build/bench"
    var leaktrace = ".build/release/leaktrace"
    var rg = "/usr/bin/rg"
    var timeTool = "/usr/bin/time"
    /// The venv's python with splink and duckdb, or nil when they could not be installed.
    var python: String?
    var splinkScript = "Benchmarks/splink_peer.py"
    var replicaRows = 619_109
    var scaleRows = [1_000_000, 10_000_000]
    var formatRows = 100_000
    var runs = 3
    /// Sections to run (1…5); all by default.
    var sections: Set<Int> = [1, 2, 3, 4, 5]
    var bigCanaryCount = 1_000_000
    /// Canaries in the larger registry whose load is timed. At the default (the big count) the load
    /// is measured on a real registry of a million; filling it takes about two minutes. A smaller
    /// count is extrapolated per canary.
    var registryCanaryCount = 1_000_000
    /// Records of the replica matched in memory against each canary index.
    var indexRecords = 100_000

    static let usage = """
        usage: LeakTraceBench [--work DIR] [--leaktrace BIN] [--rg BIN] [--time BIN] [--python BIN] [--splink-script FILE]
                              [--replica-rows N] [--scale-rows N,N] [--format-rows N] [--runs N] [--canaries N]
                              [--registry-canaries N] [--index-records N] [--sections 1,2,3,4,5]
        """

    init<S: Sequence>(_ arguments: S) throws where S.Element == String {
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let next = iterator.next() else { throw BenchFailure("\(flag) needs a value\n\(Self.usage)") }
            return next
        }
        func number(_ flag: String) throws -> Int {
            let text = try value(flag)
            guard let parsed = Int(text.replacingOccurrences(of: "_", with: "")), parsed > 0 else { throw BenchFailure("\(flag): '\(text)' is no positive number") }
            return parsed
        }
        func numbers(_ flag: String) throws -> [Int] {
            try value(flag).split(separator: ",").map {
                guard let parsed = Int($0.replacingOccurrences(of: "_", with: "")), parsed > 0 else { throw BenchFailure("\(flag): '\($0)' is no positive number") }
                return parsed
            }
        }
        while let flag = iterator.next() {
            switch flag {
            case "--work": work = try value(flag)
            case "--leaktrace": leaktrace = try value(flag)
            case "--rg": rg = try value(flag)
            case "--time": timeTool = try value(flag)
            case "--python": python = try value(flag)
            case "--splink-script": splinkScript = try value(flag)
            case "--replica-rows": replicaRows = try number(flag)
            case "--scale-rows": scaleRows = try numbers(flag)
            case "--format-rows": formatRows = try number(flag)
            case "--runs": runs = try number(flag)
            case "--canaries": bigCanaryCount = try number(flag)
            case "--registry-canaries": registryCanaryCount = try number(flag)
            case "--index-records": indexRecords = try number(flag)
            case "--sections": sections = Set(try numbers(flag))
            case "-h", "--help": throw BenchFailure(Self.usage)
            default: throw BenchFailure("unknown option \(flag)\n\(Self.usage)")
            }
        }
    }
}
