import LeakTraceCore
import XCTest

final class ChineseMobileNumberPlanTests: XCTestCase {
    /// Each row: a number built from a prefix and zeros (no real subscriber), and whether
    /// libphonenumber's CN mobile pattern accepts it.
    func testPrefixTable() {
        let table: [(String, Bool)] = [
            ("13000000000", true), ("13900000000", true), ("14500000000", true), ("14700000000", true),
            ("14900000000", false), ("14000000000", false), ("15000000000", true), ("15400000000", false),
            ("16100000000", true), ("16110000000", false), ("16000000000", false), ("16200000000", true),
            ("16500000000", true), ("16800000000", false), ("17000000000", true), ("17400000000", true),
            ("17405000000", true), ("17406000000", false), ("17410000000", false), ("17900000000", false),
            ("18000000000", true), ("19000000000", true), ("19400000000", false), ("19900000000", true),
            ("12000000000", false), ("23800000000", false), ("1380000000", false), ("138000000000", false),
            ("1380000000a", false), ("１３８００００００００", false),
        ]
        for (number, valid) in table {
            XCTAssertEqual(ChineseMobileNumberPlan.isValid(number), valid, number)
        }
    }

    func testPlausiblePrefixesForMaskedNumbers() {
        XCTAssertTrue(ChineseMobileNumberPlan.isPlausiblePrefix("138"))
        XCTAssertTrue(ChineseMobileNumberPlan.isPlausiblePrefix("149"), "149 data SIMs are matched in leaks")
        XCTAssertTrue(ChineseMobileNumberPlan.isPlausiblePrefix("174"))
        XCTAssertTrue(ChineseMobileNumberPlan.isPlausiblePrefix("161"))
        XCTAssertFalse(ChineseMobileNumberPlan.isPlausiblePrefix("140"))
        XCTAssertFalse(ChineseMobileNumberPlan.isPlausiblePrefix("13"))
    }
}
