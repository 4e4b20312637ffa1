// The canary benchmarks of issue 3. Not a unit test: it prints figures.
//
// Reference sample, stated honestly: there is no real customer data here (there must never be).
// The reference records are drawn by the same generators from the same public distributions
// (Corpus/: surname shares, given-name characters by sex, libphonenumber prefixes, GB/T 2260
// divisions), with seeds from a separate DeterministicRandom stream and no uniqueness filtering.
// So the AUC measures whether planting (HKDF seeds, redraws that keep canaries unique and two edits
// apart under every mask, at registry scale) leaves a trace a classifier can pick up. It cannot
// measure how far the corpus distributions are from real customers.
import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceKit

/// Options: `--leaktrace PATH` (the release binary, for throughput), `--playbook FILE`, `--quick`.
struct Options {
    var leaktrace = ""
    var playbook = ""
    var quick = false
}

@main
struct CanaryBench {
    static func main() throws {
        var options = Options()
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--leaktrace": options.leaktrace = arguments.next() ?? ""
            case "--playbook": options.playbook = arguments.next() ?? ""
            case "--quick": options.quick = true
            default:
                FileHandle.standardError.write(Data("canary-bench: unknown argument \(argument)\n".utf8))
                exit(64)
            }
        }

        let collisionCount = options.quick ? 20_000 : 100_000
        let throughputCounts = options.quick ? [20_000, 100_000] : [100_000, 1_000_000]
        let sampleSize = options.quick ? 5_000 : 20_000

        func temporaryFolder(_ label: String) throws -> URL {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("canary-bench-\(label)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }

        // MARK: - Plant 100,000 canaries through the Kit, check every mask

        let folder = try temporaryFolder("masks")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")
        let workspace = try Workspace.create(RegistryLocation(path: folder.appendingPathComponent("r.db").path), pipeline: pipeline)
        let started = Date()
        let planted = try Planter(workspace: workspace).plant(PlantRequest(
            placement: .entity("branch-1"), count: collisionCount, phones: .synthetic,
            output: folder.appendingPathComponent("b.csv"), operatorName: "bench"))
        let plantSeconds = Date().timeIntervalSince(started)
        print("== collisions under each mask: \(collisionCount) canaries planted (in-process, \(String(format: "%.0f", Double(collisionCount) / plantSeconds))/s)")
        let generator = CanaryGenerator()
        var rawRandom = DeterministicRandom(seed: 0xC0111_5105)
        let raw = (0..<collisionCount).map { _ in
            generator.person(seed: (0..<32).map { _ in UInt8(truncatingIfNeeded: rawRandom.next()) }, phone: .synthetic)
        }
        for view in MaskView.allCases {
            let kept = Set(planted.canaries.map { view.key(for: $0.person) }).count
            let unfiltered = Set(raw.map { view.key(for: $0) }).count
            print("  \(view.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)) planted: \(collisionCount - kept) collisions   (same generator without the index: \(collisionCount - unfiltered))")
        }
        print("  redraws while planting: \(planted.redraws.maskedKey) GB/T view, \(planted.redraws.otherView) other views, \(planted.redraws.withinOneEdit) within one edit")

        // Pool mode: five numbers for everything.
        let poolFolder = try temporaryFolder("pool")
        defer { try? FileManager.default.removeItem(at: poolFolder) }
        let poolWorkspace = try Workspace.create(RegistryLocation(path: poolFolder.appendingPathComponent("r.db").path), pipeline: pipeline)
        let pool = (1...5).map { "1390000" + String(format: "%04d", $0) }
        let pooled = try Planter(workspace: poolWorkspace).plant(PlantRequest(
            placement: .entity("branch-2"), count: collisionCount, phones: .pool(pool),
            output: poolFolder.appendingPathComponent("b.csv"), operatorName: "bench"))
        let poolCollisions = MaskView.allCases.map { view in "\(view.rawValue) \(collisionCount - Set(pooled.canaries.map { view.key(for: $0.person) }).count)" }
        print("  pool mode (\(Set(pooled.canaries.map(\.person.phone)).count) number(s) at branch-2): " + poolCollisions.joined(separator: ", "))

        // MARK: - Indistinguishability AUC

        let features = RealismFeatures()
        var referenceRandom = DeterministicRandom(seed: 0xF00D_0BAD)
        func referenceRecord() -> PersonRecord {
            generator.person(seed: (0..<32).map { _ in UInt8(truncatingIfNeeded: referenceRandom.next()) }, phone: .synthetic)
        }
        // The last canaries planted: those drawn when the registry was fullest, where redraws bite most.
        let canaries = Array(planted.canaries.suffix(sampleSize)).map(\.person)
        let reference = (0..<sampleSize).map { _ in referenceRecord() }

        func auc(includePhone: Bool) -> Double {
            var model = NaiveBayesClassifier()
            let half = sampleSize / 2
            for person in canaries.prefix(half) { model.train(features.tokens(for: person, includePhone: includePhone), positive: true) }
            for person in reference.prefix(half) { model.train(features.tokens(for: person, includePhone: includePhone), positive: false) }
            let positives = canaries.dropFirst(half).map { model.score(features.tokens(for: $0, includePhone: includePhone)) }
            let negatives = reference.dropFirst(half).map { model.score(features.tokens(for: $0, includePhone: includePhone)) }
            return ROCCurve.auc(positives: positives, negatives: negatives)
        }
        // What the same classifier scores between two reference halves drawn independently: the noise floor.
        func nullAUC() -> Double {
            let other = (0..<sampleSize).map { _ in referenceRecord() }
            var model = NaiveBayesClassifier()
            let half = sampleSize / 2
            for person in other.prefix(half) { model.train(features.tokens(for: person), positive: true) }
            for person in reference.prefix(half) { model.train(features.tokens(for: person), positive: false) }
            return ROCCurve.auc(
                positives: other.dropFirst(half).map { model.score(features.tokens(for: $0)) },
                negatives: reference.dropFirst(half).map { model.score(features.tokens(for: $0)) })
        }
        print("== indistinguishability: naive Bayes, \(sampleSize / 2) + \(sampleSize / 2) to train, the same to test")
        print(String(format: "  AUC canaries vs reference: %.4f (all features), %.4f (without phone prefix); reference vs reference: %.4f", auc(includePhone: true), auc(includePhone: false), nullAUC()))

        // MARK: - Throughput of the real binary

        guard !options.leaktrace.isEmpty else {
            print("== throughput: skipped (give --leaktrace PATH)")
            return
        }
        func run(_ arguments: [String], in directory: URL) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: options.leaktrace)
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        print("== throughput: `leaktrace plant --count N` on a fresh registry (release build)")
        for count in throughputCounts {
            for mode in ["--synthetic-phones", "--phone-pool"] {
                if mode == "--phone-pool" && count > 100_000 { continue }
                let directory = try temporaryFolder("throughput")
                defer { try? FileManager.default.removeItem(at: directory) }
                try pool.joined(separator: "\n").write(to: directory.appendingPathComponent("pool.txt"), atomically: true, encoding: .utf8)
                guard try run(["init", "--registry", "r.db", "--playbook", options.playbook], in: directory) == 0 else {
                    print("  init failed")
                    exit(1)
                }
                let phones = mode == "--phone-pool" ? ["--phone-pool", "pool.txt"] : ["--synthetic-phones"]
                let start = Date()
                let status = try run(["plant", "--registry", "r.db", "--entity", "branch-1", "--count", "\(count)", "--out", "out.csv"] + phones, in: directory)
                let seconds = Date().timeIntervalSince(start)
                let label = mode == "--phone-pool" ? "pool of 5" : "synthetic"
                print(String(format: "  %9d canaries (%@): %.1f s, %.0f canaries/s%@", count, label, seconds, Double(count) / seconds, status == 0 ? "" : " (FAILED, exit \(status))"))
            }
        }
    }
}
