import XCTest
@testable import LeakTraceReport

final class StableIdentifierTests: XCTestCase {
    func testIsAVersion4ShapedUUIDFixedByItsParts() {
        let id = StableIdentifier.uuid("file", "seized.csv", "ab")
        XCTAssertNotNil(id.range(of: #"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#, options: .regularExpression), id)
        XCTAssertEqual(id, StableIdentifier.uuid(["file", "seized.csv", "ab"]))
        XCTAssertNotEqual(id, StableIdentifier.uuid("file", "seized.csv", "ac"))
        XCTAssertNotEqual(StableIdentifier.uuid("ab", "c"), StableIdentifier.uuid("a", "bc"))
    }
}
