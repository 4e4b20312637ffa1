/// Why draws were set aside during a plant: each would have looked like an earlier canary.
///
/// ```swift
/// result.redraws.maskedKey      // same GB/T 41833 waybill view as an earlier canary
/// result.redraws.total
/// ```
public struct RedrawCounts: Sendable, Hashable, Codable {
    /// Same GB/T 41833 view (陈*华|139******15|address without unit/room).
    public var maskedKey = 0
    /// Same view under the 4-digit, virtual-number or surname-only mask.
    public var otherView = 0
    /// One edit (a typo) away from an earlier canary under the surname-only mask.
    public var withinOneEdit = 0

    public init() {}

    public var total: Int { maskedKey + otherView + withinOneEdit }
}
