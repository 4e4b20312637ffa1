import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceGeneration
import LeakTraceMatching
import LeakTraceRegistry

/// Plants canaries: derives them from the registry's secret, records them, writes the export.
///
/// ```swift
/// let result = try Planter(workspace: workspace).plant(PlantRequest(
///     placement: .entity("branch-3"), count: 50, phones: .pool(pool), output: url, operatorName: "sec-team"))
/// ```
///
/// Each canary is the first draw (attempt 0, 1, …) of its sequence number that is unique under
/// every `MaskView` and at least two edits from every earlier canary under the coarsest one; the
/// registry's indexes answer both questions, so the cost per canary stays flat up to a million.
///
/// Write order, so no crash leaves canaries exported but not recorded: the canaries are committed
/// first (plant status `recorded`), then the export is written atomically, then the plant is marked
/// `exported` with the export's hash. A plant left at `recorded` was interrupted and is listed as such.
public struct Planter: Sendable {
    public static let maximumCount = 1_000_000
    /// Draws per canary before giving up on finding one unique under masking.
    public static let maximumAttempts = 64

    public let workspace: Workspace
    let generator: CanaryGenerator

    public init(workspace: Workspace, generator: CanaryGenerator = CanaryGenerator()) {
        self.workspace = workspace
        self.generator = generator
    }

    public func plant(_ request: PlantRequest) throws -> PlantResult {
        let pipeline = try workspace.registry.pipeline()
        try pipeline.validate(request.placement)
        guard (1...Self.maximumCount).contains(request.count) else {
            throw LeakTraceError.invalidInput("--count must be between 1 and \(Self.maximumCount)")
        }
        guard !FileManager.default.fileExists(atPath: request.output.path) else {
            throw LeakTraceError.invalidInput("\(request.output.path) already exists; an export is never overwritten")
        }
        let directory = request.output.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LeakTraceError.invalidInput("cannot write \(request.output.path): folder \(directory.path) does not exist")
        }
        // Held to the end, so `leaktrace plants` can tell this plant (at `recorded` until its export
        // is confirmed) from one whose process died there.
        let lock = try PlantLock.shared(registryPath: workspace.location.path)
        defer { withExtendedLifetime(lock) {} }

        let now = Timestamp.truncated(Date())
        let plantedAt = Timestamp.truncated(request.at ?? now)
        let visibility = pipeline.visibility(of: request.placement)
        let origin: PhoneOrigin
        let choice: PhoneChoice
        switch request.phones {
        case .pool(let numbers):
            origin = .pool
            choice = .pool(PhonePoolAssignment(pipeline: pipeline, pool: numbers).numbers(for: request.placement))
        case .synthetic:
            origin = .synthetic
            choice = .synthetic
        }

        var plantID = ""
        var redraws = RedrawCounts()
        let canaries = try workspace.registry.recordPlant(actor: request.operatorName, count: request.count) { first in
            plantID = "p" + Canary.id(forSequence: first).dropFirst()
            return Plant(id: plantID, placement: request.placement, plantedAt: plantedAt, recordedAt: now, count: request.count,
                         phoneOrigin: origin, operatorName: request.operatorName, status: .recorded,
                         exportPath: request.output.path)   // where the export will be, so a roll-back finds it
        } canary: { sequence, probe in
            let (person, keys) = try uniquePerson(sequence: sequence, choice: choice, probe: probe, redraws: &redraws)
            let order = generator.order(seed: try workspace.secret.orderSeed(sequence: sequence), plantedAt: plantedAt)
            let canary = Canary(
                id: Canary.id(forSequence: sequence), sequence: sequence, person: person, order: order,
                phoneOrigin: origin, placement: request.placement, visibility: visibility,
                plantedAt: plantedAt, plantID: plantID)
            return CanaryDraft(
                canary: canary, maskedKey: keys.maskedKey, viewKeys: keys.viewHashes, nearKeys: keys.nearHashes,
                unlockKeys: BlockingKeys.planted(canary.person))
        }
        guard let plant = try workspace.registry.plant(id: plantID) else {
            throw LeakTraceError.registry("the plant was not recorded")
        }
        var result = try export(plant: plant, canaries: canaries, to: request.output, format: request.format, masked: request.masked,
                                pipeline: pipeline, operatorName: request.operatorName)
        result.redraws = redraws
        return result
    }

    /// Writes (or writes again, for a plant left at `recorded`) a plant's export and marks it exported.
    func export(
        plant: Plant, canaries: [Canary], to output: URL, format: ExportFormat, masked: Bool, pipeline: Pipeline, operatorName: String
    ) throws -> PlantResult {
        let lock = try PlantLock.shared(registryPath: workspace.location.path)
        defer { withExtendedLifetime(lock) {} }
        let data = try CanaryExport.render(canaries, format: format, masked: masked, pipeline: pipeline)
        try AtomicFile.write(data, to: output)
        let sha256 = Digest.sha256Hex(Array(data))
        try workspace.registry.markExported(plantID: plant.id, path: output.path, sha256: sha256, actor: operatorName)
        try AuditNotary(workspace: workspace).seal()
        var exported = plant
        exported.status = .exported
        exported.exportPath = output.path
        exported.exportSHA256 = sha256
        return PlantResult(plant: exported, canaries: canaries, exportPath: output.path, exportSHA256: sha256)
    }

    /// Draws the canary for `sequence`, moving to the next attempt while it would collide under a
    /// mask or sit within one edit of an earlier canary.
    private func uniquePerson(
        sequence: Int, choice: PhoneChoice, probe: CanaryProbe, redraws: inout RedrawCounts
    ) throws -> (PersonRecord, CanaryViewKeys) {
        for attempt in 0..<Self.maximumAttempts {
            let (person, address) = generator.draw(seed: try workspace.secret.canarySeed(sequence: sequence, attempt: attempt), phone: choice)
            let keys = CanaryViewKeys(person: person, address: address)
            if try probe.isTaken(maskedKey: keys.maskedKey) {
                redraws.maskedKey += 1
            } else if try probe.isTaken(viewKeys: keys.viewHashes) {
                redraws.otherView += 1
            } else if try probe.neighbours(nearKeys: keys.nearHashes).contains(where: keys.isTooClose) {
                redraws.withinOneEdit += 1
            } else {
                return (person, keys)
            }
        }
        throw LeakTraceError.registry("could not draw a canary unique under masking after \(Self.maximumAttempts) attempts (sequence \(sequence))")
    }
}
