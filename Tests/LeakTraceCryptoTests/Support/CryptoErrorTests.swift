import XCTest
@testable import LeakTraceCrypto

final class CryptoErrorTests: XCTestCase {
    func testOpenSSLFailureCarriesOpenSSLReason() {
        // N = 2^20, r = 8 needs about 1 GiB; with a 1 MiB ceiling OpenSSL refuses and says why,
        // and that reason must reach the message.
        XCTAssertThrowsError(
            try Scrypt.derive(passphrase: [1], salt: [2], n: 1 << 20, r: 8, p: 1, length: 32, maxMemory: 1 << 20)
        ) { error in
            let message = (error as? CryptoError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("scrypt (N=1048576, r=8, p=1) failed: error:"), message)
            XCTAssertTrue(message.contains("memory limit exceeded"), message)
        }
    }

    func testOpenSSLQueueIsDrainedSoLaterErrorsAreNotMisattributed() throws {
        XCTAssertThrowsError(
            try Scrypt.derive(passphrase: [1], salt: [2], n: 1 << 20, r: 8, p: 1, length: 32, maxMemory: 1 << 20))
        // Nothing stale may remain on this thread's queue for the next failure to pick up.
        XCTAssertEqual(CryptoError.openSSL("probe").message, "probe failed (OpenSSL gave no reason)")
    }

    func testDescriptionIsTheMessage() {
        XCTAssertEqual(CryptoError("one line").description, "one line")
    }
}
