import Foundation

/// The header words seized lists use for names, phones and addresses, in Chinese and English.
///
/// ```swift
/// HeaderVocabulary.role(for: "收货地址")       // .address
/// HeaderVocabulary.role(for: "Mobile Phone")  // .phone
/// HeaderVocabulary.role(for: "订单号")         // nil
/// ```
public enum HeaderVocabulary {
    /// Checked in this order, so compound headers resolve to the field they describe:
    /// 收件人电话 is a phone and 收件人地址 an address, though both contain 收件人.
    static let chinese: [(FieldRole, [String])] = [
        (.phone, ["电话", "手机", "联系方式", "联系号码", "手机号"]),
        (.address, ["地址", "住址", "收货地", "详细地址"]),
        (.name, ["姓名", "收件人", "收货人", "联系人", "名字", "客户名", "顾客", "买家"]),
    ]

    static let english: [(FieldRole, [String])] = [
        (.phone, ["phone", "mobile", "tel", "telephone", "cell", "cellphone", "msisdn"]),
        (.address, ["address", "addr", "street"]),
        (.name, ["name", "fullname", "recipient", "consignee", "receiver", "customer"]),
    ]

    /// The field a header cell names, or nil when it names none of the three.
    public static func role(for header: String) -> FieldRole? {
        let cell = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !cell.isEmpty, cell.count <= 32 else { return nil }
        for (role, words) in chinese where words.contains(where: { cell.contains($0) }) { return role }
        let tokens = cell.split(whereSeparator: { !$0.isLetter || !$0.isASCII }).map(String.init)
        for (role, words) in english {
            for token in tokens {
                // Joined words ("phonenumber", "receivername") count when the word starts or ends them.
                if words.contains(where: { token == $0 || ($0.count >= 4 && (token.hasPrefix($0) || token.hasSuffix($0))) }) {
                    return role
                }
            }
        }
        return nil
    }
}
