import Foundation
import XCTest
@testable import LeakTraceIngest

final class ZipDirectoryCheckTests: XCTestCase {
    private func archive() throws -> [UInt8] {
        try ZipFixture.zip([(name: "a.csv", bytes: Array("姓名,电话\n".utf8)), (name: "b.csv", bytes: Array("x,y\n".utf8))])
    }

    /// Offset of the end-of-central-directory record in a zip without a comment.
    private func endRecord(_ bytes: [UInt8]) -> Int { bytes.count - 22 }

    private func put32(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    func testAWellFormedArchivePasses() throws {
        XCTAssertNil(ZipDirectoryCheck(bytes: try archive()).problem())
    }

    func testADirectoryOffsetPastTheEndIsRefused() throws {
        var bytes = try archive()
        put32(UInt32(bytes.count + 100), at: endRecord(bytes) + 16, in: &bytes)
        XCTAssertEqual(ZipDirectoryCheck(bytes: bytes).problem()?.contains("central directory"), true)
    }

    func testALocalHeaderOffsetOutsideTheArchiveIsRefused() throws {
        var bytes = try archive()
        let directory = Int(bytes[endRecord(bytes) + 16]) | Int(bytes[endRecord(bytes) + 17]) << 8
        put32(0x00FF_FFF0, at: directory + 42, in: &bytes)
        XCTAssertEqual(ZipDirectoryCheck(bytes: bytes).problem()?.contains("local header"), true)
    }

    func testTruncationAndNonZipBytesAreRefused() throws {
        let bytes = try archive()
        XCTAssertNotNil(ZipDirectoryCheck(bytes: Array(bytes.dropLast(30))).problem())
        XCTAssertNotNil(ZipDirectoryCheck(bytes: Array(repeating: 0x41, count: 100)).problem())
        XCTAssertNotNil(ZipDirectoryCheck(bytes: []).problem())
    }

    /// The four inputs with which `make fuzz` crashed the workbook and intake paths: now a one-line error.
    func testTheFuzzFindingsBecomeOneLineErrors() throws {
        let folder = FuzzRegressionTests.fuzzFolder.appendingPathComponent("corpus-regressions")
        var checked = 0
        for target in ["xlsx", "intake"] {
            let dir = folder.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasPrefix("crash-") {
                let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
                XCTAssertThrowsError(try ZipArchive(bytes: bytes, label: name)) { error in
                    XCTAssertTrue("\(error)".contains(name), "\(error)")
                    XCTAssertFalse("\(error)".contains("\n"))
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 4)
    }
}
