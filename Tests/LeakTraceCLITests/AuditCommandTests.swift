import Foundation
import XCTest

/// `leaktrace audit` on the demo's registry, with the real binary: verify, proof, check-proof, and
/// a registry file edited byte by byte.
final class AuditCommandTests: XCTestCase {
    private var work: WorkFolder!
    private var env: [String: String] { ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path] }

    override func setUpWithError() throws {
        work = try WorkFolder()
        let demo = try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url)
        XCTAssertEqual(demo.status, 0, demo.stderr)
    }

    override func tearDown() { work.remove() }

    func testInclusionProofRoundTripsAndATamperedOneFails() throws {
        let verify = try LeakTraceBinary.run(["audit", "verify"], in: work.url, environment: env)
        XCTAssertEqual(verify.status, 0, verify.stderr)
        XCTAssertTrue(verify.stdout.contains("signed tree heads verify and are consistent"), verify.stdout)

        let proof = try LeakTraceBinary.run(["audit", "proof", "3", "--out", "p3.json"], in: work.url, environment: env)
        XCTAssertEqual(proof.status, 0, proof.stderr)
        let fingerprint = try XCTUnwrap(proof.stdout.components(separatedBy: "key fingerprint ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(fingerprint.count, 64)
        let again = try LeakTraceBinary.run(["audit", "proof", "3", "--out", "p3.json"], in: work.url, environment: env)
        XCTAssertNotEqual(again.status, 0, "a proof is never written over a file")

        // Offline: no registry in the environment.
        let check = try LeakTraceBinary.run(["audit", "check-proof", "p3.json", "--key-fingerprint", fingerprint], in: work.url)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("proof holds: entry 3"), check.stdout)
        let otherKey = try LeakTraceBinary.run(["audit", "check-proof", "p3.json", "--key-fingerprint", String(repeating: "0", count: 64)], in: work.url)
        XCTAssertEqual(otherKey.status, 1)

        let text = try String(contentsOf: work.file("p3.json"), encoding: .utf8)
        let tampered = text.replacingOccurrences(of: "\"actor\" : \"demo-security-team\"", with: "\"actor\" : \"someone-else\"")
        XCTAssertNotEqual(tampered, text)
        try tampered.write(to: work.file("p3-tampered.json"), atomically: true, encoding: .utf8)
        let failed = try LeakTraceBinary.run(["audit", "check-proof", "p3-tampered.json"], in: work.url)
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("p3-tampered.json"), failed.stderr)
        XCTAssertEqual(failed.stderr.split(separator: "\n").last?.hasPrefix("leaktrace: "), true)

        let verified = try LeakTraceBinary.run(["audit", "verify"], in: work.url, environment: env)
        XCTAssertTrue(verified.stdout.contains("heads signed by key fingerprint \(fingerprint)"), verified.stdout)
    }

    func testARegistryEditedOnDiskFailsVerify() throws {
        // The registry is closed (its WAL checkpointed) once the demo exits: edit one byte of an
        // audit entry's text in the file itself, as someone with the file but not the key could.
        let db = work.file("demo/leaktrace.db")
        XCTAssertFalse(FileManager.default.fileExists(atPath: db.path + "-wal"))
        var bytes = try Data(contentsOf: db)
        let marker = Data("disclosed in its report and burned".utf8)
        let range = try XCTUnwrap(bytes.range(of: marker))
        bytes[range.upperBound - 1] = UInt8(ascii: "t")
        try bytes.write(to: db)

        let verify = try LeakTraceBinary.run(["audit", "verify"], in: work.url, environment: env)
        XCTAssertEqual(verify.status, 1)
        XCTAssertTrue(verify.stderr.contains("edited"), verify.stderr)
        XCTAssertTrue(verify.stderr.contains("Merkle root"), verify.stderr)
    }
}
