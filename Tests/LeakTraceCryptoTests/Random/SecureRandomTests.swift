import XCTest
@testable import LeakTraceCrypto

final class SecureRandomTests: XCTestCase {
    func testReturnsRequestedCount() {
        XCTAssertEqual(SecureRandom.bytes(0), [])
        XCTAssertEqual(SecureRandom.bytes(1).count, 1)
        XCTAssertEqual(SecureRandom.bytes(4096).count, 4096)
    }

    func testDrawsDifferTheBytesLookUniform() {
        XCTAssertNotEqual(SecureRandom.bytes(32), SecureRandom.bytes(32))
        // 64 KiB of real randomness uses every byte value; a stuck or zero generator would not.
        let sample = SecureRandom.bytes(65_536)
        XCTAssertEqual(Set(sample).count, 256)
        let mean = Double(sample.reduce(0) { $0 + Int($1) }) / Double(sample.count)
        XCTAssertEqual(mean, 127.5, accuracy: 2.0)
    }
}
