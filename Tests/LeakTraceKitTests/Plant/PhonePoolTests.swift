import Foundation
import XCTest
@testable import LeakTraceKit

final class PhonePoolTests: XCTestCase {
    // Pool numbers are built at run time from a fixed head and a counter: nothing resembling a
    // collected number is stored in the repository.
    private func number(_ n: Int) -> String { "1390000" + String(format: "%04d", n) }

    func testReadsNumbersCommentsAndFormats() throws {
        let folder = try TemporaryFolder("pool")
        defer { folder.remove() }
        let path = try folder.write("pool.txt", """
            # team SIMs
            \(number(1))
            +86 \(number(2))   # desk phone
            0086-\(number(3))

            \(number(1))
            """)
        XCTAssertEqual(try PhonePool.load(path: path), [number(1), number(2), number(3)])
    }

    func testInvalidNumberIsNamedWithItsLine() throws {
        let folder = try TemporaryFolder("pool")
        defer { folder.remove() }
        let path = try folder.write("pool.txt", "\(number(1))\n0571-8888888\n")
        XCTAssertThrowsError(try PhonePool.load(path: path)) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("\(path):2:"), "\(error)")
        }
    }

    func testEmptyAndMissingPoolsAreRefused() throws {
        let folder = try TemporaryFolder("pool")
        defer { folder.remove() }
        let path = try folder.write("pool.txt", "# nothing yet\n")
        XCTAssertThrowsError(try PhonePool.load(path: path))
        XCTAssertThrowsError(try PhonePool.load(path: folder.path("missing.txt")))
    }
}
