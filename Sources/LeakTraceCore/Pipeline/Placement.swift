/// Where a plant put its canaries: straight into one entity's data, or through a path as test orders.
///
/// ```swift
/// Placement.entity("branch-3").label                              // "branch-3"
/// Placement.path(["platform", "merchant-yiwu", "courier-hq"]).label // "platform,merchant-yiwu,courier-hq"
/// ```
public enum Placement: Hashable, Codable, Sendable, CustomStringConvertible {
    case entity(EntityID)
    case path([EntityID])

    /// The stable text form used in the registry, the CLI (`--path A,B,C`) and the `match` JSON.
    public var label: String {
        switch self {
        case .entity(let id): id.rawValue
        case .path(let ids): ids.map(\.rawValue).joined(separator: ",")
        }
    }

    public var kind: String {
        switch self {
        case .entity: "direct"
        case .path: "path"
        }
    }

    /// The entities the plant put data into, before copy flows are followed.
    public var entities: [EntityID] {
        switch self {
        case .entity(let id): [id]
        case .path(let ids): ids
        }
    }

    public var description: String { label }

    /// Parses the `label` form back: a single id is a direct plant, a comma-separated list a path.
    public init(label: String) throws {
        let parts = label.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let ids = try parts.map { try EntityID(validating: $0.trimmingCharacters(in: .whitespaces)) }
        self = ids.count == 1 ? .entity(ids[0]) : .path(ids)
    }

    public init(from decoder: Decoder) throws {
        try self.init(label: decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}

import Foundation
