import Foundation
import LeakTraceCore
import LeakTraceIngest
import LeakTraceKit

/// Writes the seized lists the sections match: the demo's QQ-trade CSV (`LeakSimulator`: 60% exact,
/// 15% reformatted phone, 25% waybill-masked rows, canaries scattered among synthetic background
/// people), and the same rows as GB18030 text, a chat export and an Excel workbook.
///
/// ```swift
/// let writer = ListWriter(benchCase: benchCase)
/// let csv = try writer.csv(rows: 200_000, to: dir.appendingPathComponent("list.csv"))
/// let gbk = try writer.gb18030(from: csv, to: dir.appendingPathComponent("list-gbk.csv"))
/// ```
struct ListWriter: Sendable {
    let benchCase: BenchCase

    func csv(rows: Int, to url: URL) throws -> GeneratedList {
        let leaked = benchCase.leaked
        let outcome = try LeakSimulator().write(records: rows, canaries: leaked.map(\.person), canaryIDs: leaked.map(\.id), to: url)
        let phones = Dictionary(uniqueKeysWithValues: leaked.map { ($0.id, $0.person.phone) })
        return GeneratedList(path: url.path, rows: outcome.rows, bytes: outcome.bytes,
                             truth: GroundTruth(planted: outcome.planted, phones: phones))
    }

    /// The same list re-encoded as GB18030 (what GBK-era broker lists are), through iconv.
    func gb18030(from list: GeneratedList, to url: URL) throws -> GeneratedList {
        let text = try String(contentsOfFile: list.path, encoding: .utf8)
        let bytes = try TextDecoding.encode(text, as: .gb18030)
        try Data(bytes).write(to: url)
        return GeneratedList(path: url.path, rows: list.rows, bytes: bytes.count, truth: list.truth)
    }

    /// The same rows as a QQ chat export: a banner, then one message per row under a
    /// `time sender(QQ)` header; half the messages are free text, half labelled (收件人： 电话： 地址：).
    func chat(from list: GeneratedList, to url: URL) throws -> GeneratedList {
        var text = "消息记录（此消息记录为文本格式，不支持重新导入）\n================================================================\n"
        var row = 0
        for line in try Self.dataLines(of: list) {
            let cells = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            guard cells.count == 3 else { continue }
            let second = row % 60, minute = (row / 60) % 60, hour = (row / 3600) % 24, day = 1 + (row / 86_400) % 28
            let sender = row % 7
            text += "2017-03-\(Self.two(day)) \(Self.two(hour)):\(Self.two(minute)):\(Self.two(second)) 料商\(sender)(1000\(sender))\n"
            if row % 2 == 0 {
                text += "出 \(cells[0]) \(cells[1]) \(cells[2]) 0.8一条\n\n"
            } else {
                text += "收件人：\(cells[0]) 电话：\(cells[1]) 地址：\(cells[2])\n\n"
            }
            row += 1
        }
        try Data(text.utf8).write(to: url)
        return GeneratedList(path: url.path, rows: row, bytes: text.utf8.count, truth: list.truth)
    }

    /// The same rows as an .xlsx workbook (shared strings, digit-only phones stored as numbers).
    func xlsx(from list: GeneratedList, to url: URL) throws -> GeneratedList {
        let rows = try Self.dataLines(of: list).map { $0.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map(String.init) }
        let bytes = try WorkbookWriter.workbook(header: ["姓名", "联系方式", "地址"], rows: rows)
        try Data(bytes).write(to: url)
        return GeneratedList(path: url.path, rows: rows.count, bytes: bytes.count, truth: list.truth)
    }

    /// The list's rows without the header line.
    static func dataLines(of list: GeneratedList) throws -> [Substring] {
        let text = try String(contentsOfFile: list.path, encoding: .utf8)
        return Array(text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst())
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
