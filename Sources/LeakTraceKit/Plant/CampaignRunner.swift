import Foundation
import LeakTraceCore

/// Carries out a playbook's plant schedule: every slot due by `until` that the registry does not
/// hold yet is planted, its export written to the output folder, and recorded with who ran it.
///
/// Re-running is safe: a slot whose plant exists is skipped, and one left at `recorded` by an
/// interrupted run gets its export written again (same canaries, same bytes).
///
/// ```swift
/// let steps = try CampaignRunner(planter: Planter(workspace: workspace)).run(
///     schedule, until: Date(), phones: .pool(numbers), outputDirectory: outDir, operatorName: "sec-team")
/// ```
public struct CampaignRunner: Sendable {
    /// What happened to one slot.
    public enum Outcome: Sendable {
        case planted(PlantResult)
        /// The slot's plant was already recorded and exported.
        case alreadyDone(Plant)
        /// The slot's plant was recorded by an interrupted run; its export was written now.
        case exportedAgain(PlantResult)
    }

    public struct Step: Sendable {
        public var slot: ScheduleSlot
        public var outcome: Outcome
    }

    public let planter: Planter

    public init(planter: Planter) {
        self.planter = planter
    }

    public func run(
        _ schedule: PlantSchedule, until: Date, phones: PlantRequest.Phones, outputDirectory: URL, operatorName: String
    ) throws -> [Step] {
        let registry = planter.workspace.registry
        let pipeline = try registry.pipeline()
        for (index, entry) in schedule.entries.enumerated() {
            do {
                try pipeline.validate(entry.placement)
            } catch let error as LeakTraceError {
                throw LeakTraceError.invalidInput("schedule entry \(index + 1): \(error.description)")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LeakTraceError.invalidInput("--out-dir \(outputDirectory.path) is not an existing folder")
        }
        var done: [SlotKey: Plant] = [:]
        for plant in try registry.plants() {
            done[SlotKey(placement: plant.placement, at: plant.plantedAt)] = plant
        }
        var steps: [Step] = []
        for slot in schedule.slots(until: until) {
            let output = outputDirectory.appendingPathComponent(slot.fileName)
            if let plant = done[SlotKey(placement: slot.entry.placement, at: slot.due)] {
                if plant.status == .exported {
                    steps.append(Step(slot: slot, outcome: .alreadyDone(plant)))
                } else {
                    let result = try planter.export(
                        plant: plant, canaries: try registry.canaries(plantID: plant.id), to: output, format: slot.entry.format,
                        masked: slot.entry.masked, pipeline: pipeline, operatorName: operatorName)
                    steps.append(Step(slot: slot, outcome: .exportedAgain(result)))
                }
                continue
            }
            let result = try planter.plant(PlantRequest(
                placement: slot.entry.placement, count: slot.entry.count, at: slot.due, phones: phones, output: output,
                operatorName: operatorName, format: slot.entry.format, masked: slot.entry.masked))
            done[SlotKey(placement: slot.entry.placement, at: slot.due)] = result.plant
            steps.append(Step(slot: slot, outcome: .planted(result)))
        }
        return steps
    }

    private struct SlotKey: Hashable {
        var placement: Placement
        var at: Date
    }
}
