import Foundation
import LeakTraceCore

/// Reads one worksheet part row by row and hands each row to a `TableRecordAssembler`, so records
/// stream out while the sheet is parsed.
///
/// ```swift
/// let rows = SheetRowsHandler(sheet: "Sheet1", sharedStrings: strings, emit: emit)
/// try XMLPartParser.parse(bytes, part: "xl/worksheets/sheet1.xml", handler: rows)
/// try rows.finish()
/// ```
/// Cells are placed by their reference (`C7` is the third column), so sparse rows keep their
/// columns; numbers are written back by `NumberText`, so a phone stored as 1.3812345678E10 reads
/// 13812345678. Records are numbered by the sheet's own row numbers, as Excel shows them.
final class SheetRowsHandler: XMLPartHandler {
    /// The widest sheet Excel allows (column XFD); a reference beyond it is damage, not data.
    static let maxColumns = 16_384

    let sheet: String
    private let sharedStrings: [String]
    private let emit: (SeizedRecord) throws -> Void
    private var table = TableRecordAssembler(header: nil, headerInData: true)

    /// The error `emit` threw, which ends the read.
    private(set) var emitError: Error?
    /// Cells that could not be placed or resolved (a bad reference, a shared-string index out of range).
    private(set) var badCells = 0
    /// The last row number seen, so damage can be located.
    private(set) var lastRow = 0
    var emitted: Int { table.emitted }
    var shouldStop: Bool { emitError != nil }

    private var cells: [String] = []
    private var column = 0
    private var cellType = ""
    private var value = ""
    private var inlineText = ""
    private var capture: Capture = .none
    private var phoneticDepth = 0

    private enum Capture { case none, value, inline }

    init(sheet: String, sharedStrings: [String], emit: @escaping (SeizedRecord) throws -> Void) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.emit = emit
    }

    func start(_ element: String, attributes: [String: String]) {
        switch element {
        case "row":
            lastRow = attributes["r"].flatMap { Int($0) } ?? lastRow + 1
            cells.removeAll(keepingCapacity: true)
            column = 0
        case "c":
            column = attributes["r"].flatMap(Self.column(ofReference:)) ?? column
            cellType = attributes["t"] ?? "n"
            value = ""
            inlineText = ""
        case "v": capture = .value
        case "t" where phoneticDepth == 0: capture = cellType == "inlineStr" ? .inline : capture
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func end(_ element: String) {
        switch element {
        case "v", "t": capture = .none
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        case "c":
            place(resolved())
            column += 1
        case "row":
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            guard !cells.isEmpty else { return }
            let seen = "\(sheet)!\(lastRow): " + cells.joined(separator: " | ")
            do {
                try table.add(number: lastRow, cells: cells, seen: seen, emit: emit)
            } catch {
                emitError = error
            }
        default: break
        }
    }

    func characters(_ text: String) {
        switch capture {
        case .value: value += text
        case .inline: inlineText += text
        case .none: break
        }
    }

    /// Releases the rows still held for column detection.
    func finish() throws {
        if let emitError { throw emitError }
        try table.finish(emit: emit)
    }

    private func resolved() -> String {
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                if !value.isEmpty { badCells += 1 }
                return ""
            }
            return sharedStrings[index]
        case "inlineStr": return inlineText
        case "n": return NumberText.render(value.trimmingCharacters(in: .whitespaces))
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default: return value   // "str" (formula text), "e" (error), "d" (ISO date)
        }
    }

    private func place(_ text: String) {
        guard column < Self.maxColumns else {
            badCells += 1
            return
        }
        guard !text.isEmpty else { return }
        if cells.count <= column { cells.append(contentsOf: repeatElement("", count: column - cells.count + 1)) }
        cells[column] = text
    }

    /// `AB12` → 27 (0-based); nil for a reference without column letters.
    static func column(ofReference reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): index = index * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): index = index * 26 + Int(byte - UInt8(ascii: "a")) + 1
            default:
                return letters > 0 ? index - 1 : nil
            }
            letters += 1
            if letters > 3 { return maxColumns }   // beyond XFD
        }
        return letters > 0 ? index - 1 : nil
    }
}
