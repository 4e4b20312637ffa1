import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceGeneration
import LeakTraceRegistry

/// The outcome of a plant: the batch, its canaries and the export written for the entity.
public struct PlantResult: Sendable {
    public var plant: Plant
    public var canaries: [Canary]
    public var exportPath: String
    public var exportSHA256: String
}

/// Plants canaries: derives them from the registry's secret, records them, writes the export.
///
/// ```swift
/// let result = try Planter(workspace: workspace).plant(PlantRequest(
///     placement: .entity("branch-3"), count: 50, phones: .pool(pool), output: url, operatorName: "sec-team"))
/// ```
///
/// Write order, so no crash leaves canaries exported but not recorded: the canaries are committed
/// first (plant status `recorded`), then the export is written atomically, then the plant is marked
/// `exported` with the export's hash. A plant left at `recorded` was interrupted and is listed as such.
public struct Planter: Sendable {
    public static let maximumCount = 1_000_000
    /// Draws per canary before giving up on finding one unique under masking.
    static let maximumAttempts = 64

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

        let now = Timestamp.truncated(Date())
        let plantedAt = Timestamp.truncated(request.at ?? now)
        let visibility = pipeline.visibility(of: request.placement)
        let origin: PhoneOrigin
        let choice: PhoneChoice
        switch request.phones {
        case .pool(let numbers):
            origin = .pool
            choice = .pool(numbers)
        case .synthetic:
            origin = .synthetic
            choice = .synthetic
        }

        var plant: Plant?
        let canaries = try workspace.registry.recordPlant(actor: request.operatorName) { first, isTaken in
            let id = "p" + Canary.id(forSequence: first).dropFirst()
            plant = Plant(id: id, placement: request.placement, plantedAt: plantedAt, recordedAt: now, count: request.count,
                          phoneOrigin: origin, operatorName: request.operatorName, status: .recorded)
            var batchKeys = Set<String>()
            var drafts: [CanaryDraft] = []
            drafts.reserveCapacity(request.count)
            for sequence in first..<(first + request.count) {
                let (person, key) = try uniquePerson(sequence: sequence, choice: choice) { key in
                    if batchKeys.contains(key) { return true }
                    return try isTaken(key)
                }
                batchKeys.insert(key)
                let order = generator.order(seed: workspace.secret.orderSeed(sequence: sequence), plantedAt: plantedAt)
                let canary = Canary(
                    id: Canary.id(forSequence: sequence), sequence: sequence, person: person, order: order,
                    phoneOrigin: origin, placement: request.placement, visibility: visibility,
                    plantedAt: plantedAt, plantID: id)
                drafts.append(CanaryDraft(canary: canary, maskedKey: key))
            }
            return (plant!, drafts)
        }
        guard let plant else { throw LeakTraceError.registry("the plant was not recorded") }

        let export = CanaryExport.csv(canaries)
        try export.write(to: request.output)
        let sha256 = Digest.sha256Hex(Array(export.text.utf8))
        try workspace.registry.markExported(plantID: plant.id, path: request.output.path, sha256: sha256, actor: request.operatorName)
        var exported = plant
        exported.status = .exported
        exported.exportPath = request.output.path
        exported.exportSHA256 = sha256
        return PlantResult(plant: exported, canaries: canaries, exportPath: request.output.path, exportSHA256: sha256)
    }

    /// Draws the canary for `sequence`, moving to the next attempt while it would collide under masking.
    private func uniquePerson(sequence: Int, choice: PhoneChoice, taken: (String) throws -> Bool) throws -> (PersonRecord, String) {
        for attempt in 0..<Self.maximumAttempts {
            let person = generator.person(seed: workspace.secret.canarySeed(sequence: sequence, attempt: attempt), phone: choice)
            let key = MaskedCollisionKey.key(for: person)
            if try !taken(key) { return (person, key) }
        }
        throw LeakTraceError.registry("could not draw a canary unique under masking after \(Self.maximumAttempts) attempts (sequence \(sequence))")
    }
}
