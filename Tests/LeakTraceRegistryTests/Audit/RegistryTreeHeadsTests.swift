import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceRegistry

final class RegistryTreeHeadsTests: XCTestCase {
    /// Five plants, sealed after the second and after the fifth: two heads, sizes 2 and 5.
    private func sealedTwice() throws -> SignedRegistryFixture {
        var fixture = try SignedRegistryFixture()
        try fixture.plant(0)
        try fixture.plant(1)
        try fixture.seal()
        for index in 2..<5 { try fixture.plant(index) }
        try fixture.seal()
        return fixture
    }

    func testSealedLogVerifiesWithConsistentHeads() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        let check = try fixture.registry.verifyAudit()
        XCTAssertEqual(check.problems, [])
        XCTAssertEqual(check.heads.map(\.treeSize), [2, 5])
        XCTAssertEqual(check.unsealed, 0)
        let entries = try fixture.registry.auditEntries()
        XCTAssertEqual(check.latestHead?.rootHash, MerkleTree.root(of: entries.map(\.canonicalBytes)))
        XCTAssertTrue(check.latestHead?.isValid(for: SignedRegistryFixture.key.publicKey) ?? false)
    }

    func testSealingAnUnchangedLogSignsNothingNew() throws {
        var fixture = try sealedTwice()
        defer { fixture.remove() }
        let again = try fixture.seal()
        XCTAssertEqual(again?.treeSize, 5)
        XCTAssertEqual(try fixture.registry.treeHeads().count, 2)
        try fixture.plant(9)
        XCTAssertEqual(try fixture.registry.verifyAudit().unsealed, 1)
    }

    func testEditedEntryBreaksChainAndMerkleRoot() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        try fixture.tamper("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2")
        let problems = try fixture.reopened().verifyAudit().problems
        XCTAssertTrue(problems.contains { $0.contains("entry 2") && $0.contains("edited") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("head of 2 entries") && $0.contains("Merkle root") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("head of 5 entries") && $0.contains("Merkle root") }, "\(problems)")
    }

    func testChainRewrittenWholesaleIsCaughtByTheSignedRoot() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        // An insider without the key edits entry 3 and recomputes every hash after it: the chain alone
        // is then consistent again, but the signed Merkle root is not.
        var entries = try fixture.registry.auditEntries()
        entries[2].detail = "plant p2: 0 canaries"
        var previous = String(repeating: "0", count: 64)
        for index in entries.indices {
            entries[index].previousHash = previous
            entries[index].entryHash = entries[index].computedHash
            previous = entries[index].entryHash
        }
        let updates = entries.map {
            "UPDATE audit_log SET detail = '\($0.detail)', prev_hash = '\($0.previousHash)', entry_hash = '\($0.entryHash)' WHERE seq = \($0.sequence);"
        }
        try fixture.tamper(updates.joined(separator: "\n"))
        let tampered = try fixture.reopened()
        XCTAssertEqual(try tampered.verifyAuditLog(), [], "the rewritten chain is self-consistent")
        let problems = try tampered.verifyAudit().problems
        XCTAssertTrue(problems.contains { $0.contains("head of 5 entries") && $0.contains("differs from the signed root") }, "\(problems)")
        XCTAssertFalse(problems.contains { $0.hasPrefix("signed tree head of 2 entries") }, "entries 1–2 are untouched: \(problems)")
    }

    func testEntriesCutFromTheEndAreCaught() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        try fixture.tamper("DELETE FROM audit_log WHERE seq = 5")
        let tampered = try fixture.reopened()
        XCTAssertEqual(try tampered.verifyAuditLog(), [], "a cut at the end leaves the chain intact")
        let problems = try tampered.verifyAudit().problems
        XCTAssertTrue(problems.contains { $0.contains("head of 5 entries") && $0.contains("only 4 entries") }, "\(problems)")
    }

    func testReorderedEntriesAreCaught() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        try fixture.tamper("UPDATE audit_log SET seq = 100 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 100")
        let problems = try fixture.reopened().verifyAudit().problems
        XCTAssertTrue(problems.contains { $0.contains("expected sequence") || $0.contains("does not follow") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("head of 5 entries") }, "\(problems)")
    }

    func testEditedTreeHeadFailsItsSignature() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        try fixture.tamper("UPDATE audit_tree_head SET timestamp_ms = timestamp_ms + 1 WHERE tree_size = 2")
        let problems = try fixture.reopened().verifyAudit().problems
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains("head of 2 entries") && problems[0].contains("signature"), "\(problems)")
    }

    func testInconsistentSuccessiveHeadsAreCaught() throws {
        let fixture = try sealedTwice()
        defer { fixture.remove() }
        // A forged older head, validly signed (an insider with the key) over a different history.
        let forgedRoot = MerkleTree.root(of: [Array("forged".utf8)])
        let forged = try SignedTreeHead.sign(treeSize: 1, rootHash: forgedRoot, timestampMilliseconds: 1_790_000_000_500, with: SignedRegistryFixture.key)
        try fixture.tamper("INSERT INTO audit_tree_head VALUES (1, '\(forgedRoot.hexString)', 1790000000500, '\(forged.signature.hexString)')")
        let problems = try fixture.reopened().verifyAudit().problems
        XCTAssertTrue(problems.contains { $0.contains("head of 1 entries") && $0.contains("Merkle root") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("head of 2 entries") && $0.contains("not consistent") }, "\(problems)")
    }

    func testRefusesToSignOverATamperedLog() throws {
        var fixture = try sealedTwice()
        defer { fixture.remove() }
        try fixture.tamper("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1")
        XCTAssertThrowsError(try fixture.seal()) { error in
            XCTAssertTrue(String(describing: error).contains("no longer matches its signed tree head"), "\(error)")
        }
    }

    func testRefusesAHeadSignedByAnotherKey() throws {
        var fixture = try SignedRegistryFixture()
        defer { fixture.remove() }
        try fixture.plant(0)
        XCTAssertThrowsError(try fixture.seal(with: SignedRegistryFixture.otherKey))
        XCTAssertEqual(try fixture.registry.treeHeads().count, 0)
    }

    func testEmptyLogIsNotSigned() throws {
        var fixture = try SignedRegistryFixture()
        defer { fixture.remove() }
        XCTAssertNil(try fixture.seal())
        XCTAssertTrue(try fixture.registry.verifyAudit().ok)
    }
}
