import XCTest
import LeakTraceCore
import LeakTraceCrypto
@testable import LeakTraceIngest

final class EvidenceIntakeArchiveTests: XCTestCase {
    let intake = EvidenceIntake()
    let csv = "姓名,手机\n\(SyntheticPeople.name(0)),\(SyntheticPeople.phone(1))\n"
    let jsonl = #"{"name": "a", "phone": "\#(SyntheticPeople.phone(2))"}"# + "\n" + #"{"name": "b", "phone": "\#(SyntheticPeople.phone(3))"}"# + "\n"

    /// A zip of a folder: files in sub-folders, a hidden file, a macOS resource fork, a nested zip.
    func seizedZip(in folder: TemporaryFolder) throws -> String {
        let nested = try ZipFixture.zip([("inner/list.jsonl", Array(jsonl.utf8))])
        let bytes = try ZipFixture.zip([
            ("box/z.csv", Array(csv.utf8)),
            ("box/a.txt", Array("收件人：\(SyntheticPeople.name(1)) 电话：\(SyntheticPeople.phone(4))\n".utf8)),
            ("box/.DS_Store", [0, 1, 2]),
            ("__MACOSX/box/._z.csv", [0, 1, 2]),
            ("box/more.zip", nested),
        ])
        return try folder.write(bytes, to: "seized/box.zip")
    }

    func testZipMembersBecomeSortedEvidenceItemsWithVirtualPaths() throws {
        let folder = try TemporaryFolder()
        let zip = try seizedZip(in: folder)
        try folder.write(csv, to: "seized/plain.csv")
        let files = try intake.expand([folder.path + "/seized"])
        XCTAssertEqual(files, [zip + "!/box/a.txt", zip + "!/box/more.zip!/inner/list.jsonl", zip + "!/box/z.csv", folder.path + "/seized/plain.csv"])
        XCTAssertEqual(try intake.expand([folder.path + "/seized"]), files, "deterministic")
    }

    func testMembersAreReadAndFingerprintedAsTheirOwnBytes() throws {
        let folder = try TemporaryFolder()
        let zip = try seizedZip(in: folder)
        var phones: [String] = []
        let (file, summary) = try intake.read(path: zip + "!/box/z.csv") { phones.append($0.phone ?? "") }
        XCTAssertEqual(phones, [SyntheticPeople.phone(1)])
        XCTAssertEqual(file.format, "csv")
        XCTAssertEqual(file.bytes, csv.utf8.count)
        XCTAssertEqual(file.sha256, Digest.sha256Hex(Array(csv.utf8)), "the member's bytes, as if it were a file of its own")
        XCTAssertEqual(summary.records, 1)
        let fingerprint = try intake.fingerprint(path: zip + "!/box/z.csv")
        XCTAssertEqual(fingerprint.hex(.sha256), file.sha256)
        XCTAssertEqual(fingerprint.hex(.md5), file.md5)
        XCTAssertEqual(fingerprint.hex(.sm3), file.sm3)
        XCTAssertEqual(fingerprint.byteCount, file.bytes)

        let (nested, nestedSummary) = try intake.read(path: zip + "!/box/more.zip!/inner/list.jsonl") { _ in }
        XCTAssertEqual(nested.format, "jsonl")
        XCTAssertEqual(nestedSummary.records, 2)
        XCTAssertEqual(try intake.fingerprint(path: nested.path).hex(.sha256), nested.sha256)
    }

    func testPlainFilesFingerprintAsBefore() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(csv, to: "a.csv")
        XCTAssertEqual(try intake.fingerprint(path: path), try Digest.file(at: URL(fileURLWithPath: path)))
    }

    func testAMissingMemberAndABrokenZipGetOneLineErrors() throws {
        let folder = try TemporaryFolder()
        let zip = try seizedZip(in: folder)
        XCTAssertThrowsError(try intake.read(path: zip + "!/box/nope.csv") { _ in }) { error in
            XCTAssertEqual(String(describing: error), zip + "!/box/nope.csv: no such member in the archive")
        }
        let whole = try folder.bytes(of: zip)
        let broken = try folder.write(Array(whole.prefix(whole.count - 30)), to: "cut.zip")
        XCTAssertEqual(try intake.expand([broken]), [broken], "listed as itself, so it is still recorded")
        XCTAssertThrowsError(try intake.read(path: broken) { _ in }) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix(broken + ": not a readable zip container, truncated or damaged"), message)
            XCTAssertFalse(message.contains("\n"))
        }
    }

    func testAZipBombMemberStopsWithAClearErrorAndBoundedMemory() throws {
        let folder = try TemporaryFolder()
        // 256 MiB of one byte deflates to about 250 KB; the cap is 200× the archive, about 50 MB.
        let bytes = try ZipFixture.bomb(name: "list.csv", filler: 0x41, count: 256 << 20)
        let zip = try folder.write(bytes, to: "bomb.zip")
        let files = try intake.expand([zip])
        XCTAssertEqual(files, [zip + "!/list.csv"])
        for attempt in [{ _ = try self.intake.read(path: files[0]) { _ in } }, { _ = try self.intake.fingerprint(path: files[0]) }] {
            XCTAssertThrowsError(try attempt()) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.hasPrefix(zip + ": member list.csv expands past "), message)
                XCTAssertTrue(message.contains("zip bomb"), message)
                XCTAssertFalse(message.contains("\n"))
                let cap = ExpansionLimits.standard.totalCap(forContainerBytes: bytes.count)
                let stoppedAt = message.split(separator: " ").drop { $0 != "past" }.dropFirst().first.flatMap { Int($0) }
                XCTAssertNotNil(stoppedAt, message)
                XCTAssertLessThanOrEqual(stoppedAt ?? .max, cap, "inflating stopped at the cap, far below 256 MiB")
            }
        }
    }

    func testLimitsAreTheSmallerOfTheRatioAndTheTotal() {
        let limits = ExpansionLimits(maxTotalBytes: 1 << 30, maxRatio: 200, minimumAllowance: 1 << 20)
        XCTAssertEqual(limits.totalCap(forContainerBytes: 1_000), 1 << 20, "small files get the minimum allowance")
        XCTAssertEqual(limits.totalCap(forContainerBytes: 100_000), 20_000_000)
        XCTAssertEqual(limits.totalCap(forContainerBytes: 100_000_000), 1 << 30)
        XCTAssertEqual(limits.memberCap(forCompressedBytes: Int.max), 1 << 30, "no overflow")
    }
}
