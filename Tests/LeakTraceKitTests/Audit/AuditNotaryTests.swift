import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceKit

final class AuditNotaryTests: XCTestCase {
    func testEveryPlantLeavesTheLogSignedWithTheRegistryKey() throws {
        let fixture = try PlantFixture("notary")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("branch-1"), count: 3, file: "a.csv")
        _ = try fixture.plant(.entity("branch-2"), count: 3, file: "b.csv")
        let registry = fixture.workspace.registry
        let heads = try registry.treeHeads()
        // Each plant writes two entries (plant, export) and ends by signing: heads at 2 and 4.
        XCTAssertEqual(heads.map(\.treeSize), [2, 4])
        let key = try fixture.workspace.secret.signingKey().publicKey
        XCTAssertTrue(heads.allSatisfy { $0.isValid(for: key) })
        XCTAssertEqual(heads.last?.rootHash, MerkleTree.root(of: try registry.auditEntries().map(\.canonicalBytes)))
        XCTAssertTrue(try registry.verifyAudit().ok)
    }

    func testSealingTwiceSignsOnceAndCheckpointQuotesTheHead() throws {
        let fixture = try PlantFixture("notary2")
        defer { fixture.folder.remove() }
        let notary = AuditNotary(workspace: fixture.workspace)
        XCTAssertNil(try notary.seal(), "an empty log is not signed")
        _ = try fixture.plant(.entity("branch-3"), count: 2, file: "c.csv")
        let date = Date(timeIntervalSince1970: 1_800_000_000.75)
        let head = try XCTUnwrap(notary.seal(at: date))
        XCTAssertEqual(try fixture.workspace.registry.treeHeads().count, 1)
        let checkpoint = try XCTUnwrap(notary.checkpoint())
        XCTAssertEqual(checkpoint.treeSize, head.treeSize)
        XCTAssertEqual(checkpoint.rootHash, head.rootHash.hexString)
        XCTAssertEqual(checkpoint.signature, head.signature.hexString)
        XCTAssertEqual(checkpoint.signature.count, 128)
    }

    /// The time is read only when a head is signed, under the registry's write lock (so heads
    /// signed by processes waiting on each other stay in time order).
    func testTheClockIsReadOnlyWhenAHeadIsSigned() throws {
        let fixture = try PlantFixture("notary4")
        defer { fixture.folder.remove() }
        let notary = AuditNotary(workspace: fixture.workspace)
        var reads = 0
        func clock() -> Date {
            reads += 1
            return Date(timeIntervalSince1970: 1_800_000_000)
        }
        XCTAssertNil(try notary.seal(at: clock()))
        XCTAssertEqual(reads, 0, "nothing to sign, no time read")
        let planted = try fixture.plant(.entity("branch-3"), count: 2, file: "c.csv")   // the plant seals too
        XCTAssertNotNil(try notary.seal(at: clock()))
        XCTAssertEqual(reads, 0, "the plant's own head already covers the log")
        // An entry written without sealing (a disclosure is sealed by the report that makes it).
        try fixture.workspace.registry.recordDisclosure(caseName: "t", canaryIDs: [planted.canaries[0].id], actor: "tester")
        let head = try XCTUnwrap(notary.seal(at: clock()))
        XCTAssertEqual(reads, 1)
        XCTAssertEqual(head.timestampMilliseconds, 1_800_000_000_000)
    }

    func testAForeignSecretSignsNothing() throws {
        let fixture = try PlantFixture("notary3")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("branch-1"), count: 1, file: "d.csv")
        let stranger = Workspace(location: fixture.workspace.location, registry: fixture.workspace.registry, secret: RegistrySecret.generate())
        try fixture.workspace.registry.recordDisclosure(caseName: "x", canaryIDs: ["c000000"], actor: "t")
        XCTAssertNil(try AuditNotary(workspace: stranger).seal())
        let check = try fixture.workspace.registry.verifyAudit()
        XCTAssertTrue(check.ok)
        XCTAssertEqual(check.unsealed, 1, "the entry stays unsigned, and verify says so")
    }
}
