import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct PlantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plants",
        abstract: "List the registry's plants, find interrupted ones, and roll them back.",
        discussion: """
            One line per plant: id, status, count, placement, planted_at, operator, export. A plant
            commits its canaries (status recorded), writes its export atomically, then marks itself
            exported. A plant still at recorded while no `leaktrace plant` runs was interrupted (killed,
            crashed, disk full) before its export was confirmed: it is listed as INTERRUPTED.

            --rollback-interrupted deletes every interrupted plant: first its export file (and any
            half-written .partial file), then its canaries and plant row in one transaction, with a
            `rollback` entry in the audit log. Then plant again. It refuses while another process is
            planting, and refuses a plant whose canaries a case already cites.

            --check also runs PRAGMA integrity_check and the registry's own checks (every canary has its
            plant, every plant has its count of canaries, every sealed canary and hit opens under the key,
            none is stored in plaintext) and exits 1 on damage.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Flag(help: "Also check the file's integrity and the registry's invariants.")
    var check = false

    @Flag(name: .customLong("rollback-interrupted"), help: "Delete interrupted plants, their canaries and their unconfirmed exports.")
    var rollbackInterrupted = false

    @Option(help: ArgumentHelp("Who rolls back (default: your user name).", valueName: "name"))
    var `operator`: String?

    func run() throws {
        let recovery = PlantRecovery(workspace: try registryOptions.workspace())
        if rollbackInterrupted {
            let undone = try recovery.rollBackInterrupted(actor: Examiner.resolve(self.operator))
            for file in undone.removedFiles { Output.line("deleted unconfirmed export \(file)") }
            Output.line("rolled back \(undone.plants.count) interrupted plants (\(undone.canaries) canaries)" +
                        (undone.plants.isEmpty ? "" : ": " + undone.plants.map(\.id).joined(separator: ", ")))
        }
        let overview = try recovery.overview(check: check)
        let interrupted = Set(overview.interrupted.map(\.id))
        for plant in overview.plants {
            let status = interrupted.contains(plant.id) ? "INTERRUPTED" : plant.status.rawValue
            let export = plant.status == .exported
                ? "export \(plant.exportPath ?? "-") sha256 \(plant.exportSHA256 ?? "-")"
                : "export not confirmed (meant for \(plant.exportPath ?? "an unrecorded path"))"
            Output.line("\(plant.id)  \(status)  \(plant.count) canaries at \(plant.placement.label), planted_at \(Timestamp.format(plant.plantedAt)), by \(plant.operatorName), \(export)")
        }
        let canaries = overview.plants.reduce(0) { $0 + $1.count }
        Output.line("\(overview.plants.count) plants, \(canaries) canaries; \(overview.interrupted.count) interrupted")
        if overview.plantingNow {
            Output.note("note: a plant is running in another process; plants at `recorded` may still be finishing")
        } else if !overview.interrupted.isEmpty {
            Output.note("note: interrupted plants were never confirmed exported; roll them back with `leaktrace plants --rollback-interrupted`")
        }
        if let health = overview.health {
            let problems = health.problems + (try recovery.workspace.registry.sealProblems())
            guard problems.isEmpty else {
                throw CommandFailure(message: "registry \(recovery.workspace.location.path) is damaged: \(problems.joined(separator: "; "))")
            }
            Output.line("registry sound: integrity \(health.integrity), \(health.canaryCount) canaries all with their plant, every plant's count recorded, every canary sealed and opening under the key")
        }
    }
}
