import LeakTraceCore

/// The persons of the shards merged so far, so that a person already counted on an earlier piece is
/// a duplicate on a later one, as in a single run over the whole list.
///
/// ```swift
/// var union = ShardPersonUnion()
/// let first = union.count(shard0.persons, in: shard0.summary.counts)   // unchanged
/// let second = union.count(shard1.persons, in: shard1.summary.counts)  // persons of shard 0 moved to duplicates
/// ```
///
/// `RecordCounter` counts a person's fields on the row that first counted them. Taking shards in
/// piece order, that row is in the earliest piece holding the person, so a later piece's own first
/// row of them is a duplicate: its fields are taken back from that piece's totals. Memory is the
/// union of persons, 8 bytes each (plus the set's slack).
struct ShardPersonUnion {
    private var seen = Set<UInt64>()

    /// `counts` of the shard whose counted persons are `persons`, re-counted against earlier shards.
    mutating func count(_ persons: ShardPersons, in counts: RecordCounts) -> RecordCounts {
        var result = counts
        seen.reserveCapacity(seen.count + persons.count)
        for (fields, keys) in persons.byFields {
            var already = 0
            for key in keys where !seen.insert(key).inserted { already += 1 }
            guard already > 0 else { continue }
            result.uniqueValid -= already
            result.duplicates += already
            let left = (result.fieldProfiles[fields.profile] ?? 0) - already
            result.fieldProfiles[fields.profile] = left > 0 ? left : nil
            var totals = result.fieldCounts ?? RecordFieldCounts()
            if fields.contains(.name) { totals.name -= already }
            if fields.contains(.phone) { totals.phone -= already }
            if fields.contains(.address) { totals.address -= already }
            if fields.contains(.idNumber) { totals.idNumber -= already }
            if fields.contains(.order) { totals.order -= already }
            result.fieldCounts = totals
        }
        return result
    }
}
