import Foundation
import GRDB
import LeakTraceCore

/// Makes registries of a given size for the canary-index section: a copy of the bench registry
/// (SQLite backup, key file beside it) topped up with generated canaries.
///
/// Planting a million canaries through `Planter` takes about a millisecond each (uniqueness probes
/// under every mask), far too long for a bench run; what this section measures is loading and
/// indexing, so the extra rows are written straight into the `canary` table, sharing the plant,
/// placement and order of the registry's first canary. They are never used for anything but this.
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
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            guard let template = try Row.fetchOne(db, sql: """
                SELECT plant_id, order_json, phone_origin, placement, visibility, planted_at FROM canary ORDER BY sequence LIMIT 1
                """)
            else { throw BenchFailure("\(path) holds no canary to copy a plant from") }
            let last: Int = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM canary") ?? 0
            let plantID: String = template["plant_id"]
            let order: String = template["order_json"]
            let origin: String = template["phone_origin"]
            let placement: String = template["placement"]
            let visibility: String = template["visibility"]
            let plantedAt: String = template["planted_at"]
            let statement = try db.makeStatement(sql: """
                INSERT INTO canary (id, sequence, plant_id, name, phone, address, order_json, phone_origin, placement, visibility, planted_at, masked_key, burned)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)
            for (offset, person) in people.enumerated() {
                let sequence = last + 1 + offset
                try statement.execute(arguments: [
                    Canary.id(forSequence: sequence), sequence, plantID, person.name, person.phone, person.address,
                    order, origin, placement, visibility, plantedAt, "bench-\(sequence)",
                ])
            }
        }
    }
}
