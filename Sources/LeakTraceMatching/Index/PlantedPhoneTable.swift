/// The planted numbers as a flat open-addressing table of integers: the question every row of a
/// seized list asks ("is this a canary's number?") costs one multiply and, almost always, one probe.
///
/// ```swift
/// let table = PlantedPhoneTable([13812345678, 13987654321])
/// table.contains(13812345678)   // true
/// table.contains(13800000000)   // false
/// ```
/// A `Dictionary` would hash with SipHash and chase a bucket; this stays in one cache line per
/// probe and allocates once. Zero marks an empty slot (no mobile number is zero).
public struct PlantedPhoneTable: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64

    public init<S: Sequence<UInt64>>(_ numbers: S) {
        self.init(sortedDistinct: Set(numbers).sorted())
    }

    /// From numbers already sorted and distinct (a `SlotTable`'s keys): no set to build.
    init(sortedDistinct: [UInt64]) {
        let distinct = sortedDistinct.filter { $0 != 0 }
        var bits: UInt64 = 4
        while (1 << bits) < distinct.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        let mask = UInt64(slots.count - 1)
        for number in distinct {
            var i = Self.start(number, shift: 64 - bits)
            while slots[Int(i)] != 0 { i = (i + 1) & mask }
            slots[Int(i)] = number
        }
        self.slots = slots
        self.shift = 64 - bits
    }

    @inline(__always)
    static func start(_ number: UInt64, shift: UInt64) -> UInt64 {
        (number &* 0x9E37_79B9_7F4A_7C15) >> shift
    }

    @inline(__always)
    public func contains(_ number: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { table in
            let mask = UInt64(table.count - 1)
            var i = Self.start(number, shift: shift)
            while true {
                let slot = table[Int(i)]
                if slot == number { return true }
                if slot == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    public var count: Int { slots.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }
}
