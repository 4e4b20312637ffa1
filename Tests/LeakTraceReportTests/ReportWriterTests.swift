import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceReport

final class ReportWriterTests: XCTestCase {
    var temp: TemporaryDirectory!

    override func setUpWithError() throws { temp = try TemporaryDirectory() }
    override func tearDown() { temp.remove() }

    func testWritesEveryFileInBothLanguagesAndTheyVerify() throws {
        for language in ReportLanguage.allCases {
            let dir = temp.child("report-\(language.rawValue)")
            let manifest = try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: language, to: dir)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            XCTAssertEqual(names, ["manifest.json", "manifest.sig", "report.html", "report.json", "report.jsonld", "signing-key.pub"])
            XCTAssertEqual(manifest.language, language)
            XCTAssertEqual(manifest.case, "CASE-TEST-001")
            XCTAssertEqual(manifest.publicKeyFingerprint, TestKeys.signing.publicKey.fingerprint)
            let result = ReportVerifier.verify(directory: dir, expectedPublicKey: TestKeys.signing.publicKey)
            XCTAssertTrue(result.ok, "\(language): \(result.failures)")
            XCTAssertEqual(result.publicKeyFingerprint, TestKeys.signing.publicKey.fingerprint)
        }
    }

    func testManifestRecordsTheHashOfEachFileAsWritten() throws {
        let dir = temp.child("r")
        let manifest = try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: .zh, to: dir)
        XCTAssertEqual(Set(manifest.files.keys), ["report.html", "report.json", "report.jsonld", "signing-key.pub"])
        for (name, hash) in manifest.files {
            XCTAssertEqual(hash, Digest.sha256Hex(try Data(contentsOf: dir.appendingPathComponent(name))), name)
        }
        let onDisk = try JSONCoding.decoder().decode(ReportManifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        XCTAssertEqual(onDisk, manifest)
        let signature = try Data(contentsOf: dir.appendingPathComponent("manifest.sig"))
        XCTAssertEqual(signature.count, 64)
        XCTAssertTrue(TestKeys.signing.publicKey.isValidSignature([UInt8](signature), for: try Data(contentsOf: dir.appendingPathComponent("manifest.json"))))
    }

    func testSameFindingsAndKeyGiveTheSameBytes() throws {
        let writer = ReportWriter(signingKey: TestKeys.signing)
        for language in ReportLanguage.allCases {
            let a = temp.child("a-\(language.rawValue)"), b = temp.child("b-\(language.rawValue)")
            try writer.write(SyntheticFindings.make(), language: language, to: a)
            try writer.write(SyntheticFindings.make(), language: language, to: b)
            for file in ReportFile.allCases {
                XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(file.rawValue)),
                               try Data(contentsOf: b.appendingPathComponent(file.rawValue)), "\(language) \(file.rawValue)")
            }
        }
    }

    func testJSONLDIsTheSameInBothLanguages() throws {
        let writer = ReportWriter(signingKey: TestKeys.signing)
        try writer.write(SyntheticFindings.make(), language: .zh, to: temp.child("zh"))
        try writer.write(SyntheticFindings.make(), language: .en, to: temp.child("en"))
        XCTAssertEqual(try Data(contentsOf: temp.child("zh/report.jsonld")), try Data(contentsOf: temp.child("en/report.jsonld")))
        XCTAssertNotEqual(try Data(contentsOf: temp.child("zh/report.html")), try Data(contentsOf: temp.child("en/report.html")))
    }

    func testRefusesADirectoryHoldingOtherFiles() throws {
        let dir = temp.child("busy")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: .en, to: dir)) { error in
            XCTAssertTrue("\(error)".contains("notes.txt"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.html").path))
    }

    func testRefusesTheReportOfAnotherCase() throws {
        let dir = temp.child("other")
        try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(caseName: "CASE-TEST-002"), language: .en, to: dir)
        XCTAssertThrowsError(try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: .en, to: dir)) { error in
            XCTAssertTrue("\(error)".contains("CASE-TEST-002"), "\(error)")
        }
    }

    func testReplacesAPreviousReportOfTheSameCase() throws {
        let dir = temp.child("again")
        let writer = ReportWriter(signingKey: TestKeys.signing)
        try writer.write(SyntheticFindings.make(), language: .en, to: dir)
        let manifest = try writer.write(SyntheticFindings.make(), language: .zh, to: dir)
        XCTAssertEqual(manifest.language, .zh)
        XCTAssertTrue(ReportVerifier.verify(directory: dir).ok)
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("lang=\"zh-CN\""))
    }

    func testRefusesAPathThatIsAFile() throws {
        let file = temp.child("plain-file")
        try Data("x".utf8).write(to: file)
        XCTAssertThrowsError(try ReportWriter(signingKey: TestKeys.signing).write(SyntheticFindings.make(), language: .en, to: file))
    }
}
