import Foundation
import LeakTraceCore

/// Turns one JSON object, however nested, into a record: every scalar becomes a cell, in file order,
/// and the name, phone and address come from the keys that name them at any depth.
///
/// ```swift
/// // {"order": 7, "receiver": {"name": "张伟", "mobile": 13800000001, "address": {"city": "杭州市", "detail": "文三路90号"}}}
/// let record = JSONRecordFlattener.record(from: value, number: 1, seen: line)
/// record.phone     // "13800000001"
/// record.address   // "杭州市文三路90号": the parts under an address key, joined in order
/// ```
/// Keys are judged by `HeaderVocabulary`, innermost first (`address.detail` is an address, `收件人.电话`
/// a phone). Where both a receiver and a sender are given, the receiver's fields win: leaked
/// waybills carry both, and the canary is the receiver.
enum JSONRecordFlattener {
    static let receiverWords = ["receiver", "recipient", "consignee", "buyer", "customer", "to", "收件", "收货", "买家", "客户"]
    static let senderWords = ["sender", "shipper", "seller", "merchant", "shop", "from", "寄件", "发件", "卖家", "商家", "店铺"]

    struct Leaf {
        var path: [String]
        var value: String
    }

    static func record(from value: JSONValue, number: Int, seen: String) -> SeizedRecord {
        var leaves: [Leaf] = []
        flatten(value, path: [], into: &leaves)
        var best: [FieldRole: (priority: Int, values: [String])] = [:]
        for leaf in leaves {
            guard let role = role(of: leaf.path) else { continue }
            let priority = self.priority(of: leaf.path)
            switch best[role] {
            case nil: best[role] = (priority, [leaf.value])
            case let current? where priority > current.priority: best[role] = (priority, [leaf.value])
            case let current? where priority == current.priority && role == .address: best[role] = (priority, current.values + [leaf.value])
            default: break
            }
        }
        let cells = leaves.map(\.value)
        var name = best[.name]?.values.first
        var phone = best[.phone]?.values.first
        let address = best[.address].map { $0.values.joined() }
        // Keys that say nothing (an `a`, `b`, `c` export) still leave the values to recognise.
        if phone == nil { phone = cells.first(where: CellProfile.isPhoneLike) }
        if name == nil { name = cells.first(where: CellProfile.isNameLike) }
        return SeizedRecord(number: number, cells: cells, name: name, phone: phone, address: address ?? cells.first(where: CellProfile.isAddressLike), seen: seen)
    }

    static func flatten(_ value: JSONValue, path: [String], into leaves: inout [Leaf]) {
        switch value {
        case .object(let members):
            for member in members { flatten(member.value, path: path + [member.key], into: &leaves) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { flatten(element, path: path + [String(index)], into: &leaves) }
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { leaves.append(Leaf(path: path, value: trimmed)) }
        case .number(let raw): leaves.append(Leaf(path: path, value: NumberText.render(raw)))
        case .bool(let flag): leaves.append(Leaf(path: path, value: flag ? "true" : "false"))
        case .null: break
        }
    }

    /// The role of the innermost key that names one (array indices skipped).
    static func role(of path: [String]) -> FieldRole? {
        for key in path.reversed() where !key.allSatisfy(\.isNumber) {
            if let role = HeaderVocabulary.role(for: key) { return role }
        }
        return nil
    }

    /// +1 under a receiver's key, −1 under a sender's, 0 otherwise.
    static func priority(of path: [String]) -> Int {
        var priority = 0
        for key in path.dropLast() {
            let lowered = key.lowercased()
            if senderWords.contains(where: { lowered == $0 || ($0.count > 2 && lowered.contains($0)) }) { priority = -1 }
            if receiverWords.contains(where: { lowered == $0 || ($0.count > 2 && lowered.contains($0)) }) { priority = 1 }
        }
        // A leaf key such as 收件人电话 or sender_phone says it too.
        if let leaf = path.last?.lowercased() {
            if senderWords.contains(where: { $0.count > 2 && leaf.contains($0) }) { priority = -1 }
            if receiverWords.contains(where: { $0.count > 2 && leaf.contains($0) }) { priority = 1 }
        }
        return priority
    }
}
