import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class SlotTableRadixSortTests: XCTestCase {
    func testAgreesWithSortForPackedAndArbitraryValues() {
        var mix = DeterministicRandom(seed: 0x5EED)
        for count in [0, 1, 256, 257, 10_000, 200_000] {
            // As the index packs them: slots rising, keys of every size, many repeated.
            let packed = (0..<count).map { slot -> UInt64 in
                let key = mix.next() % 3 == 0 ? mix.next() % 50 : mix.next() & SlotTable.maxKey
                return SlotTable.pack(key: key, slot: Int32(slot))
            }
            XCTAssertEqual(SlotTable.radixSorted(packed), packed.sorted(), "packed, \(count)")
            // Anything at all: slots not rising, top bits set.
            let arbitrary = (0..<count).map { _ in mix.next() }
            XCTAssertEqual(SlotTable.radixSorted(arbitrary), arbitrary.sorted(), "arbitrary, \(count)")
            let equal = [UInt64](repeating: 42 << 24 | 7, count: count)
            XCTAssertEqual(SlotTable.radixSorted(equal), equal)
        }
        let small = (0..<5_000).map { UInt64($0 % 7) << 24 | UInt64(5_000 - $0) }
        XCTAssertEqual(SlotTable.radixSorted(small), small.sorted(), "slots falling")
    }
}
