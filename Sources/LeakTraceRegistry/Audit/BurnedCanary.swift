import Foundation
import LeakTraceCore

/// A canary disclosed in a report and so known to the defence: what `leaktrace canaries --burned`
/// lists, so it can be replaced.
///
/// ```swift
/// for canary in try registry.burnedCanaries() {
///     print(canary.id, canary.placement.label, canary.cases.joined(separator: ","))
/// }
/// ```
public struct BurnedCanary: Sendable, Hashable {
    public var id: String
    public var placement: Placement
    public var plantedAt: Date
    /// The cases whose reports disclosed it, earliest disclosure first.
    public var cases: [String]
    /// When it was first disclosed; nil for canaries burned before disclosures were recorded.
    public var disclosedAt: Date?

    public init(id: String, placement: Placement, plantedAt: Date, cases: [String], disclosedAt: Date?) {
        self.id = id
        self.placement = placement
        self.plantedAt = plantedAt
        self.cases = cases
        self.disclosedAt = disclosedAt
    }
}
