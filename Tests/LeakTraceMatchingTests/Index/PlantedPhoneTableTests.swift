import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class PlantedPhoneTableTests: XCTestCase {
    func testContainsExactlyThePlantedNumbers() {
        var random = DeterministicRandom(seed: 61)
        let planted = (0..<5_000).map { _ in 13_000_000_000 + random.next() % 6_000_000_000 }
        let table = PlantedPhoneTable(planted + planted.prefix(100))   // pool numbers repeat
        XCTAssertEqual(table.count, Set(planted).count)
        for number in planted { XCTAssertTrue(table.contains(number), "\(number)") }
        let plantedSet = Set(planted)
        var absent = 0
        for _ in 0..<50_000 {
            let number = 13_000_000_000 + random.next() % 6_000_000_000
            XCTAssertEqual(table.contains(number), plantedSet.contains(number))
            if !plantedSet.contains(number) { absent += 1 }
        }
        XCTAssertGreaterThan(absent, 49_000)
    }

    func testEmptyTableContainsNothing() {
        let table = PlantedPhoneTable([])
        XCTAssertFalse(table.contains(13_800_138_000))
        XCTAssertEqual(table.count, 0)
    }

    func testIndexAnswersForItsFullNumbersOnly() {
        let index = SyntheticPeople.index
        XCTAssertTrue(index.hasPlantedPhone(13_800_000_001))
        XCTAssertTrue(index.hasPlantedPhone(18_600_003_333))
        XCTAssertFalse(index.hasPlantedPhone(13_800_000_002))
    }
}
