import Foundation

/// Which canaries a generated list really carries, and how each was written (exact, reformatted
/// phone, or waybill-masked): what recall is measured against.
///
/// ```swift
/// let truth = GroundTruth(planted: outcome.planted, phones: phonesByID)
/// truth.recall(found: hitIDs)       // "56/56 (100.0%) [exact 34/34, masked 13/13, reformatted 9/9]"
/// ```
struct GroundTruth: Sendable {
    /// Canary id → style ("exact", "reformatted", "masked").
    let planted: [String: String]
    /// Canary id → planted phone.
    let phones: [String: String]

    var count: Int { planted.count }

    /// How many of the planted canaries `found` holds, overall and by style.
    func recall(found: Set<String>) -> (found: Int, text: String) {
        var total = 0
        var byStyle: [String: (found: Int, all: Int)] = [:]
        for (id, style) in planted {
            let hit = found.contains(id)
            if hit { total += 1 }
            byStyle[style, default: (0, 0)].all += 1
            if hit { byStyle[style, default: (0, 0)].found += 1 }
        }
        let styles = byStyle.keys.sorted().map { "\($0) \(byStyle[$0]!.found)/\(byStyle[$0]!.all)" }.joined(separator: ", ")
        return (total, Figures.percent(total, of: planted.count) + " [" + styles + "]")
    }

    /// The canaries whose exact planted number occurs in `text` (grep's output lines).
    func foundByExactPhone(in text: String) -> Set<String> {
        Set(planted.keys.filter { id in phones[id].map { text.contains($0) } ?? false })
    }

    /// Writes `{"canary_id": "style", …}` for the Python peer.
    func write(to url: URL) throws {
        try JSONSerialization.data(withJSONObject: planted, options: [.sortedKeys]).write(to: url)
    }
}
