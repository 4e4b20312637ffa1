import Foundation
import GRDB
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistrySealCheckTests: XCTestCase {
    func testEditedMovedOrPlaintextRowsAreReportedAndASoundRegistryHasNone() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 4), (first..<(first + 4)).map { RegistryFixture.canary($0, plantID: "p0") })
        }
        XCTAssertEqual(try fixture.registry.sealProblems(), [])
        XCTAssertThrowsError(try Registry.open(at: fixture.path).sealProblems(), "checking needs the key")

        let raw = try DatabaseQueue(path: fixture.path)
        try raw.write { db in
            try db.execute(sql: "UPDATE canary SET sealed = (SELECT sealed FROM canary WHERE sequence = 1) WHERE sequence = 0")
            try db.execute(sql: "UPDATE canary SET name = '测试植入' WHERE sequence = 2")
            // The nonce is random: set byte 21 to a value it does not already hold, so the edit always changes it.
            try db.execute(sql: """
                UPDATE canary SET sealed = substr(sealed, 1, 20)
                    || CASE WHEN substr(sealed, 21, 1) = x'00' THEN x'01' ELSE x'00' END
                    || substr(sealed, 22) WHERE sequence = 3
                """)
        }
        let problems = try fixture.registry.sealProblems()
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertTrue(problems.contains("1 canaries hold plaintext in a sealed registry"), "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("2 sealed canaries do not open") && $0.contains("c000000") && $0.contains("c000003") }, "\(problems)")
    }

    func testAPlaintextRegistryHasNothingToCheck() throws {
        let fixture = try RegistryFixture(sealed: false)
        defer { fixture.remove() }
        XCTAssertEqual(try fixture.registry.sealProblems(), [])
    }
}
