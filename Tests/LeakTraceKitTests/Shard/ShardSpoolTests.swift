import Foundation
import LeakTraceCrypto
import XCTest
@testable import LeakTraceKit

final class ShardSpoolTests: XCTestCase {
    private func spool(_ input: [UInt8], header: String?, in folder: TemporaryFolder) throws -> ShardSpool {
        let reading = PipeFeeder.reader(feeding: input)
        return try withExtendedLifetime(reading) {
            try ShardSpool(reading: reading.fileDescriptor, header: header, blockSize: 4096, directory: folder.path(""))
        }
    }

    /// The file holds the header (when the piece lacks it) then the piece; the hashes are of the piece alone.
    func testCopiesThePieceAfterTheHeaderAndHashesThePieceAlone() throws {
        let folder = try TemporaryFolder("spool")
        defer { folder.remove() }
        let piece = Array((0..<2_000).map { "张\($0),1300000\(String(format: "%04d", $0)),某地\n" }.joined().utf8)
        let spool = try spool(piece, header: "姓名,电话,地址", in: folder)
        XCTAssertEqual(spool.prefix, Array("姓名,电话,地址\n".utf8))
        XCTAssertEqual(spool.bytes, piece.count)
        XCTAssertGreaterThan(piece.count, 10 * 4096, "read in many blocks")
        XCTAssertEqual(spool.sha256, Digest.sha256Hex(piece))
        XCTAssertTrue(spool.isPlainUTF8)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: spool.path)), Data(spool.prefix + piece))
        XCTAssertEqual(try spool.piece(), piece)
        spool.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: spool.path))
    }

    func testFirstPieceKeepsItsOwnHeaderAndDamageIsNoted() throws {
        let folder = try TemporaryFolder("spool")
        defer { folder.remove() }
        let first = try spool(Array("姓名,电话,地址\r\n张三,13000000001,某地\r\n".utf8), header: "姓名,电话,地址", in: folder)
        XCTAssertEqual(first.prefix, [])
        XCTAssertTrue(first.isPlainUTF8)
        let damaged = try spool(Array("张三,130".utf8) + [0xFF] + Array("00000001,某地\n".utf8), header: nil, in: folder)
        XCTAssertFalse(damaged.isPlainUTF8)
        let bom = try spool([0xEF, 0xBB, 0xBF] + Array("张三,13000000001\n".utf8), header: nil, in: folder)
        XCTAssertFalse(bom.isPlainUTF8)
        let empty = try spool([], header: "姓名", in: folder)
        XCTAssertEqual(empty.bytes, 0)
        XCTAssertEqual(empty.sha256, Digest.sha256Hex([UInt8]()))
    }
}
