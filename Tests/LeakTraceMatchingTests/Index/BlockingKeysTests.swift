import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

/// A seized record's keys meet its canary's under every mask the matcher looks up, and a mask
/// selects the same bucket the index searches.
final class BlockingKeysTests: XCTestCase {
    private let person = PersonRecord(name: "林晓岚", phone: "13800138000", address: "浙江省杭州市西湖区文三路100号")

    func testAPlantedCanaryIsFiledUnderItsNumberItsBucketsAndItsName() {
        XCTAssertEqual(BlockingKeys.planted(person), ["p:13800138000", "ht:13800", "t4:8000", "h7:1380013", "n:林晓岚"])
    }

    func testEachMaskLeadsToOneOfTheCanarysKeys() {
        let planted = Set(BlockingKeys.planted(person))
        let shown: [(name: String, phone: String, expected: String)] = [
            ("林晓岚", "138 0013 8000", "p:13800138000"),
            ("林*岚", "138******00", "ht:13800"),
            ("林**", "*******8000", "t4:8000"),
            ("林晓岚", "1380013****", "h7:1380013"),
        ]
        for (name, phone, expected) in shown {
            let keys = BlockingKeys.seized(SeizedRecord(number: 1, cells: [name, phone, person.address], seen: ""))
            XCTAssertTrue(keys.contains(expected), "\(phone): \(keys)")
            XCTAssertFalse(planted.isDisjoint(with: keys), phone)
        }
        // No usable number: the full name is the key, as the matcher looks it up.
        XCTAssertEqual(BlockingKeys.seized(SeizedRecord(number: 2, cells: ["林晓岚", person.address], seen: "")), ["n:林晓岚"])
        // A full number needs no name key; a stranger's number leads nowhere near the canary.
        let stranger = BlockingKeys.seized(SeizedRecord(number: 3, cells: ["林晓岚", "13912345678"], seen: ""))
        XCTAssertEqual(stranger, ["p:13912345678"])
        XCTAssertTrue(planted.isDisjoint(with: stranger))
    }

    func testTheBucketIsTheMostSelectiveVisibleKey() throws {
        func bucket(_ text: String) throws -> MaskedBucket? {
            guard case .masked(let m)? = PhoneNormalizer.observe(text) else { throw XCTSkip("\(text) is not read as a mask") }
            return MaskedBucket(m)
        }
        XCTAssertEqual(try bucket("138****8000"), .headTail(13800))
        XCTAssertEqual(try bucket("*******8000"), .tail4(8000))
        XCTAssertEqual(try bucket("1380013****"), .head7(1_380_013))
    }
}
