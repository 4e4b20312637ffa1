import LeakTraceCore
import LeakTraceGeneration

/// The 寄件人 printed on a canary's waybill: the merchant on the canary's path when there is one,
/// else a shop name drawn from the order id, so the same canary always shows the same sender.
///
/// ```swift
/// WaybillSender.name(for: canary, pipeline: pipeline)   // "义乌某日用品商家" or "悦家生活馆"
/// ```
public enum WaybillSender {
    static let stems = ["优品", "悦家", "禾木", "简素", "匠心", "森屿", "拾光", "原野", "知味", "云朵", "良品", "安心", "佳和", "顺意", "鑫源"]
    static let suffixes = ["旗舰店", "专营店", "生活馆", "百货", "官方店", "家居店", "数码专营店"]

    public static func name(for canary: Canary, pipeline: Pipeline) -> String {
        if let merchant = canary.placement.entities.compactMap(pipeline.entity).first(where: { $0.kind == .merchant }) {
            return merchant.name
        }
        let hash = UInt64(bitPattern: StableHash.of("sender|" + canary.order.orderID))
        return stems[Int(hash % UInt64(stems.count))] + suffixes[Int((hash / 1024) % UInt64(suffixes.count))]
    }
}
