import Foundation
import GRDB
import LeakTraceCore
import LeakTraceKit

/// Makes registries of a given size for the canary-index section: a copy of the bench registry
/// (SQLite backup, key file beside it) topped up with generated canaries.
///
/// Planting a million canaries through `Planter` takes about a millisecond each (uniqueness probes
/// under every mask), far too long for a bench run; what this section measures is loading and
/// indexing, so the extra rows go through `Registry.appendBulkCanaries`, which seals them as a plant
/// does but copies the plant, placement and order of the registry's first canary and skips the
/// uniqueness probes. They are never used for anything but this.
///
/// ```swift
/// try RegistryFiller.copy(registry: benchCase.registryPath, to: big)
/// try RegistryFiller.add(people, to: big)
/// ```
enum RegistryFiller {
    static func copy(registry source: String, to destination: String) throws {
        let fm = FileManager.default
        for suffix in ["", ".key", "-wal", "-shm"] where fm.fileExists(atPath: destination + suffix) {
            try fm.removeItem(atPath: destination + suffix)
        }
        let from = try DatabaseQueue(path: source)
        let to = try DatabaseQueue(path: destination)
        try from.backup(to: to)
        try fm.copyItem(atPath: source + ".key", toPath: destination + ".key")
    }

    static func add(_ people: [PersonRecord], to path: String) throws {
        try Workspace.open(RegistryLocation(path: path)).registry.appendBulkCanaries(people)
    }
}
