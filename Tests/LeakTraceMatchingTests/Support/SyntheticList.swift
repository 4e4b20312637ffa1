import LeakTraceCore

/// A small seized list built in the test from invented parts: canaries as leaks render them
/// (plain, reformatted, GB/T 41833 masked), decoys that share a canary's surname and visible phone
/// digits, and background rows. Deterministic from the seed.
struct SyntheticList {
    static let surnames = ["林", "周", "宋", "何", "罗", "郭", "梁", "谢", "韩", "唐"]
    static let givenCharacters = Array("晓岚雨桐秋芸明远思源嘉怡子涵浩然雅琪俊熙梓萱一诺欣妍宇轩")
    static let places = [
        "浙江省杭州市西湖区文三路", "江苏省南京市鼓楼区中山路", "广东省广州市天河区天河路", "四川省成都市武侯区人民南路",
        "湖北省武汉市洪山区珞喻路",
    ]
    /// Compounds for canaries and for everyone else are kept apart, so a decoy never lives in a
    /// canary's building by construction.
    static let canaryCompounds = ["华星花园", "紫荆家园", "锦绣新城", "金桂苑"]
    static let otherCompounds = ["翠苑小区", "阳光家园", "滨江新城", "丽景苑"]
    static let prefixes = ["138", "139", "150", "159", "186", "177", "199"]

    var rng: DeterministicRandom

    init(seed: UInt64) { rng = DeterministicRandom(seed: seed) }

    mutating func phone() -> String {
        var digits = rng.pick(Self.prefixes)
        for _ in 0..<8 { digits += String(rng.uniform(10)) }
        return digits
    }

    mutating func givenName() -> String {
        String((0..<(1 + rng.uniform(2))).map { _ in rng.pick(Self.givenCharacters) })
    }

    /// Province … building, and the unit and room separately (GB/T waybills drop the latter).
    mutating func address(compounds: [String]) -> (building: String, unitRoom: String) {
        let building = rng.pick(Self.places) + "\(1 + rng.uniform(999))号" + rng.pick(compounds) + "\(1 + rng.uniform(30))栋"
        return (building, "\(1 + rng.uniform(6))单元\(1 + rng.uniform(30))0\(1 + rng.uniform(4))室")
    }

    mutating func canary() -> PersonRecord {
        let a = address(compounds: Self.canaryCompounds)
        return PersonRecord(name: rng.pick(Self.surnames) + givenName(), phone: phone(), address: a.building + a.unitRoom)
    }
}
