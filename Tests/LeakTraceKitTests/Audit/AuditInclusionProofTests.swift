import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceKit

final class AuditInclusionProofTests: XCTestCase {
    private var fixture: PlantFixture!

    override func setUpWithError() throws {
        fixture = try PlantFixture("proof")
        for (index, entity) in ["branch-1", "branch-2", "branch-3"].enumerated() {
            _ = try fixture.plant(.entity(EntityID(rawValue: entity)), count: 2, file: "\(index).csv")
        }
    }

    override func tearDown() { fixture.folder.remove() }

    func testProofOfEveryEntryRoundTripsThroughAFileAndHolds() throws {
        let entries = try fixture.workspace.registry.auditEntries()
        XCTAssertEqual(entries.count, 6)
        let fingerprint = try fixture.workspace.secret.signingKey().publicKey.fingerprint
        for entry in entries {
            let proof = try AuditInclusionProof.issue(forEntry: entry.sequence, in: fixture.workspace)
            let url = fixture.folder.file("proof-\(entry.sequence).json")
            try proof.jsonData().write(to: url)
            let loaded = try AuditInclusionProof.load(from: url)
            XCTAssertEqual(loaded, proof)
            XCTAssertEqual(loaded.problems(expectedFingerprint: fingerprint), [], "entry \(entry.sequence)")
            XCTAssertEqual(loaded.entry, entry)
            XCTAssertEqual(loaded.treeSize, 6)
        }
    }

    func testProofIsAgainstTheLatestHeadSealedOnDemand() throws {
        // Two more entries, not yet signed: issuing a proof signs a head over them first.
        try fixture.workspace.registry.recordDisclosure(caseName: "c", canaryIDs: ["c000000"], actor: "t")
        let proof = try AuditInclusionProof.issue(forEntry: 7, in: fixture.workspace)
        XCTAssertEqual(proof.treeSize, 7)
        XCTAssertEqual(proof.problems(), [])
        XCTAssertThrowsError(try AuditInclusionProof.issue(forEntry: 8, in: fixture.workspace))
        XCTAssertThrowsError(try AuditInclusionProof.issue(forEntry: 0, in: fixture.workspace))
    }

    func testTamperedProofsFail() throws {
        let proof = try AuditInclusionProof.issue(forEntry: 3, in: fixture.workspace)

        var edited = proof
        edited.entry.detail += " (amended)"
        XCTAssertTrue(edited.problems().contains { $0.contains("edited") }, "\(edited.problems())")

        // Edited and re-hashed: the entry is self-consistent but no longer the signed tree's leaf.
        var rehashed = edited
        rehashed.entry.entryHash = rehashed.entry.computedHash
        rehashed.leafHash = MerkleTree.leafHash(rehashed.entry.canonicalBytes).hexString
        XCTAssertTrue(rehashed.problems().contains { $0.contains("audit path") }, "\(rehashed.problems())")

        var path = proof
        path.auditPath[0] = String(path.auditPath[0].reversed())
        XCTAssertTrue(path.problems().contains { $0.contains("audit path") })

        var size = proof
        size.treeSize = 5
        XCTAssertFalse(size.problems().isEmpty, "the signature covers the tree size")

        var signature = proof
        signature.signature = String(signature.signature.dropLast()) + (signature.signature.hasSuffix("0") ? "1" : "0")
        XCTAssertTrue(signature.problems().contains { $0.contains("signature") })

        // Re-signed by someone else's key: internally valid, caught only by the expected fingerprint.
        let stranger = Ed25519PrivateKey()
        var forged = proof
        let head = try SignedTreeHead.sign(treeSize: proof.treeSize, rootHash: try Hex.decode(proof.rootHash),
                                           timestampMilliseconds: proof.timestampMilliseconds, with: stranger)
        forged.signature = head.signature.hexString
        forged.publicKey = stranger.publicKey.rawRepresentation.hexString
        forged.publicKeyFingerprint = stranger.publicKey.fingerprint
        XCTAssertEqual(forged.problems(), [])
        XCTAssertTrue(forged.problems(expectedFingerprint: proof.publicKeyFingerprint).contains { $0.contains("not the expected") })

        var time = proof
        time.signedAt = time.signedAt.addingTimeInterval(86_400)
        XCTAssertTrue(time.problems().contains { $0.contains("signed_at") })
    }

    func testUnreadableProofFileNamesTheFile() throws {
        let path = try fixture.folder.write("junk.json", "{\"format\": 1}")
        XCTAssertThrowsError(try AuditInclusionProof.load(from: URL(fileURLWithPath: path))) { error in
            XCTAssertTrue(String(describing: error).contains("junk.json"), "\(error)")
        }
    }
}
