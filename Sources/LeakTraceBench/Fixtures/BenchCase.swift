import Foundation
import LeakTraceCore
import LeakTraceKit

/// The registry every section matches against: the demo's story (three waves of plants at every
/// entity and along three order paths, `DemoScenario.standard`), planted through the product's
/// own `Planter`, and the canaries a leak at the demo's branch would carry.
///
/// ```swift
/// let benchCase = try BenchCase.create(in: workURL)
/// benchCase.registryPath        // …/leaktrace.db (key beside it)
/// benchCase.leaked.count        // ~56: what a generated list carries
/// ```
struct BenchCase: Sendable {
    let directory: URL
    let registryPath: String
    let canaries: [Canary]
    /// What the seized lists carry: the leaking entity's canaries planted before the leak, sampled
    /// at the scenario's coverage with the demo's seed.
    let leaked: [Canary]

    static func create(in directory: URL) throws -> BenchCase {
        let fm = FileManager.default
        let plants = directory.appendingPathComponent("plants")
        try fm.createDirectory(at: plants, withIntermediateDirectories: true)
        let pipeline = try PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in playbook")
        let scenario = DemoScenario.standard(records: 619_109)
        let location = RegistryLocation(path: directory.appendingPathComponent("leaktrace.db").path)
        let workspace = try Workspace.create(location, pipeline: pipeline)
        let planter = Planter(workspace: workspace)
        let now = Timestamp.truncated(Date())
        func daysAgo(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }

        var placements: [(Placement, Int, Int)] = []
        for wave in scenario.waves {
            for entity in pipeline.entities { placements.append((.entity(entity.id), wave.directPerEntity, wave.daysAgo)) }
            if wave.perPath > 0 { for path in scenario.paths { placements.append((path, wave.perPath, wave.daysAgo)) } }
        }
        var canaries: [Canary] = []
        for (index, (placement, count, days)) in placements.enumerated() where count > 0 {
            let file = plants.appendingPathComponent("\(index + 1)-" + placement.label.replacingOccurrences(of: ",", with: "_") + ".csv")
            let result = try planter.plant(PlantRequest(
                placement: placement, count: count, at: daysAgo(days), phones: .synthetic, output: file, operatorName: "bench"))
            canaries += result.canaries
        }
        let leakTime = daysAgo(scenario.leakDaysAgo)
        var rng = DeterministicRandom(seed: 0x0B4A_2C4E)
        let exposed = canaries.filter { $0.visibility.contains(scenario.leakingEntity) && $0.plantedAt <= leakTime }
        let leaked = exposed.filter { _ in rng.chance(scenario.coverage) }
        return BenchCase(directory: directory, registryPath: location.path, canaries: canaries, leaked: leaked)
    }

    /// The canaries' exact planted numbers, one a line: what an investigator hands to `rg -F -f`.
    func writePhones(to url: URL) throws {
        let text = Set(canaries.map(\.person.phone)).sorted().joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
    }

    /// `id,name,phone,address` of every canary, for the Splink peer.
    func writeCanaryTable(to url: URL) throws {
        var text = "canary_id,name,phone,address\n"
        for canary in canaries {
            text += "\(canary.id),\(canary.person.name),\(canary.person.phone),\(canary.person.address)\n"
        }
        try Data(text.utf8).write(to: url)
    }
}
