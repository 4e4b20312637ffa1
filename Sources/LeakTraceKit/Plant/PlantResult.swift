import LeakTraceCore

/// The outcome of a plant: the batch, its canaries, the export written for the entity, and how
/// many draws were set aside to keep the canaries apart.
///
/// ```swift
/// let result = try planter.plant(request)
/// print(result.plant.id, result.exportSHA256, result.redraws.total)
/// ```
public struct PlantResult: Sendable {
    public var plant: Plant
    public var canaries: [Canary]
    public var exportPath: String
    public var exportSHA256: String
    public var redraws = RedrawCounts()

    public init(plant: Plant, canaries: [Canary], exportPath: String, exportSHA256: String) {
        self.plant = plant
        self.canaries = canaries
        self.exportPath = exportPath
        self.exportSHA256 = exportSHA256
    }
}
