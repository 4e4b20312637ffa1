import GRDB
import LeakTraceCore

extension Registry {
    /// The canaries a record could be, found by index only: by its full phone together with its
    /// exact name or address (a pool number alone may serve thousands), by its GB/T 41833 masked
    /// key, and by the hashed keys of the other masks. `leaktrace explain` then re-derives
    /// each candidate from the secret to prove (or refute) it.
    ///
    /// ```swift
    /// let candidates = try registry.canaryCandidates(
    ///     phone: "13957106215", name: "陈志华", address: address, maskedKey: key, viewKeys: hashes)
    /// ```
    public func canaryCandidates(phone: String?, name: String, address: String, maskedKey: String?, viewKeys: [Int64]) throws -> [Canary] {
        let vault = try canaryVault()
        return try dbQueue.read { db in
            // A sealed registry is searched by keyed tags of the same exact values.
            let indexer = try vault?.indexer()
            var sequences = Set<Int>()
            if let phone {
                if let indexer {
                    sequences.formUnion(try Int.fetchAll(
                        db, sql: "SELECT sequence FROM canary WHERE phone_tag = ? AND (name_tag = ? OR address_tag = ?)",
                        arguments: [indexer.tag(phone, field: .phone), indexer.tag(name, field: .name), indexer.tag(address, field: .address)]))
                } else {
                    sequences.formUnion(try Int.fetchAll(
                        db, sql: "SELECT sequence FROM canary WHERE phone = ? AND (name = ? OR address = ?)", arguments: [phone, name, address]))
                }
            }
            if let maskedKey {
                let stored = indexer?.tag(maskedKey, field: .maskedKey) ?? maskedKey
                sequences.formUnion(try Int.fetchAll(db, sql: "SELECT sequence FROM canary WHERE masked_key = ?", arguments: [stored]))
            }
            for key in viewKeys {
                let stored = indexer?.tag(key, field: .viewKey) ?? key
                sequences.formUnion(try Int.fetchAll(db, sql: "SELECT sequence FROM canary_view_key WHERE hash = ?", arguments: [stored]))
            }
            return try sequences.sorted().compactMap { sequence in
                try CanaryRecord.filter(Column("sequence") == sequence).fetchOne(db)?.canary(vault: vault)
            }
        }
    }

    /// One plant by id, or nil.
    public func plant(id: String) throws -> Plant? {
        try dbQueue.read { db in try PlantRecord.fetchOne(db, key: id)?.plant() }
    }

    /// Whether a canary has been burned (disclosed in a report).
    public func isBurned(canaryID: String) throws -> Bool {
        try dbQueue.read { db in
            try Bool.fetchOne(db, sql: "SELECT burned FROM canary WHERE id = ?", arguments: [canaryID]) ?? false
        }
    }

    /// Canary counts per placement and visibility, live and burned, by one grouped query.
    public func canaryGroupCounts() throws -> [CanaryGroupCount] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT placement, visibility, SUM(burned = 0), SUM(burned = 1) FROM canary
                GROUP BY placement, visibility ORDER BY placement, visibility
                """).map { row in
                CanaryGroupCount(
                    placement: try Placement(label: row[0]),
                    visibility: Set((row[1] as String).split(separator: ",").map { EntityID(rawValue: String($0)) }),
                    live: row[2], burned: row[3])
            }
        }
    }
}
