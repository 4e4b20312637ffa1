/// The role an entity plays in the express chain.
public enum EntityKind: String, Codable, CaseIterable, Sendable {
    case platform, merchant, courier, branch, other

    /// The Chinese term investigators use for the role.
    public var chineseName: String {
        switch self {
        case .platform: "电商平台"
        case .merchant: "商家"
        case .courier: "快递公司总部"
        case .branch: "网点"
        case .other: "其他"
        }
    }
}

/// One holder of customer data: a platform, a merchant, a courier's HQ, a branch.
public struct Entity: Codable, Hashable, Sendable {
    public var id: EntityID
    public var kind: EntityKind
    /// Display name, any text (for example `某电商平台`).
    public var name: String

    public init(id: EntityID, kind: EntityKind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }
}
