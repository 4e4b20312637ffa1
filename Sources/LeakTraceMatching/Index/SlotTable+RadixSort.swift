extension SlotTable {
    /// `values` in ascending order, by a least-significant-digit radix sort: 11 bits a pass, each
    /// pass one count and one stable scatter, and a pass skipped when every value has the same
    /// digit there (the top bits of small keys).
    ///
    /// ```swift
    /// SlotTable.radixSorted([SlotTable.pack(key: 7, slot: 1), SlotTable.pack(key: 3, slot: 2)])   // key 3 first
    /// ```
    /// A million packed values sort several times faster than with `sort()`, which compares: the
    /// index of a million canaries sorts nine tables. Values are packed in slot order, so their
    /// low 24 bits usually rise already; then only the key's bits need passes, the stable
    /// scatter keeping each key's slots in order.
    static func radixSorted(_ values: [UInt64]) -> [UInt64] {
        guard values.count > 256 else { return values.sorted() }
        var slotsRise = true
        for i in 1..<values.count where values[i] & slotMask < values[i - 1] & slotMask {
            slotsRise = false
            break
        }
        var source = values
        var target = [UInt64](repeating: 0, count: values.count)
        let digitBits: UInt64 = 11
        var shift: UInt64 = slotsRise ? slotBits : 0
        var counts = [Int](repeating: 0, count: 1 << Int(digitBits))
        while shift < 64 {
            let mask: UInt64 = (1 << digitBits) - 1
            for i in counts.indices { counts[i] = 0 }
            for value in source { counts[Int((value >> shift) & mask)] += 1 }
            if !counts.contains(source.count) {
                var offset = 0
                for i in counts.indices {
                    let count = counts[i]
                    counts[i] = offset
                    offset += count
                }
                for value in source {
                    let digit = Int((value >> shift) & mask)
                    target[counts[digit]] = value
                    counts[digit] += 1
                }
                swap(&source, &target)
            }
            shift += digitBits
        }
        return source
    }

    private static let slotMask: UInt64 = (1 << slotBits) - 1
}
