import XCTest
@testable import LeakTraceMatching

final class SlotTableTests: XCTestCase {
    func testSlotsComeBackPerKeyInAscendingOrderWhateverTheInsertionOrder() {
        let pairs: [(UInt64, Int32)] = [(7, 3), (13_812_345_678, 0), (7, 1), (SlotTable.maxKey, 9), (0, 4), (7, 2), (13_812_345_678, 5)]
        let table = SlotTable(sorting: pairs.reversed().map { SlotTable.pack(key: $0.0, slot: $0.1) })
        XCTAssertEqual(table.slots(of: 7), [1, 2, 3])
        XCTAssertEqual(table.slots(of: 13_812_345_678), [0, 5])
        XCTAssertEqual(table.slots(of: SlotTable.maxKey), [9])
        XCTAssertEqual(table.slots(of: 0), [4])
        XCTAssertEqual(table.slots(of: 8), [])
        XCTAssertEqual(table.slots(of: 6), [])
        XCTAssertEqual(table.count(of: 7), 3)
        XCTAssertFalse(table.contains(13_812_345_679))
        XCTAssertEqual(table.keys, [0, 7, 13_812_345_678, SlotTable.maxKey])
        var out: [Int32] = [42]
        table.appendSlots(of: 7, into: &out)
        XCTAssertEqual(out, [42, 1, 2, 3], "appends after what is there")
        XCTAssertEqual(SlotTable(sorting: []).slots(of: 0), [])
    }

    /// Against a dictionary of arrays (what the index used before) over many random keys and slots.
    func testAgreesWithADictionaryOfArrays() {
        var rng = SystemRandomNumberGenerator()
        var reference: [UInt64: [Int32]] = [:]
        var packed: [UInt64] = []
        for slot in 0..<20_000 {
            let key = UInt64.random(in: 0..<3_000, using: &rng)
            reference[key, default: []].append(Int32(slot))
            packed.append(SlotTable.pack(key: key, slot: Int32(slot)))
        }
        let table = SlotTable(sorting: packed.shuffled())
        for key in 0..<3_100 as Range<UInt64> {
            XCTAssertEqual(table.slots(of: key), reference[key] ?? [], "key \(key)")
        }
    }

    func testNameKeysAreStableAcrossProcessesAndFitTheTable() {
        // FNV-1a is fixed: these values must never change, or stored expectations would drift.
        XCTAssertEqual(NameKey.of("林晓岚"), NameKey.of("林晓岚"))
        XCTAssertNotEqual(NameKey.of("林晓岚"), NameKey.of("林晓兰"))
        XCTAssertLessThanOrEqual(NameKey.of("欧阳娜娜"), SlotTable.maxKey)
        XCTAssertEqual(NameKey.of(""), (0xCBF2_9CE4_8422_2325 ^ 0xCBF2_9CE4_8422_2325 >> 40) & SlotTable.maxKey)
    }
}
