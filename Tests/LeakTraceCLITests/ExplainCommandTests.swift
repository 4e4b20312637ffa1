import Foundation
import XCTest

/// `leaktrace explain`: with the key, a planted record (whole or masked) is shown to be a canary and
/// its plant named; a stranger is not; without the key nothing can be shown.
final class ExplainCommandTests: XCTestCase {
    func testExplainNamesThePlantByRecomputationAndNeedsTheKey() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path], work, env)
        try succeed(["plant", "--entity", "platform", "--count", "20", "--synthetic-phones", "--out", "a.csv", "--operator", "alice"], work, env)
        let planted = try succeed(["plant", "--entity", "branch-2", "--count", "20", "--synthetic-phones", "--out", "b.csv", "--operator", "bob"], work, env)
        // "planted 20 canaries (c000020…c000039) at branch-2 as plant p000020, planted_at …"
        let plantID = try XCTUnwrap(planted.stdout.components(separatedBy: "as plant ").dropFirst().first?.prefix { $0 != "," }).description
        let row = try String(contentsOf: work.file("b.csv"), encoding: .utf8).split(separator: "\r\n")[3].split(separator: ",").map(String.init)
        let (name, phone, address) = (row[0], row[1], row[2])

        let whole = try succeed(["explain", name, phone, address], work, env)
        let first = try XCTUnwrap(whole.stdout.split(separator: "\n").dropFirst().first.map(String.init))
        XCTAssertTrue(first.hasPrefix("CANARY c"), whole.stdout)
        XCTAssertTrue(first.contains("plant \(plantID) at branch-2") && first.contains("by bob"), whole.stdout)
        XCTAssertTrue(whole.stdout.contains("HKDF(key, sequence"), whole.stdout)

        // As a GB/T 41833 waybill prints it: 2nd name character, 6 phone digits, unit and room hidden.
        var maskedName = Array(name)
        maskedName[1] = "*"
        let maskedPhone = String(phone.prefix(3)) + "******" + String(phone.suffix(2))
        var maskedAddress = address
        if let unit = address.range(of: #"[0-9]+(单元|门)"#, options: .regularExpression) { maskedAddress = String(address[..<unit.lowerBound]) + "**" }
        else if let room = address.range(of: #"[0-9]+室$"#, options: .regularExpression) { maskedAddress = String(address[..<room.lowerBound]) + "**" }
        let masked = try succeed(["explain", String(maskedName), maskedPhone, maskedAddress, "--json"], work, env)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(masked.stdout.utf8)) as? [String: Any])
        let canaries = try XCTUnwrap(json["canaries"] as? [[String: Any]])
        XCTAssertEqual(canaries.first?["plantID"] as? String, plantID, masked.stdout)
        XCTAssertNotNil(canaries.first?["derivedAtAttempt"] as? Int, masked.stdout)
        XCTAssertEqual(json["isCanary"] as? Bool, true, masked.stdout)
        XCTAssertEqual((json["provenCanaryIDs"] as? [String])?.count, 1, masked.stdout)

        let stranger = try succeed(["explain", "测试者", "13900009999", "北京市朝阳区建国路1号"], work, env)
        XCTAssertTrue(stranger.stdout.contains("not a canary of this registry"), stranger.stdout)
        let strangerJSON = try succeed(["explain", "测试者", "13900009999", "北京市朝阳区建国路1号", "--json"], work, env)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(strangerJSON.stdout.utf8)) as? [String: Any])?["isCanary"] as? Bool, false)

        // Without the key file nothing can be shown.
        try FileManager.default.moveItem(at: work.file("r.db.key"), to: work.file("elsewhere.key"))
        let keyless = try LeakTraceBinary.run(["explain", name, phone, address], in: work.url, environment: env)
        XCTAssertNotEqual(keyless.status, 0)
        XCTAssertEqual(keyless.stderr.split(separator: "\n").count, 1, keyless.stderr)
        XCTAssertTrue(keyless.stderr.contains("key"), keyless.stderr)
        XCTAssertFalse(keyless.stdout.contains("CANARY"))
    }
}
