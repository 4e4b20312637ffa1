import LeakTraceCore

/// What `Registry.health()` found: SQLite's own checks, the registry's invariants, and the plants
/// an interrupted `leaktrace plant` left behind.
///
/// ```swift
/// let health = try registry.health()
/// if !health.isSound { print(health.problems.joined(separator: "\n")) }
/// for plant in health.interrupted { print(plant.id, "recorded, export not confirmed") }
/// ```
/// An interrupted plant is not damage: its canaries and plant row were committed together, only
/// the export was not confirmed. `isSound` is about damage alone.
public struct RegistryHealth: Sendable, Hashable {
    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public var integrity: String
    /// Rows of `PRAGMA foreign_key_check`: references to rows that do not exist.
    public var foreignKeyViolations: Int
    public var plantCount: Int
    public var canaryCount: Int
    /// Canaries whose plant row is missing (a plant is recorded with its canaries or not at all).
    public var orphanCanaries: Int
    /// Plants whose recorded canaries differ from their `count`, as "p000123: 40 of 50".
    public var miscountedPlants: [String]
    /// Plants at status `recorded`: their canaries are committed but the export was never confirmed.
    public var interrupted: [Plant]

    public init(
        integrity: String, foreignKeyViolations: Int, plantCount: Int, canaryCount: Int, orphanCanaries: Int,
        miscountedPlants: [String], interrupted: [Plant]
    ) {
        self.integrity = integrity
        self.foreignKeyViolations = foreignKeyViolations
        self.plantCount = plantCount
        self.canaryCount = canaryCount
        self.orphanCanaries = orphanCanaries
        self.miscountedPlants = miscountedPlants
        self.interrupted = interrupted
    }

    /// One line per piece of damage; empty when the registry is sound.
    public var problems: [String] {
        var lines: [String] = []
        if integrity != "ok" { lines.append("integrity_check: \(integrity)") }
        if foreignKeyViolations > 0 { lines.append("\(foreignKeyViolations) references to missing rows (foreign_key_check)") }
        if orphanCanaries > 0 { lines.append("\(orphanCanaries) canaries have no plant row") }
        for plant in miscountedPlants { lines.append("plant \(plant) canaries recorded") }
        return lines
    }

    public var isSound: Bool { problems.isEmpty }
}
