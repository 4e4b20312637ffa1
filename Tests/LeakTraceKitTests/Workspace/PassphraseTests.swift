import Foundation
import XCTest
@testable import LeakTraceKit

final class PassphraseTests: XCTestCase {
    func testAFileWinsOverTheEnvironmentAndNothingGivenIsNil() throws {
        let folder = try TemporaryFolder("passphrase")
        defer { folder.remove() }
        let file = try folder.write("pass", "correct horse battery\nsecond line ignored\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let other = try folder.write("other", "another long passphrase")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other)
        let environment = ["LEAKTRACE_PASSPHRASE": "from the environment", "LEAKTRACE_PASSPHRASE_FILE": other]

        XCTAssertEqual(try Passphrase.resolve(file: file, environment: environment)?.bytes, Array("correct horse battery".utf8))
        XCTAssertEqual(try Passphrase.resolve(file: nil, environment: environment)?.bytes, Array("another long passphrase".utf8))
        XCTAssertEqual(try Passphrase.resolve(file: nil, environment: ["LEAKTRACE_PASSPHRASE": "from the environment"])?.bytes,
                       Array("from the environment".utf8))
        XCTAssertNil(try Passphrase.resolve(file: nil, environment: [:]))
    }

    func testShortPassphrasesAndReadablePassphraseFilesAreRefusedWithoutQuotingThem() throws {
        let folder = try TemporaryFolder("passphrase")
        defer { folder.remove() }
        XCTAssertThrowsError(try Passphrase.resolve(file: nil, environment: ["LEAKTRACE_PASSPHRASE": "hunter2"])) { error in
            XCTAssertTrue(String(describing: error).contains("at least 12 characters"))
            XCTAssertFalse(String(describing: error).contains("hunter2"), "an error never quotes the passphrase")
        }
        let file = try folder.write("pass", "a long enough passphrase\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        XCTAssertThrowsError(try Passphrase.resolve(file: file, environment: [:])) { error in
            XCTAssertTrue(String(describing: error).contains("chmod 600"), "\(error)")
            XCTAssertFalse(String(describing: error).contains("a long enough passphrase"))
        }
        XCTAssertThrowsError(try Passphrase.resolve(file: folder.path("missing"), environment: [:]))
    }
}
