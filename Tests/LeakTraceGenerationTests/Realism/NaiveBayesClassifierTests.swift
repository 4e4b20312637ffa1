import XCTest
import LeakTraceCore
import LeakTraceGeneration

final class NaiveBayesClassifierTests: XCTestCase {
    /// Records from a distribution where `bias` shifts the share of token "x".
    private func sample(_ count: Int, bias: Double, rng: inout DeterministicRandom) -> [[String]] {
        (0..<count).map { _ in [rng.chance(0.5 + bias) ? "x" : "y", "n:\(rng.uniform(20))"] }
    }

    private func auc(bias: Double) -> Double {
        var rng = DeterministicRandom(seed: 4)
        var model = NaiveBayesClassifier()
        for tokens in sample(3_000, bias: bias, rng: &rng) { model.train(tokens, positive: true) }
        for tokens in sample(3_000, bias: 0, rng: &rng) { model.train(tokens, positive: false) }
        let positives = sample(2_000, bias: bias, rng: &rng).map(model.score)
        let negatives = sample(2_000, bias: 0, rng: &rng).map(model.score)
        return ROCCurve.auc(positives: positives, negatives: negatives)
    }

    func testSeparatesDifferentDistributionsAndNotEqualOnes() {
        // Only "x" carries signal: x with 0.95 against 0.5. A classifier that learns it scores every
        // x above every y, so AUC = P(x, y) + ½ P(tie) = 0.95·0.5 + ½(0.95·0.5 + 0.05·0.5) = 0.725.
        XCTAssertEqual(auc(bias: 0.45), 0.725, accuracy: 0.03)
        XCTAssertEqual(auc(bias: 0), 0.5, accuracy: 0.03)
    }
}
