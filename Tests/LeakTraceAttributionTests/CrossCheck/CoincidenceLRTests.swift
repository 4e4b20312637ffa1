import LeakTraceAttribution
import XCTest

/// BACKGROUND.md "Coincidence": LR = (f/q)^k · ((1−f)/(1−q))^(K−k).
final class CoincidenceLRTests: XCTestCase {
    func testThreeHitsAtTinyChance() {
        let lr = CoincidenceLR.lr(visible: 20, found: 3, coverage: 0.1, chance: 1e-6)
        XCTAssertEqual(lr / 1.67e14, 1, accuracy: 0.005)
    }

    func testThreeHitsAtLargerChance() {
        let lr = CoincidenceLR.lr(visible: 20, found: 3, coverage: 0.1, chance: 1e-4)
        XCTAssertEqual(lr / 1.67e8, 1, accuracy: 0.005)
    }

    func testAbsenceAloneIsWeak() {
        let lr = CoincidenceLR.lr(visible: 20, found: 0, coverage: 0.1, chance: 1e-6)
        XCTAssertLessThan(lr, 1, "absence favours the alternative")
        XCTAssertEqual(1 / lr, 8.2, accuracy: 0.05)
    }

    func testLog10FormStaysFiniteBeyondDoubleRange() {
        let log10LR = CoincidenceLR.log10LR(visible: 500, found: 400, coverage: 0.8, chance: 1e-9)
        XCTAssertTrue(log10LR.isFinite)
        XCTAssertGreaterThan(log10LR, 308, "the ratio itself would overflow a Double")
        XCTAssertEqual(CoincidenceLR.log10LR(visible: 20, found: 3, coverage: 0.1, chance: 1e-6),
                       log10(CoincidenceLR.lr(visible: 20, found: 3, coverage: 0.1, chance: 1e-6)), accuracy: 1e-9)
    }
}
