import LeakTraceCore
import LeakTraceMatching

/// Hand-written synthetic canaries: invented names, patterned numbers, and addresses on invented
/// compounds. None is a real person's record.
enum SyntheticPeople {
    static let linXiaolan = PersonRecord(
        name: "林晓岚", phone: "13800000001", address: "浙江省杭州市西湖区文三路100号华星花园3栋2单元601室")
    static let zhouYutong = PersonRecord(
        name: "周雨桐", phone: "15900002222", address: "江苏省南京市鼓楼区中山路200号紫荆家园5幢1单元302室")
    /// Shares a controlled pool number with `heMingyuan`.
    static let songQiuyun = PersonRecord(
        name: "宋秋芸", phone: "18600003333", address: "广东省广州市天河区天河路300号锦绣新城8栋1201室")
    static let heMingyuan = PersonRecord(
        name: "何明远", phone: "18600003333", address: "四川省成都市武侯区人民南路400号金桂苑2栋3单元502室")

    static let all: [(id: String, person: PersonRecord)] = [
        (id: "c000001", person: linXiaolan),
        (id: "c000002", person: zhouYutong),
        (id: "c000003", person: songQiuyun),
        (id: "c000004", person: heMingyuan),
    ]

    static var index: CanaryIndex { CanaryIndex(all) }
}
