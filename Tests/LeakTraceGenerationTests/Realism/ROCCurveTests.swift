import XCTest
import LeakTraceGeneration

final class ROCCurveTests: XCTestCase {
    func testAUCCountsOrderedPairsWithTiesAsHalf() {
        XCTAssertEqual(ROCCurve.auc(positives: [0.9, 0.8], negatives: [0.1, 0.85]), 0.75, accuracy: 1e-12)
        XCTAssertEqual(ROCCurve.auc(positives: [3, 4], negatives: [1, 2]), 1, accuracy: 1e-12)
        XCTAssertEqual(ROCCurve.auc(positives: [1, 2], negatives: [3, 4]), 0, accuracy: 1e-12)
        XCTAssertEqual(ROCCurve.auc(positives: [1, 1, 1], negatives: [1, 1]), 0.5, accuracy: 1e-12)
    }

    func testAgreesWithCountingEveryPair() {
        let positives = (0..<50).map { Double(($0 * 37) % 23) }
        let negatives = (0..<40).map { Double(($0 * 11) % 19) }
        var wins = 0.0
        for p in positives { for n in negatives { wins += p > n ? 1 : (p == n ? 0.5 : 0) } }
        XCTAssertEqual(ROCCurve.auc(positives: positives, negatives: negatives), wins / Double(positives.count * negatives.count), accuracy: 1e-12)
    }
}
