/// The area under the ROC curve: the chance that a random positive scores above a random
/// negative (ties count half). 0.5 means the scores cannot tell the classes apart.
///
/// Computed by ranks (Mann–Whitney U), O(n log n).
///
/// ```swift
/// ROCCurve.auc(positives: [0.9, 0.8], negatives: [0.1, 0.85])   // 0.75
/// ```
public enum ROCCurve {
    public static func auc(positives: [Double], negatives: [Double]) -> Double {
        precondition(!positives.isEmpty && !negatives.isEmpty, "AUC needs both classes")
        let all = (positives.map { ($0, true) } + negatives.map { ($0, false) }).sorted { $0.0 < $1.0 }
        var positiveRankSum = 0.0
        var start = 0
        while start < all.count {
            var end = start
            while end + 1 < all.count, all[end + 1].0 == all[start].0 { end += 1 }
            // Tied scores share the mean of their ranks (1-based).
            let rank = Double(start + end + 2) / 2
            for index in start...end where all[index].1 { positiveRankSum += rank }
            start = end + 1
        }
        let p = Double(positives.count), n = Double(negatives.count)
        return (positiveRankSum - p * (p + 1) / 2) / (p * n)
    }
}
