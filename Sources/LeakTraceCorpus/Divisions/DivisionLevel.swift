/// The three tiers of GB/T 2260 that a delivery address names: 省, 市, 区/县.
///
/// ```swift
/// DivisionLevel(rawValue: "district")  // .district
/// ```
public enum DivisionLevel: String, Sendable, CaseIterable {
    /// 省, 自治区, 直辖市, 特别行政区.
    case province
    /// 地级市, 自治州, 地区, 盟.
    case city
    /// 区, 县, 县级市, 旗; also the county-level divisions a province administers directly
    /// (省直辖县级, such as 仙桃市) and a municipality's districts, whose parent is the province.
    case district
}
