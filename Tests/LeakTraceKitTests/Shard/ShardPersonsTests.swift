import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class ShardPersonsTests: XCTestCase {
    func testWritesSortedFixedWidthHexByProfileAndReadsItBack() throws {
        let persons = ShardPersons(byFields: [[.name, .phone]: [0xFFFF_0000_0000_0001, 0x1F, 0xA0_0000_0000], [.phone]: [], [.phone, .address]: [7]])
        let line = try ShardLine.persons(persons).jsonLine()
        XCTAssertEqual(
            String(decoding: line, as: UTF8.self),
            #"{"kind":"persons","persons":{"name+phone":["000000000000001f","000000a000000000","ffff000000000001"],"phone+address":["0000000000000007"]}}"# + "\n")
        XCTAssertEqual(try ShardLine.decode(line.dropLast()), .persons(persons))
        XCTAssertEqual(persons.count, 4)
        XCTAssertNil(persons.byFields[[.phone]], "a profile with no persons is not written")
    }

    func testRefusesWhatIsNotAFingerprintOrAProfile() {
        for bad in [#"{"kind":"persons","persons":{"phone":["12"]}}"#, #"{"kind":"persons","persons":{"phone":["zz00000000000000"]}}"#,
                    #"{"kind":"persons","persons":{"phone+fax":["0000000000000001"]}}"#] {
            XCTAssertThrowsError(try ShardLine.decode(Data(bad.utf8)), bad)
        }
    }

    func testHoldsTheFirstFieldsOfEachPersonTheCounterCounted() {
        var counter = RecordCounter(keepingFirstFields: true)
        let rows = [
            SeizedRecord(number: 1, cells: ["张伟", "13912345678", "北京市朝阳区建国路88号"], name: "张伟", phone: "13912345678", address: "北京市朝阳区建国路88号", seen: ""),
            SeizedRecord(number: 2, cells: ["张伟", "13912345678", ""], name: "张伟", phone: "13912345678", address: "", seen: ""),
            SeizedRecord(number: 3, cells: ["", "13712345670", ""], phone: "13712345670", seen: ""),
        ]
        for row in rows { counter.observe(row, file: "stdin", isCanary: false) }
        let persons = ShardPersons(counter)
        XCTAssertEqual(persons.count, counter.counts.uniqueValid)
        XCTAssertEqual(persons.byFields[[.name, .phone, .address]], [PersonFingerprint.of(phone: 13_912_345_678, name: "张伟")])
        XCTAssertEqual(persons.byFields[[.phone]]?.count, 1)
    }
}
