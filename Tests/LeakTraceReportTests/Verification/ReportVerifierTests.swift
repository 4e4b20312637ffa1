import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceReport

final class ReportVerifierTests: XCTestCase {
    var temp: TemporaryDirectory!
    var report: URL!

    override func setUpWithError() throws {
        temp = try TemporaryDirectory()
        report = temp.child("report")
        try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: .zh, to: report)
    }
    override func tearDown() { temp.remove() }

    private func copyOfReport(_ name: String) throws -> URL {
        let copy = temp.child(name)
        try FileManager.default.copyItem(at: report, to: copy)
        return copy
    }

    func testIntactReportVerifiesWithAndWithoutTheExpectedKey() {
        XCTAssertEqual(ReportVerifier.verify(directory: report).failures, [])
        XCTAssertTrue(ReportVerifier.verify(directory: report, expectedPublicKey: TestKeys.signing.publicKey).ok)
    }

    func testFlippingOneByteOfAnyFileFailsAndNamesIt() throws {
        for file in ReportFile.allCases {
            for position in ["first", "middle", "last"] {
                let copy = try copyOfReport("flip-\(file.rawValue)-\(position)")
                let url = copy.appendingPathComponent(file.rawValue)
                var bytes = [UInt8](try Data(contentsOf: url))
                let index = position == "first" ? 0 : position == "middle" ? bytes.count / 2 : bytes.count - 1
                bytes[index] ^= 0x01
                try Data(bytes).write(to: url)
                let result = ReportVerifier.verify(directory: copy)
                XCTAssertFalse(result.ok, "\(file.rawValue) \(position)")
                XCTAssertTrue(result.failures.contains { $0.contains(file.rawValue) }, "\(file.rawValue) \(position): \(result.failures)")
            }
        }
    }

    func testHTMLChangeIsReportedAsAHashMismatch() throws {
        let copy = try copyOfReport("html")
        let url = copy.appendingPathComponent("report.html")
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 3] ^= 0x20
        try Data(bytes).write(to: url)
        XCTAssertEqual(ReportVerifier.verify(directory: copy).failures, ["report.html: SHA-256 does not match the manifest"])
    }

    func testMissingFileFails() throws {
        let copy = try copyOfReport("missing")
        try FileManager.default.removeItem(at: copy.appendingPathComponent("report.json"))
        XCTAssertEqual(ReportVerifier.verify(directory: copy).failures, ["report.json: missing"])
    }

    func testMissingSignatureFails() throws {
        let copy = try copyOfReport("nosig")
        try FileManager.default.removeItem(at: copy.appendingPathComponent("manifest.sig"))
        let result = ReportVerifier.verify(directory: copy)
        XCTAssertFalse(result.ok)
        XCTAssertEqual(result.failures, ["manifest.sig: missing"])
    }

    func testExtraFileFails() throws {
        let copy = try copyOfReport("extra")
        try Data("added later".utf8).write(to: copy.appendingPathComponent("extra.txt"))
        XCTAssertEqual(ReportVerifier.verify(directory: copy).failures, ["extra.txt: not listed in the manifest"])
    }

    func testADifferentExpectedKeyFails() {
        let result = ReportVerifier.verify(directory: report, expectedPublicKey: TestKeys.other.publicKey)
        XCTAssertFalse(result.ok)
        XCTAssertTrue(result.failures.contains { $0.hasPrefix("signing-key.pub: key ") }, "\(result.failures)")
        XCTAssertTrue(result.failures.contains { $0.hasPrefix("manifest.sig: signature does not verify") }, "\(result.failures)")
        XCTAssertEqual(result.publicKeyFingerprint, TestKeys.other.publicKey.fingerprint)
    }

    func testAReportForgedWithAnotherKeyPassesOnlyWithoutTheExpectedKey() throws {
        // Someone without the registry key can rewrite the whole directory consistently; only the
        // expected key (or its fingerprint, checked by a person) exposes that.
        let forged = temp.child("forged")
        var findings = SyntheticFindings.make()
        findings.attribution.sources = ["branch-1"]
        try ReportWriter(signingKey: TestKeys.other).write(findings, language: .zh, to: forged)
        XCTAssertTrue(ReportVerifier.verify(directory: forged).ok)
        XCTAssertFalse(ReportVerifier.verify(directory: forged, expectedPublicKey: TestKeys.signing.publicKey).ok)
    }

    func testSwappingInAnotherPublicKeyFails() throws {
        let copy = try copyOfReport("swapped-key")
        try Data(PublicKeyFile.pem(for: TestKeys.other.publicKey).utf8).write(to: copy.appendingPathComponent("signing-key.pub"))
        let failures = ReportVerifier.verify(directory: copy).failures
        XCTAssertTrue(failures.contains("signing-key.pub: SHA-256 does not match the manifest"), "\(failures)")
        XCTAssertTrue(failures.contains { $0.hasPrefix("manifest.sig:") }, "\(failures)")
    }

    func testAManifestListingAPathOutsideTheDirectoryFails() throws {
        // Even correctly signed, a manifest must not make the verifier read outside the directory.
        let dir = temp.child("escape")
        try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: .en, to: dir)
        var manifest = try JSONCoding.decoder().decode(ReportManifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        manifest.files["../outside.txt"] = String(repeating: "0", count: 64)
        let data = try JSONCoding.encoder().encode(manifest)
        try data.write(to: dir.appendingPathComponent("manifest.json"))
        try Data(TestKeys.signing.signature(for: data)).write(to: dir.appendingPathComponent("manifest.sig"))
        XCTAssertEqual(ReportVerifier.verify(directory: dir).failures, ["../outside.txt: not a plain file name"])
    }

    func testANonexistentDirectoryFails() {
        let result = ReportVerifier.verify(directory: temp.child("nowhere"))
        XCTAssertFalse(result.ok)
        XCTAssertEqual(result.failures.count, 1)
    }

    func testOpenSSLCommandLineAcceptsTheSignatureAndRejectsAChange() throws {
        let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let openssl else { throw XCTSkip("no openssl binary") }
        func run() throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: openssl)
            process.currentDirectoryURL = report
            process.arguments = ["pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pub", "-rawin",
                                 "-in", "manifest.json", "-sigfile", "manifest.sig"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        XCTAssertEqual(try run(), 0)
        let url = report.appendingPathComponent("manifest.json")
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[10] ^= 0x01
        try Data(bytes).write(to: url)
        XCTAssertNotEqual(try run(), 0)
    }
}
