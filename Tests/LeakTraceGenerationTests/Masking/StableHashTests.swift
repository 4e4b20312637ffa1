import XCTest
import LeakTraceGeneration

final class StableHashTests: XCTestCase {
    func testSameTextSameHashAndNoCollisionsAmongManyNearTexts() {
        XCTAssertEqual(StableHash.of("surname-only|陈**|浙江省"), StableHash.of("surname-only|陈**|浙江省"))
        var seen = Set<Int64>()
        for index in 0..<200_000 {
            // Texts that differ in one trailing digit, the hardest case for a weak hash.
            seen.insert(StableHash.of("陈**|浙江省杭州市西湖区文三路\(index)号"))
        }
        XCTAssertEqual(seen.count, 200_000)
        XCTAssertNotEqual(StableHash.of("a"), StableHash.of("b"))
    }

    /// Registries store these values: they must never change (FNV-1a then SplitMix64's mix,
    /// worked out independently of this code).
    func testAStoredValueIsPinned() {
        XCTAssertEqual(StableHash.of("surname-only|陈**|浙江省杭州市"), 4_676_435_426_808_581_192)
    }
}
