import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceIngest

final class DelimitedStreamTests: XCTestCase {
    /// Small limits, so blocks (limit + 4 KiB) are small and nearly every hard case crosses a block edge.
    let reader = DelimitedTextReader(maxRecordBytes: 300, maxRecordLines: 4)

    /// A list that holds every case the splitter must get right: header, quoted fields with embedded
    /// newlines and doubled quotes, blank lines, CRLF, stray quotes, rows over the limit, bad UTF-8.
    func awkwardList(rows: Int, seed: UInt64) -> [UInt8] {
        var random = DeterministicRandom(seed: seed)
        var out = Array("姓名,手机,地址,备注\r\n".utf8)
        for i in 0..<rows {
            let phone = "13\(String(format: "%09d", Int(random.next() % 1_000_000_000)))"
            switch random.next() % 12 {
            case 0: out += Array("\"张,\(i)\",\(phone),\"浙江省杭州市\n西湖区文三路\(i)号\",\"他说\"\"好\"\"\"\n".utf8)
            case 1: out += Array("\n".utf8)
            case 2: out += Array("李\(i),\"\(phone),未闭合的引号\n".utf8)
            case 3: out += Array("王\(i),\(phone),\(String(repeating: "长", count: 150))\n".utf8)
            case 4: out += Array("赵\(i),\(phone),".utf8) + [0xFF, 0xFE] + Array("坏字节\n".utf8)
            case 5: out += Array("  钱\(i) ,\(phone), 上海市 \r\n".utf8)
            case 6: out += Array("孙\(i),138****\(i % 10_000),北京市朝阳区\n".utf8)
            default: out += Array("周\(i),\(phone),广东省深圳市南山区科技园路\(i)号,x\n".utf8)
            }
        }
        out += Array("吴末,13900139000,末行无换行".utf8)
        return out
    }

    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lt-stream-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func wholeFile(_ bytes: [UInt8]) throws -> (records: [SeizedRecord], summary: ReadSummary) {
        try reader.readAll(ReaderInput(path: "x.csv", bytes: bytes))
    }

    func streamed(_ path: String, blockSize: Int = 0, dismiss: (DelimitedRow) -> Bool = { _ in false }) throws -> (records: [SeizedRecord], summary: ReadSummary, observed: [UInt8]) {
        var records: [SeizedRecord] = []
        var observed: [UInt8] = []
        let summary = try DelimitedStream(reader: reader, blockSize: blockSize).read(
            path: path, observe: { observed += $0 }, dismiss: dismiss, emit: { records.append($0) })
        return (records, summary, observed)
    }

    func testStreamGivesTheWholeFileReadersRecordsAndDamageAcrossBlockEdges() throws {
        for seed: UInt64 in [1, 2, 3] {
            let bytes = awkwardList(rows: 800, seed: seed)
            XCTAssertGreaterThan(bytes.count, 8 * (reader.maxRecordBytes + 4096), "the list must span many blocks")
            let whole = try wholeFile(bytes)
            let stream = try streamed(try file(bytes))
            XCTAssertEqual(stream.records, whole.records, "seed \(seed)")
            XCTAssertEqual(stream.summary, whole.summary, "seed \(seed)")
            XCTAssertGreaterThan(whole.summary.skipped["broken-quoting"] ?? 0, 0)
            XCTAssertGreaterThan(whole.summary.skipped["too-long"] ?? 0, 0)
            XCTAssertGreaterThan(whole.summary.skipped["bad-encoding"] ?? 0, 0)
            XCTAssertEqual(stream.observed, bytes, "observe sees every byte once, in order")
        }
    }

    func testByteOrderMarkIsDroppedAsTheDecoderDropsIt() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + awkwardList(rows: 50, seed: 9)
        let stream = try streamed(try file(bytes))
        let whole = try wholeFile(bytes)
        XCTAssertEqual(stream.records, whole.records)
        XCTAssertEqual(stream.records.first?.name, whole.records.first?.name)
        XCTAssertEqual(stream.summary, whole.summary)
    }

    func testDismissedRowsAreCountedButNeverBecomeRecords() throws {
        let bytes = awkwardList(rows: 300, seed: 4)
        let whole = try wholeFile(bytes)
        var offered: [Int] = []
        let stream = try streamed(try file(bytes)) { row in
            offered.append(row.number)
            // Dismiss the rows whose phone cell is plain and ends in an even digit.
            guard let phone = row.roles.phone, let cell = row.plainBytes(at: phone), let last = cell.last else { return false }
            return last.isMultiple(of: 2)
        }
        XCTAssertEqual(stream.summary.records, whole.summary.records)
        XCTAssertEqual(stream.summary.skipped, whole.summary.skipped)
        let kept = Set(stream.records.map(\.number))
        XCTAssertLessThan(kept.count, whole.records.count)
        for record in whole.records where kept.contains(record.number) {
            XCTAssertEqual(stream.records.first { $0.number == record.number }, record)
        }
        for record in whole.records where !kept.contains(record.number) {
            XCTAssertTrue(offered.contains(record.number), "only offered rows are dismissed")
            XCTAssertTrue(record.phone?.last?.wholeNumberValue.map { $0.isMultiple(of: 2) } ?? false)
        }
    }

    /// A block's end nearly always cuts a Chinese character of the record carried into the next
    /// block; that must not count the block as damaged, or none of its rows reach the prefilter.
    func testEveryRowOfCleanTextIsOfferedToThePrefilterWhateverTheBlockEdgesCut() throws {
        var bytes = Array("姓名,手机,地址\n".utf8)
        for i in 0..<2_000 { bytes += Array("张伟\(i),138\(String(format: "%08d", i)),浙江省杭州市西湖区文三路\(i)号\n".utf8) }
        var offered = 0
        let stream = try streamed(try file(bytes)) { _ in
            offered += 1
            return true
        }
        XCTAssertGreaterThan(bytes.count, 8 * DelimitedStream(reader: reader, blockSize: 0).blockSize, "several blocks, edges inside characters")
        XCTAssertEqual(stream.summary.records, 2_000)
        XCTAssertEqual(offered, 2_000)
        XCTAssertTrue(stream.records.isEmpty)
    }

    func testPlainBytesAreTheCellValueOrNil() throws {
        let path = try file(Array("姓名,手机,地址\n张伟,13800138000, 杭州 \n\"李娜\",13900139001,深圳\n".utf8))
        var seen: [(String?, String?, String)] = []
        _ = try DelimitedStream(reader: reader).read(path: path, observe: { _ in }, dismiss: { row in
            let name = row.plainBytes(at: 0).map { String(decoding: $0, as: UTF8.self) }
            let address = row.plainBytes(at: 2).map { String(decoding: $0, as: UTF8.self) }
            seen.append((name, address, row.value(at: 2)))
            return true
        }, emit: { _ in XCTFail("every row was dismissed") })
        XCTAssertEqual(seen.count, 2)
        XCTAssertEqual(seen[0].0, "张伟")
        XCTAssertNil(seen[0].1, "padded cells need value(at:)")
        XCTAssertEqual(seen[0].2, "杭州")
        XCTAssertNil(seen[1].0, "quoted cells need value(at:)")
        XCTAssertEqual(seen[1].1, "深圳")
    }

    /// The awkward list as a GBK-era broker would have it: GB18030, with four-byte characters, and
    /// damage that is invalid in GB18030 (a lone 0xFF, 0x80, a lead byte before the delimiter or newline).
    func gb18030List(rows: Int, seed: UInt64) throws -> [UInt8] {
        var random = DeterministicRandom(seed: seed)
        var out = try TextDecoding.encode("姓名,手机,地址,备注\r\n", as: .gb18030)
        for i in 0..<rows {
            let phone = "13\(String(format: "%09d", Int(random.next() % 1_000_000_000)))"
            switch random.next() % 12 {
            case 0: out += try TextDecoding.encode("\"张,\(i)\",\(phone),\"浙江省杭州市\n西湖区文三路\(i)号\",\"他说\"\"好\"\"\"\n", as: .gb18030)
            case 1: out += [0x0A]
            case 2: out += try TextDecoding.encode("李\(i),\"\(phone),未闭合的引号\n", as: .gb18030)
            case 3: out += try TextDecoding.encode("王\(i),\(phone),\(String(repeating: "长", count: 150))\n", as: .gb18030)
            case 4: out += try TextDecoding.encode("赵\(i),\(phone),", as: .gb18030) + [0xFF, 0x80] + (try TextDecoding.encode("坏字节\n", as: .gb18030))
            case 5: out += try TextDecoding.encode("钱\(i)", as: .gb18030) + [0x81] + (try TextDecoding.encode(",\(phone),上海市\r\n", as: .gb18030))
            case 6: out += try TextDecoding.encode("孙\(i),138****\(i % 10_000),北京市朝阳区😀\n", as: .gb18030)
            default: out += try TextDecoding.encode("周\(i),\(phone),广东省深圳市南山区科技园路\(i)号𠀀,x\n", as: .gb18030)
            }
        }
        out += try TextDecoding.encode("吴末,13900139000,末行无换行", as: .gb18030)
        return out
    }

    /// The offsets at which a GB18030 character (2 or 4 bytes) starts and does not end: where a cut splits one.
    func cutsInsideCharacters(_ bytes: [UInt8], every blockSize: Int) -> Int {
        var inside = Set<Int>()
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            var length = 1
            if lead >= 0x81 && lead <= 0xFE && index + 1 < bytes.count {
                let second = bytes[index + 1]
                if second >= 0x30 && second <= 0x39 { length = 4 } else if second >= 0x40 && second != 0x7F && second != 0xFF { length = 2 }
            }
            for cut in (index + 1)..<min(index + length, bytes.count) { inside.insert(cut) }
            index += length
        }
        return stride(from: blockSize, to: bytes.count, by: blockSize).filter { inside.contains($0) }.count
    }

    func testGB18030StreamsDecodedWithTheWholeFileReadersRecordsAndDamage() throws {
        var cuts = 0
        for seed: UInt64 in [5, 6] {
            let bytes = try gb18030List(rows: 800, seed: seed)
            XCTAssertEqual(TextDecoding.detect(Array(bytes.prefix(TextDecoding.sampleSize))), .gb18030)
            let whole = try wholeFile(bytes)
            let path = try file(bytes)
            // Block sizes one byte apart move every block end, so both halves of many characters get cut.
            for requested in [0, 4397, 4398, 4399, 6001] {
                let blockSize = DelimitedStream(reader: reader, blockSize: requested).blockSize
                cuts += cutsInsideCharacters(bytes, every: blockSize)
                let stream = try streamed(path, blockSize: requested)
                XCTAssertEqual(stream.records.count, whole.records.count, "seed \(seed), block \(blockSize)")
                XCTAssertEqual(stream.records, whole.records, "seed \(seed), block \(blockSize)")
                XCTAssertEqual(stream.summary, whole.summary, "seed \(seed), block \(blockSize)")
                XCTAssertEqual(stream.observed, bytes, "observe sees the GB18030 bytes, never the decoded text")
            }
            XCTAssertGreaterThan(whole.summary.skipped["broken-quoting"] ?? 0, 0)
            XCTAssertGreaterThan(whole.summary.skipped["too-long"] ?? 0, 0)
            XCTAssertGreaterThan(whole.summary.skipped["bad-encoding"] ?? 0, 10)
            XCTAssertTrue(whole.records.contains { $0.seen.contains("😀") })
        }
        XCTAssertGreaterThan(cuts, 10, "block ends must cut characters in two")
    }

    func testGB18030RowsAreOfferedAsDecodedUTF8() throws {
        let path = try file(try TextDecoding.encode("姓名,手机,地址\n张伟,13800138000,杭州\n", as: .gb18030))
        var names: [String] = []
        _ = try DelimitedStream(reader: reader).read(path: path, observe: { _ in }, dismiss: { row in
            names.append(row.plainBytes(at: 0).map { String(decoding: $0, as: UTF8.self) } ?? "")
            return true
        }, emit: { _ in XCTFail("every row was dismissed") })
        XCTAssertEqual(names, ["张伟"])
    }

    func testUTF16ListsStreamLikeTheWholeFileReader() throws {
        let text = String(decoding: awkwardList(rows: 200, seed: 7), as: UTF8.self)
        for encoding in [TextEncoding.utf16LE, .utf16BE] {
            let bytes = try TextDecoding.encode(text, as: encoding)
            let whole = try wholeFile(bytes)
            let stream = try streamed(try file(bytes))
            XCTAssertGreaterThan(whole.records.count, 100)
            XCTAssertEqual(stream.records, whole.records, "\(encoding)")
            XCTAssertEqual(stream.summary, whole.summary, "\(encoding)")
            XCTAssertEqual(stream.observed, bytes)
        }
    }

    func testTheStreamAppliesToEveryEncodingTheDelimitedReaderIsChosenFor() throws {
        let text = "姓名,手机,地址\n张伟,13800138000,浙江省杭州市\n李娜,13900139001,广东省深圳市\n"
        for encoding in TextEncoding.allCases {
            let sample = FileSample(path: "list.csv", head: try TextDecoding.encode(text, as: encoding), isWholeFile: true)
            XCTAssertEqual(sample.encoding, encoding)
            XCTAssertTrue(DelimitedStream.applies(to: sample, chosen: DelimitedTextReader.self), "\(encoding)")
            XCTAssertFalse(DelimitedStream.applies(to: sample, chosen: XLSXReader.self))
        }
    }

    func testAFileThatIsNotThereIsAOneLineError() {
        XCTAssertThrowsError(try DelimitedStream().read(path: "/nonexistent/list.csv", observe: { _ in }, dismiss: { _ in false }, emit: { _ in })) {
            XCTAssertTrue(String(describing: $0).contains("/nonexistent/list.csv"))
        }
    }
}
