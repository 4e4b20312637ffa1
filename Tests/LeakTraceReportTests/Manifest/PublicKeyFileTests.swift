import Foundation
import LeakTraceCrypto
import XCTest
@testable import LeakTraceReport

final class PublicKeyFileTests: XCTestCase {
    func testPEMRoundTripsAndIsTheRFC8410Form() throws {
        let key = TestKeys.signing.publicKey
        let pem = PublicKeyFile.pem(for: key)
        XCTAssertTrue(pem.hasPrefix("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"), pem)
        XCTAssertEqual(try PublicKeyFile.publicKey(fromPEM: pem).rawRepresentation, key.rawRepresentation)
        XCTAssertEqual(PublicKeyFile.fingerprint(of: key), Digest.sha256Hex(key.rawRepresentation))
    }

    func testRejectsWhatIsNotAnEd25519Key() {
        let pem = PublicKeyFile.pem(for: TestKeys.signing.publicKey)
        for bad in ["", "hello", pem.replacingOccurrences(of: "MCowBQYDK2VwAyEA", with: "MCowBQYDK2VxAyEA"),
                    pem.replacingOccurrences(of: "PUBLIC KEY", with: "PRIVATE KEY")] {
            XCTAssertThrowsError(try PublicKeyFile.publicKey(fromPEM: bad), bad)
        }
    }

    func testOpenSSLReadsTheKeyFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") else { throw XCTSkip("no openssl binary") }
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let file = temp.child("k.pub")
        try Data(PublicKeyFile.pem(for: TestKeys.signing.publicKey).utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["pkey", "-pubin", "-in", file.path, "-noout", "-text"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(output.contains("ED25519 Public-Key"), output)
    }
}
