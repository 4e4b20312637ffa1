import Foundation
import XCTest
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

final class PhoneGeneratorTests: XCTestCase {
    /// libphonenumber's CN mobile pattern (phonenumbers 9.0.43), checked here with a regular
    /// expression independent of `ChineseMobileNumberPlan`, so a bug in one cannot hide in the other.
    private static let libphonenumberMobile = try! NSRegularExpression(
        pattern: #"^(?:1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8})$"#)

    /// IoT (物联网) and data ranges issued in China: 13-digit 1064/140/141/144/148 cards and 146/149 data
    /// SIMs. None is in libphonenumber's 11-digit mobile plan; a canary must never carry one.
    private static let iotOrDataHeads = ["140", "141", "144", "145", "146", "147", "148", "149", "1064", "174"]

    private func matchesLibphonenumber(_ phone: String) -> Bool {
        Self.libphonenumberMobile.firstMatch(in: phone, range: NSRange(phone.startIndex..., in: phone)) != nil
    }

    func testPhonesAreValidNeverDataOnlyAndSpreadOverManyPrefixes() {
        let generator = PhoneGenerator()
        var rng = DeterministicRandom(seed: 31)
        var prefixes: [String: Int] = [:]
        let count = 3_000
        for _ in 0..<count {
            let phone = generator.generate(using: &rng)
            XCTAssertTrue(ChineseMobileNumberPlan.isValid(phone), phone)
            XCTAssertTrue(matchesLibphonenumber(phone), phone)
            XCTAssertFalse(Self.iotOrDataHeads.contains { phone.hasPrefix($0) }, phone)
            prefixes[String(phone.prefix(3)), default: 0] += 1
        }
        XCTAssertGreaterThan(prefixes.count, 30)
        // Older ranges dominate: 13x, 15x and 18x carry most live numbers.
        let older = prefixes.filter { ["13", "15", "18"].contains($0.key.prefix(2)) }.values.reduce(0, +)
        XCTAssertGreaterThan(Double(older) / Double(count), 0.7)
        XCTAssertGreaterThan(prefixes.filter { $0.key.hasPrefix("19") }.values.reduce(0, +), 0)
        XCTAssertGreaterThan(prefixes.filter { $0.key.hasPrefix("17") }.values.reduce(0, +), 0)
    }

    func testOnlyVoicePrefixesOfTheCorpusAreDrawnWithTheirWeights() throws {
        let reference = ReferenceData.standard
        let voice = reference.allMobilePrefixes.filter { $0.kind == .mobile && $0.weight > 0 }
        XCTAssertEqual(Set(reference.mobilePrefixes.items), Set(voice.map(\.prefix)), "the generator's table is exactly the voice prefixes")
        for excluded in reference.allMobilePrefixes where excluded.kind != .mobile {
            XCTAssertFalse(reference.mobilePrefixes.items.contains(excluded.prefix), excluded.prefix)
        }
        // Every corpus prefix is itself valid under libphonenumber (padded to eleven digits).
        for entry in reference.allMobilePrefixes {
            XCTAssertTrue(matchesLibphonenumber(entry.prefix + String(repeating: "0", count: 11 - entry.prefix.count)), entry.prefix)
        }
        // Draw shares follow the weights (a heavy, a middle and a new range; rare ones are too noisy here).
        let generator = PhoneGenerator()
        var rng = DeterministicRandom(seed: 32)
        var counts: [String: Int] = [:]
        for _ in 0..<40_000 { counts[String(generator.generate(using: &rng).prefix(3)), default: 0] += 1 }
        let weight = Dictionary(uniqueKeysWithValues: voice.map { ($0.prefix, $0.weight) })
        let total = voice.map(\.weight).reduce(0, +)
        for prefix in ["138", "176", "199"] {
            let expected = try XCTUnwrap(weight[prefix]) / total
            XCTAssertEqual(Double(counts[prefix] ?? 0) / 40_000, expected, accuracy: 0.25 * expected, prefix)
        }
    }
}
