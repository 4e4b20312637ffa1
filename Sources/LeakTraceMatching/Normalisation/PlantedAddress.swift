/// A planted address, normalised once when the index is built, with the length of its province
/// prefix so a seen address that leaves the province out can still be aligned.
///
/// ```swift
/// let a = PlantedAddress("浙江省杭州市西湖区文三路100号")
/// a.provinceLength   // 3
/// ```
struct PlantedAddress: Hashable, Sendable {
    let scalars: [Unicode.Scalar]
    let provinceLength: Int

    static let municipalities: [[Unicode.Scalar]] = ["北京市", "上海市", "天津市", "重庆市"].map { Array($0.unicodeScalars) }

    init(_ text: String) {
        self.init(normalized: AddressNormalizer.normalizedScalars(text))
    }

    init(normalized scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.provinceLength = PlantedAddress.provinceLength(of: scalars)
    }

    /// 浙江省, 黑龙江省, 广西壮族自治区, 北京市 …: the first administrative level, if written.
    static func provinceLength(of scalars: [Unicode.Scalar]) -> Int {
        for m in municipalities where scalars.count > m.count && scalars.starts(with: m) { return m.count }
        if let i = scalars.prefix(5).firstIndex(of: "省"), i >= 2 { return i + 1 }
        let region = Array("自治区".unicodeScalars)
        if let r = scalars.prefix(10).firstRange(of: region), r.lowerBound >= 2 { return r.upperBound }
        return 0
    }
}
