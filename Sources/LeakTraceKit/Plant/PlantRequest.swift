import Foundation
import LeakTraceCore

/// What `leaktrace plant` was asked to do.
public struct PlantRequest: Sendable {
    /// Where the phone numbers come from.
    public enum Phones: Sendable {
        /// Numbers the user controls (`--phone-pool`); one number may serve many canaries.
        case pool([String])
        /// Generated numbers (`--synthetic-phones`), for demos and tests; the canaries are marked synthetic.
        case synthetic
    }

    public var placement: Placement
    public var count: Int
    /// The plant time recorded in the registry; `nil` means now.
    public var at: Date?
    public var phones: Phones
    public var output: URL
    public var operatorName: String

    public init(placement: Placement, count: Int, at: Date? = nil, phones: Phones, output: URL, operatorName: String) {
        self.placement = placement
        self.count = count
        self.at = at
        self.phones = phones
        self.output = output
        self.operatorName = operatorName
    }
}
