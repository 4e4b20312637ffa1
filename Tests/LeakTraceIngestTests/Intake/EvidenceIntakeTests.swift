import XCTest
#if canImport(Glibc)
import Glibc
#endif
import LeakTraceCore
@testable import LeakTraceIngest

final class EvidenceIntakeTests: XCTestCase {
    let intake = EvidenceIntake()
    let list = "name,phone,address\n张伟,13800138000,浙江省杭州市西湖区文三路90号\n"

    private func readAll(_ path: String) throws -> (EvidenceFile, ReadSummary, [SeizedRecord]) {
        var records: [SeizedRecord] = []
        let (file, summary) = try intake.read(path: path) { records.append($0) }
        return (file, summary, records)
    }

    func testIntegrityValuesMatchTheKnownDigestsOfTheContent() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(list, to: "known.csv")
        let (file, summary, records) = try readAll(path)
        // From sha256sum, md5sum and `openssl dgst -sm3` over these exact 78 bytes.
        XCTAssertEqual(file.sha256, "82f501148ea2e3e7438269f58741b6f23ab9fba4adfc4c99e1b75feb25ce341f")
        XCTAssertEqual(file.md5, "897d41d06a7ae3934b2925f752f707ee")
        XCTAssertEqual(file.sm3, "cabceb1c7e5ea69356dbca927e4a49f60ee85abfaa784a607203853be19944a5")
        XCTAssertEqual(file.bytes, list.utf8.count)
        XCTAssertEqual(file.encoding, .utf8)
        XCTAssertEqual(file.format, "csv")
        XCTAssertEqual(summary.records, 1)
        XCTAssertEqual(records.first?.phone, "13800138000")
    }

    func testReadingLeavesTheFileUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(list, to: "seized.csv")
        let before = try folder.bytes(of: path)
        let attributesBefore = try FileManager.default.attributesOfItem(atPath: path)
        _ = try readAll(path)
        _ = try readAll(path)
        XCTAssertEqual(try folder.bytes(of: path), before)
        let attributesAfter = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual(attributesAfter[.modificationDate] as? Date, attributesBefore[.modificationDate] as? Date)
        XCTAssertEqual(attributesAfter[.size] as? Int, attributesBefore[.size] as? Int)
    }

    func testGB18030FileIsDecodedAndHashedAsSeized() throws {
        let folder = try TemporaryFolder()
        // 张三 is D5 C5 C8 FD in GBK; the rest is produced by iconv and must agree with it.
        let bytes = try TextDecoding.encode("姓名,电话,地址\n", as: .gb18030) + [0xD5, 0xC5, 0xC8, 0xFD]
            + Array(",13800138000,".utf8) + (try TextDecoding.encode("北京市朝阳区建国路88号\n", as: .gb18030))
        let path = try folder.write(bytes, to: "gbk.csv")
        let (file, summary, records) = try readAll(path)
        XCTAssertEqual(file.encoding, .gb18030)
        XCTAssertEqual(file.bytes, bytes.count)
        XCTAssertEqual(summary.records, 1)
        XCTAssertEqual(records[0].name, "张三")
        XCTAssertEqual(records[0].address, "北京市朝阳区建国路88号")
        XCTAssertEqual(try folder.bytes(of: path), bytes)
    }

    func testInvalidBytesInTheMiddleOfGBKTextAreCountedAndGoodRowsStillRead() throws {
        let folder = try TemporaryFolder()
        var bytes = try TextDecoding.encode("姓名,电话\n张伟,13800138000\n", as: .gb18030)
        bytes += [0xD5, 0xFF] + Array(",13900139001\n".utf8)          // line 3: D5 then an impossible trail byte
        bytes += try TextDecoding.encode("王芳,13700137002\n", as: .gb18030)
        let path = try folder.write(bytes, to: "damaged.txt")
        let (file, summary, records) = try readAll(path)
        XCTAssertEqual(file.encoding, .gb18030)
        XCTAssertEqual(summary.skipped["bad-encoding"], 1)
        XCTAssertEqual(summary.skippedSamples["bad-encoding"], [3])
        XCTAssertEqual(records.map(\.phone), ["13800138000", "13900139001", "13700137002"])
    }

    func testUTF16LEAndUTF8BOMFiles() throws {
        let folder = try TemporaryFolder()
        let utf16 = try folder.write(try TextDecoding.encode(list, as: .utf16LE), to: "wide.csv")
        let bom = try folder.write(try TextDecoding.encode(list, as: .utf8BOM), to: "bom.csv")
        for (path, encoding) in [(utf16, TextEncoding.utf16LE), (bom, .utf8BOM)] {
            let (file, summary, records) = try readAll(path)
            XCTAssertEqual(file.encoding, encoding)
            XCTAssertEqual(summary.records, 1, "the BOM must not hide the header")
            XCTAssertEqual(records[0].name, "张伟")
            XCTAssertEqual(records[0].address, "浙江省杭州市西湖区文三路90号")
        }
    }

    func testEmptyFileIsEvidenceWithNoRecords() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write([UInt8](), to: "empty.csv")
        let (file, summary, records) = try readAll(path)
        XCTAssertEqual(file.bytes, 0)
        XCTAssertEqual(file.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(summary.records, 0)
        XCTAssertTrue(records.isEmpty)
    }

    func testFreeTextFallsBackToLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("2026-01-02 10:00:01 卖家\n收件人：张伟 电话：13800138000\n", to: "chat.txt")
        let (file, _, records) = try readAll(path)
        XCTAssertEqual(file.format, "text")
        XCTAssertEqual(records.map(\.number), [1, 2])
    }

    func testTSVAndPipeFilesNameTheirFormat() throws {
        let folder = try TemporaryFolder()
        let tsv = try folder.write("姓名\t电话\n张伟\t13800138000\n李娜\t13900139001\n", to: "a.tsv")
        let pipe = try folder.write("张伟|13800138000\n李娜|13900139001\n", to: "b.txt")
        XCTAssertEqual(try readAll(tsv).0.format, "tsv")
        let (file, _, records) = try readAll(pipe)
        XCTAssertEqual(file.format, "pipe-separated")
        XCTAssertEqual(records[1].phone, "13900139001")
    }

    func testALongLineWithNoNewlineIsSkippedNotFatal() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("张伟 13800138000\n" + String(repeating: "垃", count: 700_000), to: "long.txt")
        let (_, summary, records) = try readAll(path)
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(summary.skipped, ["too-long": 1])
    }

    func testBinaryFileGetsAOneLineErrorNamingIt() throws {
        let folder = try TemporaryFolder()
        var rng = FixedRandomBytes(seed: 7)
        let path = try folder.write(rng.bytes(4096), to: "blob.bin")
        XCTAssertThrowsError(try readAll(path)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix(path + ":"), message)
            XCTAssertTrue(message.contains("not a known format"), message)
            XCTAssertFalse(message.contains("\n"))
        }
    }

    func testMissingPathAndDirectoryErrorsNameThePath() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/nope.csv"
        XCTAssertThrowsError(try intake.expand([missing])) { error in
            XCTAssertEqual(String(describing: error), "\(missing): no such file or directory")
        }
        XCTAssertThrowsError(try readAll(missing)) { error in
            XCTAssertEqual(String(describing: error), "\(missing): no such file or directory")
        }
        XCTAssertThrowsError(try readAll(folder.path)) { error in
            XCTAssertEqual(String(describing: error), "\(folder.path): is a directory")
        }
    }

    func testAFIFOIsRefusedRatherThanBlocking() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/pipe.csv"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertThrowsError(try readAll(fifo)) { error in
            XCTAssertEqual(String(describing: error), "\(fifo): not a regular file")
        }
        XCTAssertEqual(try intake.expand([folder.path]), [], "folders list only regular files")
    }

    func testFoldersExpandRecursivelySortedWithHiddenFilesSkipped() throws {
        let folder = try TemporaryFolder()
        for name in ["b.csv", "a.txt", "sub/z.csv", "sub/deeper/y.tsv", ".hidden.csv", ".git/config", "B.csv", "乙.csv"] {
            try folder.write("x", to: name)
        }
        let extra = try folder.write("x", to: "elsewhere/extra.csv")
        let root = folder.path + "/"
        let files = try intake.expand([folder.path, extra])
        XCTAssertEqual(files, [
            root + "B.csv", root + "a.txt", root + "b.csv", root + "elsewhere/extra.csv",
            root + "sub/deeper/y.tsv", root + "sub/z.csv", root + "乙.csv",
        ], "byte order, each file once, hidden files and folders skipped")
        XCTAssertEqual(try intake.expand([folder.path]), files, "deterministic")
    }

    func testEvidenceItemCarriesTheIntakeRecord() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(list + "李娜,\"13900139001\n", to: "e.csv")
        let (file, summary, _) = try readAll(path)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let item = file.evidenceItem(summary: summary, examiner: "examiner-1", at: at)
        XCTAssertEqual(item.sha256, file.sha256)
        XCTAssertEqual(item.records, 1)
        XCTAssertEqual(item.skipped, ["broken-quoting": 1])
        XCTAssertEqual(item.encoding, "utf-8")
        XCTAssertEqual(item.format, "csv")
        XCTAssertEqual(item.examiner, "examiner-1")
        XCTAssertEqual(item.intakeAt, at)
    }
}
