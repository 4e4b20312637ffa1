import Foundation
import LeakTraceCore
import LeakTraceRegistry

/// Finds the plants an interrupted `leaktrace plant` left behind and rolls them back.
///
/// ```swift
/// let recovery = PlantRecovery(workspace: workspace)
/// let overview = try recovery.overview(check: true)
/// overview.interrupted            // plants recorded, export never confirmed, no process still on them
/// let undone = try recovery.rollBackInterrupted(actor: "sec-team")
/// ```
/// A plant commits its canaries (status `recorded`), writes its export atomically, then marks itself
/// `exported`. Killed in between, it leaves canaries nobody was handed, or an export the operator
/// was never told about. Roll-back removes the export first and then the canaries in one
/// transaction: a crash during roll-back leaves the plant interrupted, never an export whose
/// canaries are not recorded. Resuming is not offered for a single plant because its format and
/// masking were never recorded; a playbook campaign re-writes its own (see `CampaignRunner`).
public struct PlantRecovery: Sendable {
    /// The registry's plants and what is wrong with them.
    public struct Overview: Sendable {
        public var plants: [Plant]
        /// Plants at `recorded` while no process plants: their process died before confirming the export.
        public var interrupted: [Plant]
        /// Some process is planting now, so a plant at `recorded` may still be finishing.
        public var plantingNow: Bool
        /// Set when asked for: integrity and invariants.
        public var health: RegistryHealth?
    }

    /// What a roll-back removed.
    public struct RollBack: Sendable {
        public var plants: [Plant]
        public var canaries: Int
        /// Export files (and half-written ones) deleted because their canaries are gone.
        public var removedFiles: [String]
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func overview(check: Bool) throws -> Overview {
        let sole = try PlantLock.exclusive(registryPath: workspace.location.path)
        let plantingNow = sole == nil
        let plants = try workspace.registry.plants()
        withExtendedLifetime(sole) {}
        return Overview(
            plants: plants, interrupted: plantingNow ? [] : plants.filter { $0.status == .recorded }, plantingNow: plantingNow,
            health: check ? try workspace.registry.health() : nil)
    }

    /// Deletes every interrupted plant, its canaries and its export file, with one audit entry.
    /// Refuses while another process is planting: its plant cannot be told from an interrupted one.
    public func rollBackInterrupted(actor: String) throws -> RollBack {
        guard let sole = try PlantLock.exclusive(registryPath: workspace.location.path) else {
            throw LeakTraceError.registry("a plant is running in another process; roll back once it has finished")
        }
        defer { withExtendedLifetime(sole) {} }
        let interrupted = try workspace.registry.health().interrupted
        guard !interrupted.isEmpty else { return RollBack(plants: [], canaries: 0, removedFiles: []) }
        var removed: [String] = []
        for plant in interrupted {
            guard let exportPath = plant.exportPath else { continue }
            let url = URL(fileURLWithPath: exportPath)
            let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial").path
            for file in [exportPath, partial] where FileManager.default.fileExists(atPath: file) {
                do {
                    try FileManager.default.removeItem(atPath: file)
                } catch {
                    throw LeakTraceError.registry("cannot delete \(file), the unconfirmed export of plant \(plant.id); nothing was rolled back")
                }
                removed.append(file)
            }
        }
        let canaries = try workspace.registry.rollBack(
            plantIDs: interrupted.map(\.id), actor: actor,
            reason: "interrupted before the export was confirmed" + (removed.isEmpty ? "" : "; deleted \(removed.joined(separator: ", "))"))
        try AuditNotary(workspace: workspace).seal()
        return RollBack(plants: interrupted, canaries: canaries, removedFiles: removed)
    }
}
