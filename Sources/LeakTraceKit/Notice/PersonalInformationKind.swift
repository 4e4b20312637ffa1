/// A kind of personal information a seized record can carry, named the way a breach notice names
/// it, with the harm its exposure typically makes possible.
///
/// Built from `RecordCounts.fieldProfiles` (`name+phone+address` → count), so a notice lists only
/// what the counted records actually carry.
///
/// ```swift
/// PersonalInformationKind.kinds(in: ["name+phone+address": 900, "phone": 40])   // [.name, .phone, .address]
/// PersonalInformationKind.phone.zh                                              // "手机号码"
/// ```
public enum PersonalInformationKind: String, CaseIterable, Sendable {
    case name, phone, address, idNumber, order, other

    init?(profileField: Substring) {
        switch profileField {
        case "name": self = .name
        case "phone": self = .phone
        case "address": self = .address
        case "id", "id_number": self = .idNumber
        case "order": self = .order
        case "other": self = .other
        default: return nil
        }
    }

    /// Each kind the profiles mention, in the fixed order above, with the number of counted records carrying it.
    public static func counts(in profiles: [String: Int]) -> [(kind: PersonalInformationKind, records: Int)] {
        var totals: [PersonalInformationKind: Int] = [:]
        for (profile, count) in profiles {
            for field in profile.split(separator: "+") {
                if let kind = PersonalInformationKind(profileField: field) { totals[kind, default: 0] += count }
            }
        }
        return allCases.compactMap { kind in totals[kind].map { (kind, $0) } }
    }

    /// Position in `allCases`, the order a notice lists the kinds in.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public var zh: String {
        switch self {
        case .name: "姓名"
        case .phone: "手机号码"
        case .address: "收货地址"
        case .idNumber: "身份证号码"
        case .order: "订单内容"
        case .other: "其他字段（须人工核实其内容）"
        }
    }

    public var en: String {
        switch self {
        case .name: "name"
        case .phone: "mobile number"
        case .address: "delivery address"
        case .idNumber: "ID card number"
        case .order: "order content"
        case .other: "other fields (to be checked by hand)"
        }
    }

    /// The harm exposure of this kind typically makes possible, as a notice describes it.
    public var harmZH: String? {
        switch self {
        case .phone: "骚扰电话和短信；冒充快递、电商客服的诈骗电话（如以“理赔”“退款”为由诱导转账或索要验证码）"
        case .name: "与手机号码结合后，诈骗者能准确称呼本人，使冒充客服的诈骗更可信"
        case .address: "上门骚扰；寄送虚假包裹或到付包裹；与姓名、手机号码结合后的精准诈骗"
        case .idNumber: "冒用身份办理业务或注册账户"
        case .order: "冒充商家以订单问题为由实施退款诈骗"
        case .other: nil
        }
    }

    public var harmEN: String? {
        switch self {
        case .phone: "nuisance calls and messages; fraud calls posing as courier or shop customer service (\"compensation\" or \"refund\" scams asking for transfers or verification codes)"
        case .name: "combined with the number, lets fraudsters address the person by name, making impersonation more convincing"
        case .address: "harassment at home; fake or cash-on-delivery parcels; targeted fraud combined with name and number"
        case .idNumber: "identity misuse to open accounts or services"
        case .order: "refund scams posing as the shop, citing the order"
        case .other: nil
        }
    }
}
