import XCTest
import LeakTraceCore
import LeakTraceGeneration

final class CanaryViewKeysTests: XCTestCase {
    private let generator = CanaryGenerator()

    func testKeysCoverEveryViewAndDifferBetweenViews() {
        let (person, address) = generator.draw(seed: TestSeeds.seed(1), phone: .synthetic)
        let keys = CanaryViewKeys(person: person, address: address)
        XCTAssertEqual(keys.maskedKey, MaskView.gbt41833.key(for: person))
        XCTAssertEqual(keys.viewHashes, CanaryViewKeys.hashedViews.map { CanaryViewKeys.viewHash($0, person: person) })
        XCTAssertEqual(Set(keys.viewHashes).count, 3)
        XCTAssertEqual(keys.coarseView, MaskView.surnameOnly.key(for: person))
        XCTAssertEqual(keys.nearHashes.count, 2)
    }

    func testEveryOneEditVariantSharesANearKey() {
        // The pigeonhole behind the distance check: one typo lies in one half, so the other half's key
        // is shared and the registry returns the look-alike.
        for index in 0..<300 {
            let (person, address) = generator.draw(seed: TestSeeds.seed(index), phone: .synthetic)
            let keys = CanaryViewKeys(person: person, address: address)
            let text = Array(person.address)
            let position = index % text.count
            guard text[position].isNumber || position < address.locality.count else { continue }
            var typo = text
            typo[position] = typo[position] == "7" ? "8" : "7"
            // A planted record with the typo would be keyed with the same locality length.
            let locality = address.locality.count
            let typoPerson = PersonRecord(name: person.name, phone: person.phone, address: String(typo))
            let typoKeys = CanaryViewKeys(person: typoPerson, localityLength: locality)
            XCTAssertFalse(Set(keys.nearHashes).isDisjoint(with: typoKeys.nearHashes), "\(person.address) → \(String(typo))")
            XCTAssertTrue(keys.isTooClose(to: typoPerson))
        }
    }

    func testDistantRecordsAreNotTooClose() {
        let (a, addressA) = generator.draw(seed: TestSeeds.seed(10), phone: .synthetic)
        let keys = CanaryViewKeys(person: a, address: addressA)
        let b = generator.person(seed: TestSeeds.seed(11), phone: .synthetic)
        XCTAssertFalse(keys.isTooClose(to: b))
        XCTAssertTrue(keys.isTooClose(to: PersonRecord(name: a.name, phone: "13900000001", address: a.address)))
    }
}
