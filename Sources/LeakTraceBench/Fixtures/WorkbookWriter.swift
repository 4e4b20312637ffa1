import Foundation
import ZIPFoundation

/// A minimal but real .xlsx: content types, relationships, workbook, shared strings and one sheet,
/// deflated with ZIPFoundation, the way Excel lays them out (each part on one line, as Excel writes
/// it: at 100k rows the shared strings are one 11 MB line, which readers must parse in chunks).
///
/// ```swift
/// let bytes = try WorkbookWriter.workbook(header: ["姓名", "联系方式", "地址"], rows: [["张伟", "13800000001", "北京市…"]])
/// ```
enum WorkbookWriter {
    static func workbook(header: [String], rows: [[String]]) throws -> [UInt8] {
        var strings: [String] = []
        var stringIndex: [String: Int] = [:]
        var references = 0
        func shared(_ text: String) -> Int {
            references += 1
            if let index = stringIndex[text] { return index }
            strings.append(text)
            stringIndex[text] = strings.count - 1
            return strings.count - 1
        }
        var sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (offset, cells) in ([header] + rows).enumerated() {
            let row = offset + 1
            sheet += #"<row r="\#(row)">"#
            for (column, text) in cells.enumerated() {
                let reference = "\(columnName(column))\(row)"
                if row > 1, text.count == 11, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    sheet += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
                } else {
                    sheet += #"<c r="\#(reference)" t="s"><v>\#(shared(text))</v></c>"#
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let sst = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(strings.count)">"#
            + strings.map { "<si><t>\(escaped($0))</t></si>" }.joined() + "</sst>"
        let members: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", sst),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in members {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                                 bufferSize: 1 << 20) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return Array(archive.data ?? Data())
    }

    /// Excel's column letters: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Text as element content: markup characters escaped, and the control characters XML 1.0
    /// forbids written as Excel writes them (`_x000B_`), so no cell can make the part ill-formed.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || Self.isForbidden($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case _ where isForbidden(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }
}
