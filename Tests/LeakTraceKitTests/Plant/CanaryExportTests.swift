import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceKit

final class CanaryExportTests: XCTestCase {
    private let pipeline = try! PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")

    /// A fabricated canary whose fields start with formula characters, as a hostile import might.
    private func hostile() throws -> Canary {
        Canary(
            id: "c000001", sequence: 1,
            person: PersonRecord(name: "=HYPERLINK(\"x\")", phone: "13900000001", address: "+浙江省杭州市西湖区文三路1号2单元301室"),
            order: OrderDetails(orderID: "-123", waybill: "@SUM(1)", item: "=1+1", amount: "9.90", orderedAt: try Timestamp.parse("2026-09-01T09:00:00+08:00")),
            phoneOrigin: .synthetic, placement: .entity("branch-1"), visibility: ["branch-1"],
            plantedAt: try Timestamp.parse("2026-09-01T09:00:00+08:00"), plantID: "p000001")
    }

    func testEveryCSVExportNeutralisesFormulaCells() throws {
        let canary = try hostile()
        for format in [ExportFormat.csv, .waybill] {
            let text = String(decoding: try CanaryExport.render([canary], format: format, masked: false, pipeline: pipeline), as: UTF8.self)
            let cells = text.split(separator: "\r\n")[1]
            XCTAssertFalse(cells.split(separator: ",").contains { ["=", "+", "-", "@"].contains($0.first.map(String.init) ?? "") }, "\(format): \(cells)")
            XCTAssertTrue(text.contains("'=1+1"), "\(format): \(text)")
        }
    }

    func testMaskedWaybillShowsWhatGBT41833Allows() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let result = try fixture.plant(.path(["platform", "merchant-yiwu", "courier-hq", "branch-1"]), count: 20, file: "w.csv", format: .waybill, masked: true)
        let lines = String(decoding: try Data(contentsOf: fixture.folder.file("w.csv")), as: UTF8.self).split(separator: "\r\n")
        XCTAssertEqual(lines[0], "运单号,收件人,电话,地址,寄件人,内件")
        for (line, canary) in zip(lines.dropFirst(), result.canaries) {
            let cells = line.split(separator: ",").map(String.init)
            XCTAssertEqual(cells[0], canary.order.waybill)
            let name = Array(canary.person.name)
            XCTAssertEqual(Array(cells[1])[1], "*")
            XCTAssertEqual(cells[1].first, name.first)
            XCTAssertEqual(cells[2], String(canary.person.phone.prefix(3)) + "******" + String(canary.person.phone.suffix(2)))
            XCTAssertFalse(cells[3].contains("单元") || cells[3].contains("室"), cells[3])
            XCTAssertTrue(canary.person.address.hasPrefix(cells[3].replacingOccurrences(of: "**", with: "")))
            XCTAssertEqual(cells[4], "义乌某日用品商家", "a test order's sender is the merchant on its path")
            XCTAssertEqual(cells[5], canary.order.item)
        }
    }

    func testJSONCarriesTheOrderFieldsAndNothingMarkingACanary() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let result = try fixture.plant(.entity("platform"), count: 5, file: "p.json", format: .json)
        let data = try Data(contentsOf: fixture.folder.file("p.json"))
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: String]])
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(Set(rows[0].keys), Set(CanaryExport.header))
        XCTAssertEqual(rows.map { $0["phone"] }, result.canaries.map(\.person.phone))
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertFalse(text.contains("c00000") || text.lowercased().contains("canary") || text.contains("p00000"))
    }

    func testNoExportCarriesTheKey() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let keyText = try String(contentsOfFile: fixture.workspace.location.keyPath, encoding: .utf8)
        let keyHex = String(keyText.split(separator: " ")[1].prefix(64))
        let publicKey = try fixture.workspace.secret.signingKey().publicKey.rawRepresentation.hexString
        for (index, format) in ExportFormat.allCases.enumerated() {
            _ = try fixture.plant(.entity("branch-3"), count: 30, file: "e\(index)", format: format, masked: index == 2)
            let text = String(decoding: try Data(contentsOf: fixture.folder.file("e\(index)")), as: UTF8.self).lowercased()
            XCTAssertFalse(text.contains(keyHex.lowercased().prefix(16)))
            XCTAssertFalse(text.contains(publicKey.lowercased().prefix(16)))
        }
    }
}
