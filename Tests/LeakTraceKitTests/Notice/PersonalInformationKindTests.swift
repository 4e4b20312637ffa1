import XCTest
@testable import LeakTraceKit

final class PersonalInformationKindTests: XCTestCase {
    func testKindsAreCountedAcrossProfilesInFixedOrder() {
        let counts = PersonalInformationKind.counts(in: ["name+phone+address": 900, "phone": 40, "phone+address+other": 7])
        XCTAssertEqual(counts.map(\.kind), [.name, .phone, .address, .other])
        XCTAssertEqual(counts.map(\.records), [900, 947, 907, 7])
        XCTAssertTrue(PersonalInformationKind.counts(in: [:]).isEmpty)
        XCTAssertNil(PersonalInformationKind.other.harmZH, "no harm is claimed for fields nobody has looked at")
    }
}
