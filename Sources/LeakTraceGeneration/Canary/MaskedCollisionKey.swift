import LeakTraceCore

/// The GB/T 41833-2022 view of a record: what survives on a compliant waybill. Two canaries with
/// the same key could not be told apart in a masked leak, so the registry keeps keys unique.
///
/// Name with its 2nd character hidden, phone's first 3 + last 2 digits, address without unit/room.
/// The other masks a leak may carry are `MaskView`s; `CanaryViewKeys` gathers the keys of all of them.
///
/// ```swift
/// MaskedCollisionKey.key(for: PersonRecord(name: "陈志华", phone: "13957106215",
///                                          address: "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室"))
/// // "陈*华|139******15|浙江省杭州市西湖区文三路128号翠苑新村5幢"
/// ```
public enum MaskedCollisionKey {
    /// The GB/T 41833-2022 view of a record: name with its 2nd character hidden, phone's first 3 + last 2 digits, address without unit/room.
    public static func key(for person: PersonRecord) -> String {
        MaskView.gbt41833.key(for: person)
    }
}
