import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
import LeakTraceCore
@testable import LeakTraceIngest

/// Seized files come from criminals: each hostile case named in issue 7 that the other Ingest tests
/// do not already cover. The rule every time: a one-line error naming the file, or the good rows
/// with the bad ones counted by reason; never a crash, a hang or unbounded memory.
final class HostileInputTests: XCTestCase {
    let intake = EvidenceIntake()

    private func read(_ path: String) throws -> (EvidenceFile, ReadSummary, [SeizedRecord]) {
        var records: [SeizedRecord] = []
        let (file, summary) = try intake.read(path: path) { records.append($0) }
        return (file, summary, records)
    }

    private func assertOneLineError(_ path: String, mentions expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try read(path), file: file, line: line) { error in
            let message = String(describing: error)
            XCTAssertTrue(error is LeakTraceError, "\(type(of: error)): \(message)", file: file, line: line)
            XCTAssertTrue(message.hasPrefix(path + ":"), message, file: file, line: line)
            XCTAssertTrue(message.contains(expected), message, file: file, line: line)
            XCTAssertFalse(message.contains("\n"), message, file: file, line: line)
        }
    }

    // MARK: Random binary

    func testAMegabyteOfRandomBytesUnderAnyListNameIsRefusedInOneLine() throws {
        let folder = try TemporaryFolder()
        var random = FixedRandomBytes(seed: 0xB1_0B)
        let bytes = random.bytes(1 << 20)
        for name in ["list.csv", "list.txt", "dump.sql", "data.json", "qq-chat.txt", "no-extension"] {
            let path = try folder.write(bytes, to: name)
            assertOneLineError(path, mentions: "not a known format")
        }
    }

    func testRandomBytesNamedAsAWorkbookGetAOneLineErrorNamingIt() throws {
        let folder = try TemporaryFolder()
        var random = FixedRandomBytes(seed: 0x5A5A)
        let path = try folder.write(Array("PK\u{03}\u{04}".utf8) + random.bytes(64 * 1024), to: "orders.xlsx")
        XCTAssertThrowsError(try read(path)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix(path + ":"), message)
            XCTAssertFalse(message.contains("\n"), message)
        }
    }

    // MARK: Empty and near-empty

    func testFilesHoldingOnlyABOMOrBlankLinesHaveNoRecordsAndNoError() throws {
        let folder = try TemporaryFolder()
        let cases: [(String, [UInt8])] = [
            ("bom.csv", [0xEF, 0xBB, 0xBF]),
            ("utf16-bom.txt", [0xFF, 0xFE]),
            ("newlines.txt", Array("\n\r\n\n   \n".utf8)),
        ]
        for (name, bytes) in cases {
            let path = try folder.write(bytes, to: name)
            let (file, summary, records) = try read(path)
            XCTAssertEqual(file.bytes, bytes.count, name)
            XCTAssertEqual(summary.records, 0, name)
            XCTAssertTrue(records.isEmpty, name)
        }
    }

    // MARK: A 60 MB line

    func testASixtyMegabyteLineWithNoNewlineIsSkippedAndTheGoodRowKept() throws {
        let folder = try TemporaryFolder()
        let good = Array("测试甲 13800000001 测试省测试市测试路1号\n".utf8)
        var bytes = good
        bytes.reserveCapacity(good.count + 60_000_000)
        let filler = Array("测试数据".utf8)   // 12 bytes, no newline, no delimiter
        for _ in 0..<5_000_000 { bytes += filler }
        let path = try folder.write(bytes, to: "one-line.txt")
        let started = Date()
        let (file, summary, records) = try read(path)
        XCTAssertEqual(file.bytes, good.count + 60_000_000)
        XCTAssertEqual(records.count, 1, "the good row is still read")
        XCTAssertTrue(records.first?.seen.contains("13800000001") ?? false)
        XCTAssertEqual(summary.skipped["too-long"], 1, "the giant line is counted, not read")
        XCTAssertLessThan(Date().timeIntervalSince(started), 120, "no hang")
    }

    func testASixtyMegabyteCSVFieldWithNoNewlineIsSkippedAndTheGoodRowsKept() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("姓名,电话,地址\n测试甲,13800000001,测试路1号\n测试乙,13800000002,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 60_000_000)
        let path = try folder.write(bytes, to: "giant-field.csv")
        let (file, summary, records) = try read(path)
        XCTAssertEqual(file.format, "csv")
        XCTAssertEqual(records.map(\.phone), ["13800000001"])
        XCTAssertEqual(summary.skipped["too-long"], 1)
    }

    // MARK: Unterminated quotes

    func testAQuoteLeftOpenOnTheLastLineCostsOnlyThatLine() throws {
        let folder = try TemporaryFolder()
        var text = "姓名,电话,地址\n"
        for index in 1...50 { text += "测试\(index),138000000\(String(format: "%02d", index)),测试路\(index)号\n" }
        text += "\"测试末,13800000099,测试路99号"
        let path = try folder.write(text, to: "open-quote.csv")
        let (_, summary, records) = try read(path)
        XCTAssertEqual(records.count, 50)
        XCTAssertEqual(summary.skipped["broken-quoting"], 1)
        XCTAssertEqual(summary.skippedSamples["broken-quoting"], [52])
    }

    // MARK: Invalid GBK in the middle

    func testInvalidBytesOnSeveralLinesOfALongGBKListAreCountedOnThoseLinesOnly() throws {
        let folder = try TemporaryFolder()
        var bytes = try TextDecoding.encode("姓名,电话,地址\n", as: .gb18030)
        var damaged: [Int] = []
        for index in 1...400 {
            if index % 100 == 0 {
                bytes += [0x81, 0x20] + Array(",1380000\(String(format: "%04d", index)),x\n".utf8)   // a lead byte with no trail
                damaged.append(index + 1)
            } else {
                bytes += try TextDecoding.encode("测试\(index),1380000\(String(format: "%04d", index)),测试路\(index)号\n", as: .gb18030)
            }
        }
        bytes += [0xD5]   // a lead byte cut off by the end of the file
        let path = try folder.write(bytes, to: "damaged-gbk.csv")
        let (file, summary, records) = try read(path)
        XCTAssertEqual(file.encoding, .gb18030)
        XCTAssertEqual(records.compactMap(\.phone).count, 400, "damaged lines still give their phone")
        XCTAssertEqual(summary.skipped["bad-encoding"], damaged.count + 1)
        XCTAssertEqual(summary.skippedSamples["bad-encoding"]?.prefix(4).map { $0 }, damaged)
        XCTAssertEqual(records.first?.name, "测试1")
    }

    // MARK: Paths that are not files

    func testADanglingSymbolicLinkNamedOutrightGetsOneLineError() throws {
        let folder = try TemporaryFolder()
        let link = folder.path + "/gone.csv"
        XCTAssertEqual(symlink(folder.path + "/nowhere.csv", link), 0)
        assertOneLineError(link, mentions: "no such file or directory")
        XCTAssertThrowsError(try intake.expand([link]))
        XCTAssertEqual(try intake.expand([folder.path]), [], "a folder walk skips the dangling link")
    }

    // MARK: A file that changes while being read

    /// A big file, so the read takes long enough for the other side to act during it.
    private func bigList(in folder: TemporaryFolder, name: String) throws -> String {
        var line = Array("测试甲,13800000001,测试省测试市测试区测试路1号\n".utf8)
        line.reserveCapacity(line.count)
        var bytes: [UInt8] = Array("姓名,电话,地址\n".utf8)
        bytes.reserveCapacity(48 << 20)
        while bytes.count < 48 << 20 { bytes += line }
        return try folder.write(bytes, to: name)
    }

    /// Runs `change` on another thread from before the read starts until it ends.
    private func whileReading(_ path: String, change: @escaping @Sendable (Int32) -> Void) throws -> Result<Void, any Error> {
        let descriptor = open(path, O_WRONLY)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        let stop = ManagedAtomicFlag()
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            started.signal()
            while !stop.isSet { change(descriptor) }
            finished.signal()
        }
        started.wait()
        let outcome = Result { _ = try read(path) }
        stop.set()
        finished.wait()
        return outcome
    }

    func testAFileAppendedToWhileBeingReadIsRefusedInOneLine() throws {
        let folder = try TemporaryFolder()
        let path = try bigList(in: folder, name: "growing.csv")
        let row = Array("测试乙,13800000002,测试路2号\n".utf8)
        let outcome = try whileReading(path) { descriptor in
            _ = row.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, lseek(descriptor, 0, SEEK_END)) }
            usleep(200)
        }
        assertRefusedAsChanged(outcome, path: path)
    }

    func testAFileRewrittenInPlaceWhileBeingReadIsRefusedInOneLine() throws {
        let folder = try TemporaryFolder()
        let path = try bigList(in: folder, name: "rewritten.csv")
        let digit = Array("9".utf8)
        let outcome = try whileReading(path) { descriptor in
            // Same size, one digit changed: only the modification time shows it.
            _ = digit.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, 1, 30) }
            usleep(200)
        }
        assertRefusedAsChanged(outcome, path: path)
    }

    func testAFileTruncatedWhileBeingReadIsRefusedInOneLine() throws {
        let folder = try TemporaryFolder()
        let path = try bigList(in: folder, name: "shrinking.csv")
        let outcome = try whileReading(path) { descriptor in
            var status = stat()
            fstat(descriptor, &status)
            ftruncate(descriptor, max(0, status.st_size - 4096))
            usleep(200)
        }
        assertRefusedAsChanged(outcome, path: path)
    }

    func testAFileAppendedToByAnotherProcessWhileBeingReadIsRefusedInOneLine() throws {
        let folder = try TemporaryFolder()
        let path = try bigList(in: folder, name: "appended.csv")
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "while :; do printf '测试丙,13800000003,测试路3号\\n' >> \"$1\"; done", "sh", path]
        try writer.run()
        defer {
            writer.terminate()
            writer.waitUntilExit()
        }
        usleep(50_000)
        assertRefusedAsChanged(Result { _ = try read(path) }, path: path)
    }

    private func assertRefusedAsChanged(_ outcome: Result<Void, any Error>, path: String, file: StaticString = #filePath, line: UInt = #line) {
        guard case .failure(let error) = outcome else {
            return XCTFail("a file that changed during the read was accepted", file: file, line: line)
        }
        let message = String(describing: error)
        XCTAssertTrue(message.hasPrefix(path + ": changed while being read"), message, file: file, line: line)
        XCTAssertFalse(message.contains("\n"), message, file: file, line: line)
    }
}

/// A flag one thread sets and another polls; a lock keeps it honest under strict concurrency.
private final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
