/// Repeated timings of one thing: the bench reports the best (least disturbed by other load on
/// a shared machine) and the median (what a user typically sees).
///
/// ```swift
/// var samples = Samples()
/// samples.add(0.11); samples.add(0.09); samples.add(0.10)
/// samples.best     // 0.09
/// samples.median   // 0.10
/// ```
struct Samples: Sendable {
    private(set) var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var best: Double { values.min() ?? .nan }

    var median: Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var count: Int { values.count }
}
