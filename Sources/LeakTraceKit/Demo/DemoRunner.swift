import Foundation
import LeakTraceCore
import LeakTraceReport

/// Runs the whole story on synthetic data: registry, plants, a seized list, match, signed reports.
///
/// ```swift
/// let outcome = try DemoRunner(directory: url, records: 619_109, playbook: pipeline).run()
/// print(DemoSummary(outcome).text)
/// ```
/// It goes through the same use cases as the CLI (`Planter`, `CaseMatcher`, `CaseReporter`), so the
/// demo exercises the product, not a shortcut beside it.
public struct DemoRunner: Sendable {
    public let directory: URL
    public let scenario: DemoScenario
    public let pipeline: Pipeline

    public init(directory: URL, records: Int, pipeline: Pipeline) {
        self.directory = directory
        self.scenario = .standard(records: records)
        self.pipeline = pipeline
    }

    public func run(progress: (@Sendable (String) -> Void)? = nil) throws -> DemoOutcome {
        let fm = FileManager.default
        if fm.fileExists(atPath: directory.path), !((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).isEmpty {
            throw LeakTraceError.invalidInput("\(directory.path) is not empty; the demo writes into a new folder")
        }
        let plantsDirectory = directory.appendingPathComponent("plants")
        let seizedDirectory = directory.appendingPathComponent("seized")
        for folder in [directory, plantsDirectory, seizedDirectory] {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let operatorName = "demo-security-team"
        let examiner = "demo-examiner"
        var timings = DemoOutcome.Timings()
        let now = Timestamp.truncated(Date())
        func daysAgo(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }

        // 1. Registry.
        let location = RegistryLocation(path: directory.appendingPathComponent("leaktrace.db").path)
        let workspace = try Workspace.create(location, pipeline: pipeline)

        // 2. Plants: direct at every entity and test orders along the paths, wave after wave.
        progress?("planting")
        var clock = ContinuousClock.now
        let planter = Planter(workspace: workspace)
        var placements: [(Placement, Int, Int)] = []
        for wave in scenario.waves {
            for entity in pipeline.entities { placements.append((.entity(entity.id), wave.directPerEntity, wave.daysAgo)) }
            if wave.perPath > 0 { for path in scenario.paths { placements.append((path, wave.perPath, wave.daysAgo)) } }
        }
        var canaries: [Canary] = []
        for (index, (placement, count, days)) in placements.enumerated() where count > 0 {
            let file = plantsDirectory.appendingPathComponent(String(format: "%02d-", index + 1) + placement.label.replacingOccurrences(of: ",", with: "_") + ".csv")
            let result = try planter.plant(PlantRequest(
                placement: placement, count: count, at: daysAgo(days), phones: .synthetic, output: file, operatorName: operatorName))
            canaries += result.canaries
        }
        timings.plant = clock.duration(to: .now)

        // 3. The seized list: a sample of what the leaking branch held before the leak.
        progress?("building the seized list")
        clock = .now
        let leakTime = daysAgo(scenario.leakDaysAgo)
        var rng = DeterministicRandom(seed: 0x0B4A_2C4E)
        let exposed = canaries.filter { $0.visibility.contains(scenario.leakingEntity) && $0.plantedAt <= leakTime }
        let leaked = exposed.filter { _ in rng.chance(scenario.coverage) }
        let listURL = seizedDirectory.appendingPathComponent("qq-trade-list.csv")
        let list = try LeakSimulator().write(records: scenario.records, canaries: leaked.map(\.person), canaryIDs: leaked.map(\.id), to: listURL)
        timings.list = clock.duration(to: .now)

        // 4. Match and attribute.
        progress?("matching \(list.rows) rows")
        clock = .now
        let report = try CaseMatcher(workspace: workspace).match(MatchRequest(inputs: [listURL.path], caseName: "demo", examiner: examiner))
        let matchJSON = directory.appendingPathComponent("match.json")
        try report.jsonData().write(to: matchJSON)
        timings.match = clock.duration(to: .now)

        // 5. Signed reports in both languages, verified.
        progress?("writing reports")
        clock = .now
        let reporter = CaseReporter(workspace: workspace)
        var reports: [ReportLanguage: URL] = [:]
        var verified: [ReportLanguage: Bool] = [:]
        for language in [ReportLanguage.zh, .en] {
            let folder = directory.appendingPathComponent("report-\(language.rawValue)")
            try reporter.write(caseName: "demo", to: folder, language: language, examiners: [examiner, "demo-examiner-2"], filing: Self.demoFiling, actor: examiner)
            reports[language] = folder
            verified[language] = ReportVerifier.verify(directory: folder, expectedPublicKey: try workspace.publicKey()).ok
        }
        timings.report = clock.duration(to: .now)

        return DemoOutcome(
            directory: directory, registryPath: location.path, pipeline: pipeline, canaryCount: canaries.count,
            plantCount: placements.count, listPath: listURL.path, listRows: list.rows, listBytes: list.bytes,
            leakingEntity: scenario.leakingEntity, leakedCanaries: list.planted, report: report, matchJSON: matchJSON.path,
            reports: reports, verified: verified, timings: timings)
    }

    /// Filing numbers marked as the demo's own, so the demo report shows every field filled in and no
    /// one mistakes it for a real case's paperwork.
    static let demoFiling = FilingDetails(
        caseNumber: "DEMO-演示-2026-001", sealNumber: "DEMO-FC-001", exhibitNumbers: ["DEMO-JC-01"], witness: "演示见证人 demo witness")

}
