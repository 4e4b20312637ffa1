import LeakTraceCore
import XCTest

final class VerbalScaleTests: XCTestCase {
    /// ENFSI 2015: 2–10 weak, 10–100 moderate, 100–1,000 moderately strong, 1,000–10,000 strong,
    /// 10,000–1,000,000 very strong, above 1,000,000 extremely strong; read on 1/LR below 1.
    func testScale() {
        let table: [(Double, VerbalScale)] = [
            (1.5, .none), (2.5, .weak), (8.2, .weak), (50, .moderate), (500, .moderatelyStrong), (5_000, .strong),
            (50_000, .veryStrong), (999_999, .veryStrong), (1.67e8, .extremelyStrong), (1.67e14, .extremelyStrong),
            (1.0 / 50, .moderate),
        ]
        for (lr, expected) in table {
            XCTAssertEqual(VerbalScale(log10LR: log10(lr)), expected, "LR \(lr)")
        }
        XCTAssertEqual(VerbalScale.extremelyStrong.chinese, "极强支持")
    }
}
