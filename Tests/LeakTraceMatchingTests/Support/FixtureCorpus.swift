import Foundation
import LeakTraceCore

/// The fixture corpus in `Tests/Fixtures/Matching` (written by `make_fixtures.py` there): planted
/// canaries, seized lists as CSV, and the ground truth of which row is which canary.
struct FixtureCorpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Matching")

    let canaries: [(id: String, person: PersonRecord)]
    /// file → data row → canary id
    let truth: [String: [Int: String]]

    init() throws {
        var canaries: [(id: String, person: PersonRecord)] = []
        for line in try Self.lines("canaries.tsv").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            canaries.append((id: cells[0], person: PersonRecord(name: cells[1], phone: cells[2], address: cells[3])))
        }
        var truth: [String: [Int: String]] = [:]
        for line in try Self.lines("truth.tsv").dropFirst() {
            let cells = line.split(separator: "\t").map(String.init)
            truth[cells[0], default: [:]][Int(cells[1])!] = cells[2]
        }
        self.canaries = canaries
        self.truth = truth
    }

    static func lines(_ name: String) throws -> [Substring] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n")
    }

    static let nameHeaders: Set<String> = ["姓名", "收件人", "联系人", "收货人"]
    static let phoneHeaders: Set<String> = ["电话", "手机", "联系方式", "手机号"]
    static let addressHeaders: Set<String> = ["地址", "收货地址", "详细地址"]

    /// The list's rows as a reader hands them over: with name, phone and address assigned from
    /// the header when `assignFields`, otherwise cells only (the matcher must find the fields).
    static func records(_ name: String, assignFields: Bool) throws -> [SeizedRecord] {
        let rows = try lines(name).map(csvCells)
        let header = rows[0]
        func column(_ words: Set<String>) -> Int? { header.firstIndex(where: words.contains) }
        let (n, p, a) = (column(nameHeaders), column(phoneHeaders), column(addressHeaders))
        return rows.dropFirst().enumerated().map { offset, cells in
            SeizedRecord(
                number: offset + 1, cells: cells,
                name: assignFields ? n.map { cells[$0] } : nil,
                phone: assignFields ? p.map { cells[$0] } : nil,
                address: assignFields ? a.map { cells[$0] } : nil,
                seen: cells.joined(separator: ","))
        }
    }

    /// RFC 4180 cells of one line (the fixtures hold no embedded newlines).
    static func csvCells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" { quoted = false } else { cell.append(c) }
            } else if c == "\"" {
                if !cell.isEmpty { cell.append(c) }   // "" inside a quoted cell
                quoted = true
            } else if c == "," {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        cells.append(cell)
        return cells
    }
}
