import XCTest
import LeakTraceCore
import LeakTraceGeneration

final class PhoneGeneratorTests: XCTestCase {
    func testPhonesAreValidNeverDataOnlyAndSpreadOverManyPrefixes() {
        let generator = PhoneGenerator()
        var rng = DeterministicRandom(seed: 31)
        var prefixes: [String: Int] = [:]
        let count = 3_000
        for _ in 0..<count {
            let phone = generator.generate(using: &rng)
            XCTAssertTrue(ChineseMobileNumberPlan.isValid(phone), phone)
            let prefix = String(phone.prefix(3))
            XCTAssertFalse(ChineseMobileNumberPlan.dataOnlyPrefixes.contains(prefix), phone)
            XCTAssertNotEqual(prefix, "174", phone)
            prefixes[prefix, default: 0] += 1
        }
        XCTAssertGreaterThan(prefixes.count, 30)
        // Older ranges dominate: 13x, 15x and 18x carry most live numbers.
        let older = prefixes.filter { ["13", "15", "18"].contains($0.key.prefix(2)) }.values.reduce(0, +)
        XCTAssertGreaterThan(Double(older) / Double(count), 0.7)
        XCTAssertGreaterThan(prefixes.filter { $0.key.hasPrefix("19") }.values.reduce(0, +), 0)
    }
}
