import XCTest
@testable import LeakTraceMatching

final class MaskedDigitsTests: XCTestCase {
    func testCompatibilityChecksEveryVisiblePosition() {
        let table: [(String, String, Bool)] = [
            ("138****5678", "13812345678", true),
            ("138****5678", "13800005678", true),
            ("138****5678", "13912345678", false),
            ("138****5678", "13812345679", false),
            ("138******78", "13899999978", true),
            ("138******78", "13899999987", false),
            ("1**********", "19912345678", true),
            ("*******5678", "15000005678", true),
            ("138****5678", "1381234567", false),    // not eleven digits
            ("138****5678", "1381234567x", false),
        ]
        for (pattern, digits, expected) in table {
            XCTAssertEqual(MaskedDigits(pattern)!.isCompatible(with: digits), expected, "\(pattern) vs \(digits)")
        }
    }

    func testPatternParsingAndVisibleCount() {
        XCTAssertEqual(MaskedDigits("138****5678")?.visibleCount, 7)
        XCTAssertEqual(MaskedDigits("138******78")?.visibleCount, 5)
        XCTAssertEqual(MaskedDigits("138****5678")?.digit(at: 2), 8)
        XCTAssertNil(MaskedDigits("138****5678")?.digit(at: 3))
        XCTAssertNil(MaskedDigits("138***5678"))     // ten positions
        XCTAssertNil(MaskedDigits("138xxxx5678"))    // only `*` in the canonical pattern
        XCTAssertEqual(MaskedDigits(positions: [1, 3, 8, nil, nil, nil, nil, 5, 6, 7, 8]), MaskedDigits("138****5678"))
        XCTAssertNil(MaskedDigits(positions: [1, 3, 8]))
    }
}
