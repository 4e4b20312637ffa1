import Foundation

/// What `leaktrace match --json` wrote, as far as the bench needs it: the canaries hit, and the
/// records counted.
///
/// ```swift
/// let output = try MatchOutput(jsonAt: "out.json")
/// truth.recall(found: output.canaryIDs)
/// ```
struct MatchOutput: Sendable {
    let canaryIDs: Set<String>
    let hits: Int
    let records: Int

    init(jsonAt path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let hitList = object["hits"] as? [[String: Any]] ?? []
        canaryIDs = Set(hitList.compactMap { $0["canary"] as? String })
        hits = hitList.count
        records = (object["counts"] as? [String: Any])?["rows"] as? Int ?? 0
    }

    /// Hits on canaries the list does not carry: false hits.
    func falseHits(against truth: GroundTruth) -> Int {
        canaryIDs.filter { truth.planted[$0] == nil }.count
    }
}
