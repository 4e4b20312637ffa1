import Foundation
import LeakTraceCore

/// What `leaktrace explain` found for one record.
///
/// ```swift
/// let explanation = try CanaryExplainer(workspace: workspace).explain(name: "陈*华", phone: "139******15", address: "…5幢**")
/// explanation.isCanary          // true
/// print(explanation.text())
/// ```
public struct Explanation: Hashable, Sendable, Codable {
    public var name: String
    public var phone: String
    public var address: String
    /// Registry canaries the indexes offered for this record.
    public var candidatesChecked: Int
    /// The candidates, proven ones first.
    public var canaries: [ExplainedCanary]
    /// Stored, not computed, so the JSON carries the verdict and scripts need not re-derive it.
    public private(set) var isCanary: Bool
    /// The candidates the key reproduces and the record does not contradict.
    public private(set) var provenCanaryIDs: [String]

    public init(name: String, phone: String, address: String, candidatesChecked: Int, canaries: [ExplainedCanary]) {
        self.name = name
        self.phone = phone
        self.address = address
        self.candidatesChecked = candidatesChecked
        self.canaries = canaries
        provenCanaryIDs = canaries.filter(\.isProven).map(\.canaryID)
        isCanary = !provenCanaryIDs.isEmpty
    }

    public func text() -> String {
        var lines = ["record: \(name) | \(phone) | \(address)"]
        let proven = canaries.filter(\.isProven)
        if proven.isEmpty {
            lines.append("not a canary of this registry (\(candidatesChecked) candidate\(candidatesChecked == 1 ? "" : "s") checked by re-derivation from the key)")
        }
        for canary in canaries {
            let verdict = canary.isProven ? "CANARY" : "not this canary"
            lines.append("\(verdict) \(canary.canaryID): plant \(canary.plantID) at \(canary.placement.label), planted_at \(Timestamp.format(canary.plantedAt)), by \(canary.operatorName ?? "?")")
            lines.append("  held by: \(canary.visibility.map(\.rawValue).joined(separator: ", "))\(canary.burned ? " (burned: disclosed in a report)" : "")")
            if let attempt = canary.derivedAtAttempt {
                lines.append("  derivation: HKDF(key, sequence \(canary.sequence), attempt \(attempt)) reproduces the name and address; order \(canary.orderReproduced ? "reproduced" : "NOT reproduced"); phone \(canary.phoneCheck)")
            } else {
                lines.append("  derivation: NOT reproduced from this key: the registry row does not come from it")
            }
            lines.append("  fields: name \(canary.fields.name.rawValue), phone \(canary.fields.phone.rawValue), address \(canary.fields.address.rawValue)")
        }
        return lines.joined(separator: "\n")
    }
}
