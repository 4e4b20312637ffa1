import LeakTraceCore

/// Recall and false hits of a matcher on one list against its ground truth.
struct ListScore: CustomStringConvertible {
    var canaryRows = 0
    var found = 0
    var falseHits: [String] = []
    var missed: [String] = []

    var recall: Double { canaryRows == 0 ? 0 : Double(found) / Double(canaryRows) }

    init(list: String, records: [SeizedRecord], truth: [Int: String], matcher: (SeizedRecord) -> [String]) {
        for record in records {
            let hits = matcher(record)
            if let expected = truth[record.number] {
                canaryRows += 1
                if hits.first == expected { found += 1 } else if hits.isEmpty { missed.append("\(list):\(record.number) \(record.seen)") }
                for other in hits where other != expected { falseHits.append("\(list):\(record.number) → \(other): \(record.seen)") }
            } else {
                for other in hits { falseHits.append("\(list):\(record.number) → \(other): \(record.seen)") }
            }
        }
    }

    var description: String {
        String(format: "recall %d/%d = %.4f, false hits %d", found, canaryRows, recall, falseHits.count)
    }
}
