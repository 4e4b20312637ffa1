import Foundation

/// A two-class naive Bayes classifier over feature tokens, with add-one smoothing: the simple
/// classifier a data broker could train to tell canaries from customers.
///
/// ```swift
/// var model = NaiveBayesClassifier()
/// model.train(["s:王", "p:139"], positive: true)
/// model.train(["s:李", "p:186"], positive: false)
/// model.score(["s:王", "p:186"])   // log-odds that the record is positive
/// ```
public struct NaiveBayesClassifier: Sendable {
    private var counts: [String: (positive: Int, negative: Int)] = [:]
    private var tokenTotals = (positive: 0, negative: 0)
    private var recordTotals = (positive: 0, negative: 0)

    public init() {}

    public mutating func train(_ tokens: [String], positive: Bool) {
        for token in tokens {
            var entry = counts[token] ?? (0, 0)
            if positive { entry.positive += 1 } else { entry.negative += 1 }
            counts[token] = entry
        }
        if positive {
            tokenTotals.positive += tokens.count
            recordTotals.positive += 1
        } else {
            tokenTotals.negative += tokens.count
            recordTotals.negative += 1
        }
    }

    /// Log-odds that `tokens` belong to the positive class. Tokens never seen in training carry no
    /// weight either way.
    public func score(_ tokens: [String]) -> Double {
        let vocabulary = Double(max(counts.count, 1))
        var odds = log(Double(recordTotals.positive + 1)) - log(Double(recordTotals.negative + 1))
        let positiveDenominator = log(Double(tokenTotals.positive) + vocabulary)
        let negativeDenominator = log(Double(tokenTotals.negative) + vocabulary)
        for token in tokens {
            guard let entry = counts[token] else { continue }
            odds += log(Double(entry.positive + 1)) - positiveDenominator
            odds -= log(Double(entry.negative + 1)) - negativeDenominator
        }
        return odds
    }
}
