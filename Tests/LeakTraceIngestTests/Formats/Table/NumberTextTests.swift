import XCTest
@testable import LeakTraceIngest

final class NumberTextTests: XCTestCase {
    func testIntegralNumbersReadAsIntegers() {
        let table: [(String, String)] = [
            ("13812345678", "13812345678"),
            ("1.3812345678E10", "13812345678"),
            ("1.3812345678e+10", "13812345678"),
            ("13812345678.0", "13812345678"),
            ("-5.0", "-5"),
            ("0.5", "0.5"),
            ("1.5E-3", "1.5E-3"),
            ("12345678901234567890", "12345678901234567890"),   // digits only: kept, though no Double holds it
            ("1E300", "1E300"),
            ("abc", "abc"),
            ("", ""),
        ]
        for (raw, expected) in table {
            XCTAssertEqual(NumberText.render(raw), expected, raw)
        }
    }
}
