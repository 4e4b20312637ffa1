import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// Appends one canary per person, each a copy of the registry's first canary (same plant,
    /// order, placement and visibility) with a new sequence, id and person, written exactly as a
    /// plant writes canaries: sealed under the vault and tagged, when the registry seals them.
    ///
    /// ```swift
    /// let workspace = try Workspace.open(RegistryLocation(path: "bench.db"))
    /// try workspace.registry.appendBulkCanaries(people)   // a million in one transaction
    /// ```
    /// It exists for benchmarks that need a registry of a million canaries: planting that many
    /// through `recordPlant` runs the uniqueness probes under every mask, about a millisecond each.
    /// The copies skip those probes, so they are fit for load and index figures, never for a case.
    public func appendBulkCanaries(_ people: [PersonRecord]) throws {
        let vault = try canaryVault()
        guard let plant = try plants().first, var template = try canaries(plantID: plant.id).first else {
            throw LeakTraceError.registry("\(path) holds no canary to copy a plant from")
        }
        try dbQueue.write { db in
            let last = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM canary") ?? 0
            let inserter = try CanaryInserter(db, plant: plant, vault: vault)
            for (offset, person) in people.enumerated() {
                let sequence = last + 1 + offset
                template.sequence = sequence
                template.id = Canary.id(forSequence: sequence)
                template.person = person
                // The masked key is unique per row in the schema; a bulk copy is never probed by it.
                try inserter.insert(CanaryDraft(canary: template, maskedKey: "bulk-\(sequence)"))
            }
        }
    }
}
