import Foundation
import XCTest
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

final class CanaryGeneratorTests: XCTestCase {
    private let generator = CanaryGenerator()

    func testTenThousandCanariesAreUniqueInFullAndUnderWaybillMasking() {
        let count = 10_000
        var records = Set<PersonRecord>(), keys = Set<String>()
        for index in 0..<count {
            let person = generator.person(seed: TestSeeds.seed(index), phone: .synthetic)
            XCTAssertTrue(ChineseMobileNumberPlan.isValid(person.phone), person.phone)
            XCTAssertFalse(ChineseMobileNumberPlan.dataOnlyPrefixes.contains(String(person.phone.prefix(3))), person.phone)
            records.insert(person)
            keys.insert(MaskedCollisionKey.key(for: person))
        }
        XCTAssertEqual(records.count, count)
        let collisions = count - keys.count
        print("MaskedCollisionKey collisions among \(count) synthetic-phone canaries: \(collisions)")
        XCTAssertEqual(collisions, 0)
    }

    func testPoolCanariesStayDistinctUnderMaskingAndUseOnlyPoolNumbers() {
        let pool = ["13800000001", "15900000002", "18600000003"]
        let count = 3_000
        var keys = Set<String>()
        for index in 0..<count {
            let person = generator.person(seed: TestSeeds.seed(index), phone: .pool(pool))
            XCTAssertTrue(pool.contains(person.phone))
            keys.insert(MaskedCollisionKey.key(for: person))
        }
        let collisions = count - keys.count
        print("MaskedCollisionKey collisions among \(count) canaries sharing a 3-number pool: \(collisions)")
        XCTAssertEqual(collisions, 0)
    }

    func testTheSameSeedGivesTheSameCanaryByteForByte() throws {
        let seed = TestSeeds.seed(77)
        let plantedAt = try Timestamp.parse("2026-11-01T08:00:00+08:00")
        let other = CanaryGenerator(reference: .standard)
        XCTAssertEqual(generator.person(seed: seed, phone: .synthetic), other.person(seed: seed, phone: .synthetic))
        XCTAssertEqual(generator.order(seed: seed, plantedAt: plantedAt), other.order(seed: seed, plantedAt: plantedAt))
        let encoded = try JSONCoding.encoder().encode(generator.person(seed: seed, phone: .synthetic))
        XCTAssertEqual(encoded, try JSONCoding.encoder().encode(other.person(seed: seed, phone: .synthetic)))
        XCTAssertNotEqual(generator.person(seed: seed, phone: .synthetic), generator.person(seed: TestSeeds.seed(78), phone: .synthetic))
    }

    func testThePhoneChoiceLeavesNameAndAddressUnchanged() {
        let seed = TestSeeds.seed(5)
        let synthetic = generator.person(seed: seed, phone: .synthetic)
        let pooled = generator.person(seed: seed, phone: .pool(["13912345678"]))
        XCTAssertEqual(pooled.phone, "13912345678")
        XCTAssertEqual(pooled.name, synthetic.name)
        XCTAssertEqual(pooled.address, synthetic.address)
        XCTAssertEqual(generator.address(seed: seed).text, synthetic.address)
    }

    func testPoolPicksSpreadOverTheWholePool() {
        let pool = (0..<5).map { "1390000000\($0)" }
        let used = Set((0..<200).map { generator.person(seed: TestSeeds.seed($0), phone: .pool(pool)).phone })
        XCTAssertEqual(used, Set(pool))
    }

    func testTheOrderIsPlacedShortlyBeforeThePlant() throws {
        let plantedAt = try Timestamp.parse("2026-11-01T08:00:00+08:00")
        for index in 0..<50 {
            let order = generator.order(seed: TestSeeds.seed(index), plantedAt: plantedAt)
            XCTAssertLessThanOrEqual(order.orderedAt, plantedAt)
            XCTAssertGreaterThan(order.orderedAt, plantedAt - 5 * 86_400)
            XCTAssertNotNil(Courier(recognising: order.waybill))
        }
    }
}
