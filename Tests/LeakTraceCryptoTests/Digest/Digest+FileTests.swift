import Foundation
import XCTest
@testable import LeakTraceCrypto

final class DigestFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("leaktrace-crypto-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    func testFileDigestEqualsInMemoryDigestForMultiMegabyteFile() throws {
        // 3.5 MiB plus a few bytes: several full 1 MiB blocks and a ragged last one.
        var generator = SplitMix(seed: 42)
        let contents = (0..<(3 * Digest.fileBlockSize + Digest.fileBlockSize / 2 + 17)).map { _ in
            UInt8(truncatingIfNeeded: generator.next())
        }
        let url = directory.appendingPathComponent("seized.bin")
        try Data(contents).write(to: url)

        let measured = try Digest.file(at: url)
        XCTAssertEqual(measured.byteCount, contents.count)
        for algorithm in HashAlgorithm.allCases {
            XCTAssertEqual(measured.digests[algorithm], Digest.hash(contents, algorithm), algorithm.displayName)
        }
        var multi = MultiDigest()
        multi.update(contents)
        let oneShot = multi.finalize()
        XCTAssertEqual(measured.hex(.sha256), oneShot.sha256)
        XCTAssertEqual(measured.hex(.md5), oneShot.md5)
        XCTAssertEqual(measured.hex(.sm3), oneShot.sm3)
    }

    func testOnlyRequestedAlgorithmsAreComputed() throws {
        let url = directory.appendingPathComponent("abc.txt")
        try Data("abc".utf8).write(to: url)
        let measured = try Digest.file(at: url, [.md5])
        XCTAssertEqual(Set(measured.digests.keys), [.md5])
        XCTAssertEqual(measured.hex(.md5), "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertNil(measured.hex(.sha256))
    }

    func testEmptyFile() throws {
        let url = directory.appendingPathComponent("empty.csv")
        try Data().write(to: url)
        let measured = try Digest.file(at: url)
        XCTAssertEqual(measured.byteCount, 0)
        XCTAssertEqual(measured.hex(.sha256), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testMissingPathGivesOneLineErrorNamingTheFile() {
        let url = directory.appendingPathComponent("missing.csv")
        XCTAssertThrowsError(try Digest.file(at: url)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix(url.path), message)
            XCTAssertTrue(message.contains("No such file"), message)
            XCTAssertFalse(message.contains("\n"))
        }
    }

    #if os(Linux)
    func testFileWhoseBytesDisagreeWithItsSizeIsRefused() {
        // procfs reports size 0 yet yields bytes: the same signature as a file growing mid-read.
        XCTAssertThrowsError(try Digest.file(at: URL(fileURLWithPath: "/proc/self/stat"))) { error in
            XCTAssertTrue("\(error)".contains("changed while being hashed"), "\(error)")
        }
    }
    #endif

    func testDirectoryIsRefused() {
        XCTAssertThrowsError(try Digest.file(at: directory)) { error in
            XCTAssertTrue("\(error)".contains("is a directory"), "\(error)")
        }
    }
}
