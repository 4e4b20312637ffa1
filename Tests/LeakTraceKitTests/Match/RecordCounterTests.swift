import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceIngest
import LeakTraceMatching
import XCTest
@testable import LeakTraceKit

final class RecordCounterTests: XCTestCase {
    func testFieldsAreCountedForUniqueValidRowsOnly() {
        let id = SyntheticIDNumber.make(region: 12_345, birth: "19880808", sequence: 11)
        var counter = RecordCounter()
        let rows: [(SeizedRecord, Bool)] = [
            (SeizedRecord(number: 1, cells: ["张伟", "13912345678", "北京市朝阳区建国路88号", id, "¥59.90"],
                          name: "张伟", phone: "13912345678", address: "北京市朝阳区建国路88号", seen: ""), false),
            // The same person again: a duplicate, whose fields are not counted twice.
            (SeizedRecord(number: 2, cells: ["张伟", "13912345678", "", id, ""], name: "张伟", phone: "13912345678", address: "", seen: ""), false),
            (SeizedRecord(number: 3, cells: ["李娜", "13712345670", "", "SF1234567890123", "放门口"],
                          name: "李娜", phone: "13712345670", address: "", seen: ""), false),
            // No valid phone: invalid, no fields counted.
            (SeizedRecord(number: 4, cells: ["王芳", "139****5678", "", id], name: "王芳", phone: "139****5678", seen: ""), false),
            // A canary: counted apart.
            (SeizedRecord(number: 5, cells: ["测试", "13612345679", "", id], name: "测试", phone: "13612345679", seen: ""), true),
            // No detected roles: the phone is found in a cell, which is then not read as order content.
            (SeizedRecord(number: 6, cells: ["+8613512345676", id], seen: ""), false),
        ]
        for (record, canary) in rows { counter.observe(record, file: "f.csv", isCanary: canary) }
        let counts = counter.counts
        XCTAssertEqual(counts.rows, 6)
        XCTAssertEqual(counts.uniqueValid, 3)
        XCTAssertEqual(counts.duplicates, 1)
        XCTAssertEqual(counts.invalid, 1)
        XCTAssertEqual(counts.canaryRows, 1)
        XCTAssertEqual(counts.fieldCounts, RecordFieldCounts(name: 2, phone: 3, address: 1, idNumber: 2, order: 2))
        XCTAssertEqual(counts.fieldProfiles, [
            "name+phone+address+id_number+order": 1, "name+phone+order+other": 1, "phone+id_number": 1,
        ])
    }

    /// A list with ID numbers, order cells, remarks, quoted and padded cells, duplicates and masked
    /// numbers: the byte-level prefilter must count fields exactly as the full reader does.
    func testPrefilterCountsFieldsAsTheFullReaderDoes() throws {
        var rng = DeterministicRandom(seed: 4242)
        let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()
        var rows = ["收件人,手机,地址,证件,订单,备注"]
        var expectedIDs = 0, expectedOrders = 0
        var previous: (String, String)?
        for i in 0..<1_500 {
            let name = names.generate(using: &rng), phone = phones.generate(using: &rng), address = addresses.generate(using: &rng).text
            let id = SyntheticIDNumber.make(region: i, birth: "19\(70 + i % 30)0\(1 + i % 9)1\(i % 9)", sequence: i)
            switch i % 10 {
            case 0: rows.append("\(name),\(phone),\(address),\(id),订单号 \(4_000_000_000 + i),"); expectedIDs += 1; expectedOrders += 1
            case 1: rows.append("\(name),\(phone),\(address),\"\(id)\",\"¥\(i).50\","); expectedIDs += 1; expectedOrders += 1
            case 2: rows.append("\(name),\(phone),, \(id) ,,放门口"); expectedIDs += 1
            case 3: rows.append("\(name),\(phone),\(address),,SF\(100_000_000_000 + i),"); expectedOrders += 1
            case 4: rows.append("\(name),\(phone.prefix(3))****\(phone.suffix(4)),\(address),\(id),,")
            case 5: if let (n, p) = previous { rows.append("\(n),\(p),\(address),\(id),¥1,") } else { rows.append(",,,,,") }
            default:
                rows.append("\(name),\(phone),\(address),,,")
                previous = (name, phone)
            }
        }
        let folder = try TemporaryFolder("counter")
        defer { folder.remove() }
        let path = try folder.write("list.csv", rows.joined(separator: "\n") + "\n")
        let index = CanaryIndex([(id: "c000001", person: PersonRecord(name: "测试甲", phone: "19900000001", address: "测试地址"))])

        func run(triage useTriage: Bool) throws -> (RecordCounts, Int) {
            var counter = RecordCounter()
            var triage = RowTriage(index: index, file: path)
            var dismissed = 0
            _ = try DelimitedStream().read(path: path, observe: { _ in }, dismiss: { row in
                guard useTriage, triage.dismiss(row, counter: &counter) else { return false }
                dismissed += 1
                return true
            }, emit: { counter.observe($0, file: path, isCanary: false) })
            return (counter.counts, dismissed)
        }
        let full = try run(triage: false), fast = try run(triage: true)
        XCTAssertEqual(fast.0, full.0)
        XCTAssertGreaterThan(fast.1, 1_000, "most rows went through the prefilter")
        let fields = try XCTUnwrap(full.0.fieldCounts)
        XCTAssertEqual(fields.idNumber, expectedIDs)
        XCTAssertEqual(fields.order, expectedOrders)
        XCTAssertEqual(fields.phone, full.0.uniqueValid)
        XCTAssertEqual(fields.name, full.0.uniqueValid)
        XCTAssertEqual(full.0.fieldProfiles["name+phone+id_number+other"], 150, "the remark 放门口 is neither ID nor order")
    }

    /// Kept on request only, and for the first row of a person, whose fields are the ones counted.
    func testKeepsTheFieldsOfEachPersonsFirstRowWhenAsked() {
        let first = SeizedRecord(number: 1, cells: ["张伟", "13912345678", "北京市朝阳区建国路88号"],
                                 name: "张伟", phone: "13912345678", address: "北京市朝阳区建国路88号", seen: "")
        let again = SeizedRecord(number: 2, cells: ["张伟", "13912345678", ""], name: "张伟", phone: "13912345678", address: "", seen: "")
        var plain = RecordCounter(), keeping = RecordCounter(keepingFirstFields: true)
        for record in [first, again] {
            plain.observe(record, file: "f.csv", isCanary: false)
            keeping.observe(record, file: "f.csv", isCanary: false)
        }
        XCTAssertNil(plain.firstFields)
        XCTAssertEqual(keeping.firstFields, [PersonFingerprint.of(phone: 13_912_345_678, name: "张伟"): [.name, .phone, .address]])
        XCTAssertEqual(keeping.counts, plain.counts, "keeping the fields changes no count")
    }
}
