import LeakTraceCore

/// Canary slots filed under integer keys, as one sorted array of `key << 24 | slot` values.
///
/// ```swift
/// var packed: [UInt64] = []
/// packed.append(SlotTable.pack(key: 13812345678, slot: 0))
/// let table = SlotTable(sorting: packed)
/// table.count(of: 13812345678)          // 1
/// table.appendSlots(of: 13812345678, into: &out)
/// ```
/// A dictionary of arrays allocated one array per key: at a million canaries, seven tables cost a
/// few million allocations and most of the index's sequential build time. One sort per table
/// replaces them, and a lookup is a binary search that the matcher makes only for rows which
/// already passed the planted-number prefilter. Slots under one key come back in ascending order.
struct SlotTable: Sendable {
    static let slotBits: UInt64 = 24
    /// Keys must fit in the bits above the slot.
    static let maxKey: UInt64 = (1 << (64 - slotBits)) - 1
    /// More canaries than this cannot be filed (about 16.7 million).
    static let maxSlot: Int32 = (1 << 24) - 1

    private let packed: [UInt64]

    init(sorting packed: [UInt64]) {
        self.packed = Self.radixSorted(packed)
    }

    /// Several tables at once, sorted on every core.
    static func sorting(_ arrays: [[UInt64]]) -> [SlotTable] {
        concurrentMap(count: arrays.count) { SlotTable(sorting: arrays[$0]) }
    }

    @inline(__always)
    static func pack(key: UInt64, slot: Int32) -> UInt64 {
        precondition(key <= maxKey && slot >= 0 && slot <= maxSlot, "slot table key or slot out of range")
        return key << slotBits | UInt64(slot)
    }

    /// Where `key`'s slots lie in `packed`.
    private func range(of key: UInt64) -> Range<Int> {
        let low = key << Self.slotBits
        var lo = 0, hi = packed.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if packed[mid] < low { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < packed.count, packed[end] >> Self.slotBits == key { end += 1 }
        return lo..<end
    }

    func contains(_ key: UInt64) -> Bool { !range(of: key).isEmpty }

    func count(of key: UInt64) -> Int { range(of: key).count }

    func appendSlots(of key: UInt64, into out: inout [Int32]) {
        for value in packed[range(of: key)] { out.append(Int32(truncatingIfNeeded: value & ((1 << Self.slotBits) - 1))) }
    }

    func slots(of key: UInt64) -> [Int32] {
        var out: [Int32] = []
        appendSlots(of: key, into: &out)
        return out
    }

    /// Every distinct key, ascending.
    var keys: [UInt64] {
        var out: [UInt64] = []
        for value in packed where out.last != value >> Self.slotBits { out.append(value >> Self.slotBits) }
        return out
    }
}
