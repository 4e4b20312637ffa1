import LeakTraceCore

extension AddressNormalizer {
    /// How a seen address compares with a planted one, part by part after `AddressParser` reads
    /// both (so 北京朝阳 is 北京市朝阳区 and 3-2-301 is 3栋2单元301室):
    ///
    /// - `disagree`: a division, or a part both show, differs (a different district, road, number,
    ///   building, unit or room);
    /// - `exact`: every planted part is there and equal, and the divisions agree (a province or
    ///   city implied by the district may be left out; a missing final 室/号 is no difference);
    /// - `masked`: the divisions agree and everything down to the building agrees; the unit or room
    ///   is hidden (`**`) or left out, as GB/T 41833-2022 waybills print it, even without province;
    /// - `partial`: the road or compound agrees but the text stops before the building, or all
    ///   agrees but no division is named;
    /// - `missing`: nothing to compare beyond the divisions (a city alone says nothing).
    ///
    /// ```swift
    /// let planted = "浙江省杭州市西湖区文三路100号华星花园3栋2单元601室"
    /// AddressNormalizer.compare(seen: "杭州西湖区文三路100号华星花园3栋", planted: planted)   // .masked
    /// AddressNormalizer.compare(seen: "浙江省杭州市拱墅区湖墅南路8号", planted: planted)     // .disagree
    /// ```
    public static func compare(seen: String, planted: String) -> FieldAgreement {
        AddressParser.parse(seen).agreement(with: AddressParser.parse(planted))
    }

    static func rank(_ a: FieldAgreement) -> Int {
        switch a {
        case .exact: 4
        case .masked: 3
        case .partial: 2
        case .missing: 1
        case .disagree: 0
        }
    }

    static func better(_ a: FieldAgreement, _ b: FieldAgreement) -> FieldAgreement {
        rank(a) >= rank(b) ? a : b
    }
}
