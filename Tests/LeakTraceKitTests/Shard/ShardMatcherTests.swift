import Foundation
import LeakTraceCore
import LeakTraceIngest
import XCTest
@testable import LeakTraceKit

/// `match --shard` streams stdin in blocks and writes what reading the piece whole writes, byte for
/// byte: hits with their offsets and lines, the persons line, the summary with its hashes.
final class ShardMatcherTests: XCTestCase {
    /// Blocks of about 4.6 KB (the least a 512-byte record bound allows), so a 200 KB piece is read in
    /// some forty blocks and records, quoted ones included, are cut by blocks' ends.
    private func matcher(_ workspace: Workspace) -> ShardMatcher {
        var matcher = ShardMatcher(workspace: workspace)
        matcher.reader = DelimitedTextReader(maxRecordBytes: 512, maxRecordLines: 16)
        matcher.blockSize = 1
        return matcher
    }

    /// Canaries exact, reformatted and masked among synthetic rows: full, reformatted, masked and
    /// invalid numbers, repeated persons, quoted cells with an embedded newline, blank rows.
    private func rows(canaries: [Canary]) -> [String] {
        var make = SeizedRows(seed: 6_0006)
        var rows: [String] = []
        var people: [String] = []
        for i in 0..<3_000 {
            let (name, phone, address) = make.person()
            let canary = canaries[i % canaries.count].person
            switch i % 30 {
            case 0: rows.append(make.exact(canary))
            case 1: rows.append(make.reformatted(canary))
            case 2: rows.append(make.waybillMasked(canary))
            case 3: if let again = people.last { rows.append(again) }
            case 4: rows.append("\(name),\(SeizedRows.masked4(phone)),\(address)")
            case 5: rows.append("\"\(name)\",\(phone),\"\(address)\n2单元\"")
            case 6: rows.append("\(name),\(SeizedRows.invalid(phone)),\(address)")
            case 7: rows.append(",,")
            case 8: rows.append("\(name),\(SeizedRows.dashed(phone)),\(address)")
            default:
                rows.append("\(name),\(phone),\(address)")
                people.append(rows.last!)
            }
        }
        return rows
    }

    private func whole(_ matcher: ShardMatcher, _ input: [UInt8], header: String?) throws -> Data {
        var out = Data()
        try matcher.match(input: input, header: header) { out.append(try $0.jsonLine()) }
        return out
    }

    /// The lines written when `input` arrives through a pipe, as from an engine's `RDD.pipe`.
    private func streamed(_ matcher: ShardMatcher, _ input: [UInt8], header: String?) throws -> Data {
        let reading = PipeFeeder.reader(feeding: input)
        var out = Data()
        try withExtendedLifetime(reading) {
            try matcher.match(descriptor: reading.fileDescriptor, header: header) { out.append(try $0.jsonLine()) }
        }
        return out
    }

    func testStreamedPiecesWriteTheLinesOfTheWholeReadByteForByte() throws {
        let fixture = try PlantFixture("shard-stream")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("branch-1"), count: 10, file: "b1.csv")
        _ = try fixture.plant(.entity("branch-2"), count: 10, file: "b2.csv")
        let matcher = matcher(fixture.workspace)
        let header = "姓名,电话,地址"
        let rows = rows(canaries: try fixture.workspace.registry.canaries())
        let list = Array(([header] + rows).joined(separator: "\n").appending("\n").utf8)
        let later = Array(rows[1_500...].joined(separator: "\r\n").utf8)   // no header, CRLF, no final newline

        for (input, header) in [(list, header), (list, nil), (later, header), ([UInt8](), header)] {
            let expected = try whole(matcher, input, header: header)
            XCTAssertEqual(try streamed(matcher, input, header: header), expected)
            if input.isEmpty { continue }
            let lines = String(decoding: expected, as: UTF8.self).split(separator: "\n")
            XCTAssertGreaterThan(lines.count, 30, "hits from the whole read, so the comparison covers them")
            let summary = try XCTUnwrap(try ShardLine.decode(Data(lines.last!.utf8)))
            guard case .summary(let body) = summary else { return XCTFail("the summary comes last") }
            XCTAssertEqual(body.bytes, input.count)
            XCTAssertGreaterThan(input.count, 40 * matcher.reader.maxRecordBytes, "the piece spans many blocks")
        }
    }

    /// Not plain UTF-8 (a damaged byte, a BOM): read whole as before, so the lossy decoding stays.
    func testPiecesThatAreNotPlainUTF8AreReadAsBefore() throws {
        let fixture = try PlantFixture("shard-stream-damaged")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("branch-2"), count: 5, file: "b2.csv")
        let matcher = matcher(fixture.workspace)
        let rows = rows(canaries: try fixture.workspace.registry.canaries()).prefix(400)
        var damaged = Array(rows.joined(separator: "\n").utf8)
        damaged.insert(0xFF, at: damaged.count / 2)
        let bom = [0xEF, 0xBB, 0xBF] + Array(("姓名,电话,地址\n" + rows.joined(separator: "\n")).utf8)
        for input in [damaged, bom] {
            let expected = try whole(matcher, input, header: "姓名,电话,地址")
            XCTAssertEqual(try streamed(matcher, input, header: "姓名,电话,地址"), expected)
            XCTAssertTrue(String(decoding: expected, as: UTF8.self).contains(#""kind":"hit""#))
        }
    }
}
