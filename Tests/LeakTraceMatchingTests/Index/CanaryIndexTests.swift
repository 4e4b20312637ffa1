import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class CanaryIndexTests: XCTestCase {
    func testFullPhoneLookupReturnsEveryCanaryOnAPoolNumber() {
        let index = SyntheticPeople.index
        XCTAssertEqual(index.count, 4)
        XCTAssertEqual(index.canaryIDs(forPhone: "13800000001"), ["c000001"])
        XCTAssertEqual(index.canaryIDs(forPhone: "18600003333"), ["c000003", "c000004"])
        XCTAssertEqual(index.phoneMultiplicity(at: 2), 2)
        XCTAssertEqual(index.phoneMultiplicity(at: 0), 1)
        XCTAssertEqual(index.canaryIDs(forPhone: "13800000002"), [])
        XCTAssertEqual(index.canaryIDs(forPhone: "not a number"), [])
    }

    func testMaskedLookupsUseVisibleDigits() {
        let index = SyntheticPeople.index
        let table: [(String, [Int]?)] = [
            ("138****0001", [0]),       // head 3 + tail 2
            ("138******01", [0]),
            ("159****2222", [1]),
            ("186****3333", [2, 3]),
            ("*******0001", [0]),       // tail 4
            ("1380000****", [0]),       // head 7
            ("139****0001", []),        // visible digits agree with no canary
            ("1**********", nil),       // too little for any key: the caller falls back to names
        ]
        for (pattern, expected) in table {
            let observation = PhoneObservation.masked(MaskedDigits(pattern)!)
            XCTAssertEqual(index.candidateSlots(for: observation), expected, pattern)
        }
        XCTAssertEqual(index.candidateSlots(for: .virtual(number: "13800000001", extension: "1234")), [])
    }

    /// Large sets are normalised in chunks on several cores; slots, keys and parsed fields must be
    /// those a one-by-one build gives, across chunk boundaries.
    func testChunkedBuildKeepsEveryCanaryInItsSlot() {
        let names = ["林晓岚", "王 芳", "陳志華", "赵一鸣", "周小姐"]
        let addresses = ["浙江省杭州市西湖区文三路100号", "江苏省南京市鼓楼区中山路8号华星花园3幢", "四川省成都市武侯区"]
        let canaries = (0..<10_003).map { i in
            (id: "c\(i)", person: PersonRecord(
                name: names[i % names.count], phone: String(13_800_000_000 + i * 7), address: addresses[i % addresses.count]))
        }
        let index = CanaryIndex(canaries)
        XCTAssertEqual(index.count, canaries.count)
        for slot in [0, 4_095, 4_096, 8_191, 8_192, 10_002] {
            XCTAssertEqual(index.canaryIDs(forPhone: canaries[slot].person.phone), ["c\(slot)"], "slot \(slot)")
            XCTAssertEqual(index.entry(at: slot).address, PlantedAddress(canaries[slot].person.address), "slot \(slot)")
            XCTAssertEqual(index.id(at: slot), "c\(slot)")
        }
        XCTAssertEqual(index.slots(forName: "王芳"), Array(stride(from: 1, to: canaries.count, by: 5)))
        XCTAssertEqual(index.slots(forName: "陈志华"), Array(stride(from: 2, to: canaries.count, by: 5)))
        XCTAssertEqual(index.slots(forName: "周小姐"), [], "a masked name is no name key")
        let lastPhone = canaries[10_002].person.phone
        let head7 = PhoneObservation.masked(MaskedDigits(String(lastPhone.prefix(7)) + "****")!)
        XCTAssertEqual(index.candidateSlots(for: head7)?.contains(10_002), true)
        XCTAssertEqual(index.plantedPhones.count, canaries.count)
    }

    func testNameLookupUsesTheNormalisedName() {
        let index = CanaryIndex([(id: "c1", person: PersonRecord(name: " 林 晓岚 ", phone: "13800000001", address: "x"))])
        XCTAssertEqual(index.slots(forName: "林晓岚"), [0])
        XCTAssertEqual(index.id(at: 0), "c1")
        XCTAssertEqual(index.slots(forName: "林晓"), [])
    }

    /// Ten thousand synthetic canaries: each masked lookup returns exactly the canaries whose
    /// number fits the mask (what a scan would find), and every canary is found again.
    func testLookupsAtScale() {
        var rng = DeterministicRandom(seed: 2024)
        let prefixes = ["138", "139", "150", "186", "177", "199"]
        var canaries: [(id: String, person: PersonRecord)] = []
        for i in 0..<10_000 {
            var digits = rng.pick(prefixes)
            for _ in 0..<8 { digits += String(rng.uniform(10)) }
            canaries.append((id: "c\(i)", person: PersonRecord(name: "林晓岚", phone: digits, address: "浙江省")))
        }
        let index = CanaryIndex(canaries)
        for i in stride(from: 0, to: 10_000, by: 97) {
            let phone = Array(canaries[i].person.phone)
            let masked = MaskedDigits(String(phone[0..<3]) + "******" + String(phone[9..<11]))!
            let found = index.candidateSlots(for: .masked(masked))!
            let scanned = canaries.indices.filter { masked.isCompatible(with: canaries[$0].person.phone) }
            XCTAssertTrue(found.contains(i))
            XCTAssertEqual(found, scanned)
            XCTAssertTrue(index.slots(forPhone: canaries[i].person.phone).contains(i))
        }
    }
}
