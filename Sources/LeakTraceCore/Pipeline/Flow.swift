/// Data moving from one entity to another.
///
/// An ordinary flow describes the route an order takes (platform → merchant → HQ → branch); it matters
/// for test orders planted along a path. A *copy* flow says that everything `from` holds is also
/// held by `to` (a branch's manifests synced to HQ, say), so it widens every canary's visibility.
public struct Flow: Codable, Hashable, Sendable {
    public var from: EntityID
    public var to: EntityID
    public var copy: Bool

    public init(from: EntityID, to: EntityID, copy: Bool = false) {
        self.from = from
        self.to = to
        self.copy = copy
    }

    enum CodingKeys: String, CodingKey { case from, to, copy }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(EntityID.self, forKey: .from)
        to = try c.decode(EntityID.self, forKey: .to)
        copy = try c.decodeIfPresent(Bool.self, forKey: .copy) ?? false
    }
}
