import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// Every canary's id and planted person, in sequence order: all a match needs to build its
    /// index. Needs the planter's key when the registry seals canaries.
    ///
    /// ```swift
    /// let people = try registry.canaryPeople()          // [(id: "c000001", person: …), …]
    /// let index = CanaryIndex(people)
    /// ```
    /// Opening a million sealed rows one by one takes seconds (a row read and a cipher call each,
    /// over 3 µs). So the planter's first load after any change to `canary` also writes
    /// `canary_people_cache`: the same people sealed in chunks of `CanaryPeopleChunk.size`, stamped
    /// with the table's generation. Later loads open those few chunks instead, on every core. The
    /// cache is written in its own transaction and only if the generation it was read at still
    /// holds; a registry that cannot be written (a read-only copy) is simply read row by row.
    public func canaryPeople() throws -> [(id: String, person: PersonRecord)] {
        try canaryPeople(chunkSize: CanaryPeopleChunk.size)
    }

    /// `canaryPeople()` with cache chunks of `chunkSize` canaries (tests use small ones).
    func canaryPeople(chunkSize: Int) throws -> [(id: String, person: PersonRecord)] {
        guard let vault = try canaryVault() else { return try peopleFromRows(vault: nil).people }
        if let cached = try cachedPeople(vault: vault) { return cached }
        let (generation, people) = try peopleFromRows(vault: vault)
        // A cache that cannot be written costs the next match its speed, never its result.
        try? writePeopleCache(people, generation: generation, vault: vault, chunkSize: chunkSize)
        return people
    }

    /// The cached people when the cache is whole and of the current generation; `nil` otherwise.
    /// A chunk that is current but does not open was altered: that is an error, not a miss.
    private func cachedPeople(vault: CanaryVault) throws -> [(id: String, person: PersonRecord)]? {
        let read: (generation: Int, chunks: [(count: Int, sealed: Data)], total: Int)? = try dbQueue.read { db in
            guard let generation = try Meta.get(.canaryGeneration, in: db).flatMap(Int.init) else { return nil }
            let rows = try Row.fetchAll(db, sql: "SELECT chunk, generation, count, sealed FROM canary_people_cache ORDER BY chunk")
            let total = try CanaryRecord.fetchCount(db)
            var chunks: [(count: Int, sealed: Data)] = []
            for (position, row) in rows.enumerated() {
                guard row[0] as Int == position, row[1] as Int == generation else { return nil }
                chunks.append((row[2], row[3]))
            }
            return (generation, chunks, total)
        }
        guard let read else { return nil }
        if read.total == 0 { return [] }
        guard read.chunks.reduce(0, { $0 + $1.count }) == read.total else { return nil }
        let path = self.path
        let parts = concurrentMap(count: read.chunks.count) { chunk in
            Result { () throws -> [(id: String, person: PersonRecord)] in
                let (count, sealed) = read.chunks[chunk]
                let bytes = try vault.open(sealed, context: Self.peopleCacheContext(generation: read.generation, chunk: chunk, count: count))
                do {
                    return try CanaryPeopleChunk.people(bytes, count: count)
                } catch {
                    throw LeakTraceError.registry("\(path): cached canary chunk \(chunk): \(error)")
                }
            }
        }
        return try parts.flatMap { try $0.get() }
    }

    private func writePeopleCache(_ people: [(id: String, person: PersonRecord)], generation: Int, vault: CanaryVault, chunkSize: Int) throws {
        let chunks = stride(from: 0, to: people.count, by: chunkSize).map { people[$0..<min(people.count, $0 + chunkSize)] }
        let sealed = try concurrentMap(count: chunks.count) { chunk in
            Result {
                try vault.seal(CanaryPeopleChunk.bytes(chunks[chunk]),
                               context: Self.peopleCacheContext(generation: generation, chunk: chunk, count: chunks[chunk].count))
            }
        }.map { try $0.get() }
        try dbQueue.write { db in
            guard try Meta.get(.canaryGeneration, in: db).flatMap(Int.init) == generation else { return }   // changed meanwhile
            try db.execute(sql: "DELETE FROM canary_people_cache")
            for (chunk, blob) in sealed.enumerated() {
                try db.execute(sql: "INSERT INTO canary_people_cache (chunk, generation, count, sealed) VALUES (?, ?, ?, ?)",
                               arguments: [chunk, generation, chunks[chunk].count, blob])
            }
        }
    }

    /// Binds a chunk to its place and generation, so an old chunk or one moved between rows does not open.
    private static func peopleCacheContext(generation: Int, chunk: Int, count: Int) -> String {
        "canary-people-cache generation \(generation) chunk \(chunk) count \(count)"
    }

    /// Every row read raw in storage order and opened on every core, one key schedule per core.
    private func peopleFromRows(vault: CanaryVault?) throws -> (generation: Int, people: [(id: String, person: PersonRecord)]) {
        var (generation, rows) = try dbQueue.read { db in
            var out: [(sequence: Int, id: String, sealed: Data?, plain: PersonRecord?)] = []
            out.reserveCapacity(try CanaryRecord.fetchCount(db))
            // Storage order is a plain scan; ORDER BY sequence would walk its index and look up every row.
            let cursor = try Row.fetchCursor(db, sql: "SELECT sequence, id, sealed, name, phone, address FROM canary")
            while let row = try cursor.next() {
                let sealed: Data? = row[2]
                out.append((row[0], row[1], sealed, sealed == nil ? PersonRecord(name: row[3], phone: row[4], address: row[5]) : nil))
            }
            return (try Meta.get(.canaryGeneration, in: db).flatMap(Int.init) ?? 0, out)
        }
        if !rows.indices.dropFirst().allSatisfy({ rows[$0 - 1].sequence < rows[$0].sequence }) {
            rows.sort { $0.sequence < $1.sequence }
        }
        guard rows.contains(where: { $0.sealed != nil }) else { return (generation, rows.map { ($0.id, $0.plain!) }) }
        guard let vault else { throw LeakTraceError.registry("\(path) keeps its canaries sealed; this needs the registry key") }
        let chunk = 4_096
        let all = rows
        let path = self.path
        let parts = concurrentMap(count: (rows.count + chunk - 1) / chunk) { c in
            Result { () throws -> [(id: String, person: PersonRecord)] in
                let open = try vault.canaryOpener()
                return try all[c * chunk..<min(all.count, (c + 1) * chunk)].map { row in
                    guard let sealed = row.sealed else { return (row.id, row.plain!) }
                    let opened = try open(sealed, row.id)
                    do {
                        return (row.id, try SealedCanaryFields.person(bytes: opened))
                    } catch {
                        throw LeakTraceError.registry("\(path): canary \(row.id): \(error)")
                    }
                }
            }
        }
        return (generation, try parts.flatMap { try $0.get() })
    }

    /// One canary by id, opened; `nil` when there is none.
    public func canary(id: String) throws -> Canary? {
        let vault = try canaryVault()
        return try dbQueue.read { db in
            try CanaryRecord.filter(Column("id") == id).fetchOne(db).map { try $0.canary(vault: vault) }
        }
    }
}
