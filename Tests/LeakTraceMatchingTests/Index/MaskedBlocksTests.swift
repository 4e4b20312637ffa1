import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class MaskedBlocksTests: XCTestCase {
    /// 3,000 canaries share the masked key 138…78, as at a million canaries; only a surname or a
    /// province the record shows may bring one into scoring.
    private static let index: CanaryIndex = {
        let surnames = ["林", "王", "陈", "赵", "周", "欧阳"]
        // Planted at every depth, ambiguous (南山区: Shenzhen or Hegang) and without a division.
        let addresses = ["浙江省杭州市西湖区文三路100号", "江苏省南京市鼓楼区中山路8号", "四川省成都市武侯区人民南路4段12号", "人民路5号",
                         "浙江省文三路100号", "浙江省杭州市文三路100号", "南山区科技路1号", "广东省深圳市南山区科技路1号"]
        return CanaryIndex((0..<3_000).map { i in
            (id: "c\(i)", person: PersonRecord(
                name: surnames[i % 6] + ["晓岚", "芳", "志华", "一鸣", "小红"][i % 5], phone: "138\(String(100_000 + i * 3).suffix(6))78",
                address: addresses[i % addresses.count]))
        })
    }()

    func testMatchesFindTheSameHitsAsScoringEveryCandidate() {
        let matcher = RecordMatcher(index: Self.index)
        let target = Self.index.person(at: 1_234)
        let masked = "138******78"
        let records: [SeizedRecord] = [
            SeizedRecord(number: 1, cells: [], name: target.name, phone: masked, address: target.address, seen: "t"),
            SeizedRecord(number: 2, cells: [], name: String(target.name.prefix(1)) + "*" + String(target.name.suffix(1)), phone: masked, address: "浙江省杭州市", seen: "t"),
            SeizedRecord(number: 3, cells: [], name: "*" + String(target.name.suffix(1)), phone: masked, address: target.address, seen: "t"),
            SeizedRecord(number: 4, cells: [], name: "李四", phone: masked, address: target.address, seen: "t"),
            SeizedRecord(number: 5, cells: [], name: "Lin Xiaolan", phone: masked, address: "人民路5号", seen: "t"),
            SeizedRecord(number: 6, cells: [target.name, masked, target.address], seen: "t"),
            SeizedRecord(number: 7, cells: [], name: target.name, phone: masked, address: nil, seen: "t"),
            SeizedRecord(number: 8, cells: [], name: "王**", phone: "138****0078", address: "四川省成都市武侯区人民南路4段12号", seen: "t"),
            // First and last shown, with hidden runs of other lengths, and a two-character full name.
            SeizedRecord(number: 9, cells: [], name: "欧*岚", phone: masked, address: nil, seen: "t"),
            SeizedRecord(number: 10, cells: [], name: "欧阳**岚", phone: masked, address: "江苏省南京市", seen: "t"),
            SeizedRecord(number: 11, cells: [], name: "王芳", phone: masked, address: nil, seen: "t"),
            SeizedRecord(number: 12, cells: [], name: "陈*华", phone: masked, address: "人民路5号", seen: "t"),
            SeizedRecord(number: 13, cells: [], name: "林*", phone: masked, address: nil, seen: "t"),
            // Divisions more and less precise than the planted ones, a sibling district, an ambiguous one.
            SeizedRecord(number: 14, cells: [], name: "王*", phone: masked, address: "浙江省杭州市西湖区文三路100号", seen: "t"),
            SeizedRecord(number: 15, cells: [], name: "周*", phone: masked, address: "浙江省", seen: "t"),
            SeizedRecord(number: 16, cells: [], name: "陈*", phone: masked, address: "浙江省杭州市滨江区文三路100号", seen: "t"),
            SeizedRecord(number: 17, cells: [], name: "赵*", phone: masked, address: "南山区科技路1号", seen: "t"),
            SeizedRecord(number: 18, cells: [], name: "林*", phone: masked, address: "深圳市南山区科技路1号**", seen: "t"),
            // Enough visible digits that a name alone can decide, with an address elsewhere; and written
            // so that only the full parse reads its divisions.
            SeizedRecord(number: 19, cells: [], name: target.name, phone: "1381037**78", address: "江苏省南京市鼓楼区中山路8号", seen: "t"),
            SeizedRecord(number: 20, cells: [], name: target.name, phone: masked, address: "浙江省 杭州市 西湖区文三路100号", seen: "t"),
        ]
        var hits = 0
        for record in records {
            let everyCandidate = matcher.candidates(in: record).filter(\.isHit)
            let blocked = matcher.matches(in: record)
            XCTAssertEqual(blocked.map(\.canaryID), everyCandidate.map(\.canaryID), "record \(record.number)")
            XCTAssertEqual(blocked.map(\.score), everyCandidate.map(\.score), "record \(record.number)")
            hits += blocked.count
        }
        XCTAssertGreaterThan(hits, 0, "the records must reach some hits, or the comparison proves nothing")
        XCTAssertTrue(matcher.matches(in: records[0]).map(\.canaryID).contains("c1234"))
        XCTAssertTrue(matcher.matches(in: records[18]).map(\.canaryID).contains("c1234"), "found by its name alone, nine digits showing")
    }

    func testEvidenceBoundsOnlyWhatItCan() {
        var plain = RecordFields(SeizedRecord(number: 1, cells: [], name: "林*岚", phone: nil, address: "浙江省杭州市西湖区", seen: "t"))
        plain.readAddresses(SeizedRecord(number: 1, cells: [], address: "浙江省杭州市西湖区", seen: "t"))
        let evidence = MaskedEvidence(plain)
        XCTAssertEqual(evidence?.names, [MaskedEvidence.NameEnds(first: "林", last: "岚")])
        XCTAssertEqual(evidence?.regions, AddressParser.parse("浙江省杭州市西湖区").regions)
        XCTAssertEqual(evidence?.hasAddress, true)
        let hidden = RecordFields(SeizedRecord(number: 2, cells: [], name: "*晓岚", seen: "t"))
        XCTAssertNil(MaskedEvidence(hidden), "a hidden surname cannot be bounded")
        var noRegion = RecordFields(SeizedRecord(number: 3, cells: [], name: "林晓岚", seen: "t"))
        noRegion.readAddresses(SeizedRecord(number: 3, cells: [], address: "人民路5号", seen: "t"))
        XCTAssertNil(MaskedEvidence(noRegion), "an address naming no division cannot be bounded")
    }
}
