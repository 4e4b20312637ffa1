/// Minimal but real .xlsx workbooks, written part by part as Excel writes them, so the reader is
/// tested on the structure it meets in seized files: workbook, relationships, shared strings, sheets.
enum XLSXFixture {
    /// A cell as stored: a shared string (by index), an inline string, or a number as written in the XML.
    enum Cell {
        case shared(Int)
        case inline(String)
        case number(String)
    }

    static func contentTypes(sheets: Int) -> String {
        var overrides = ""
        for index in 1...sheets {
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + overrides + "</Types>"
    }

    static func workbook(sheetNames: [String]) -> String {
        var sheets = ""
        for (index, name) in sheetNames.enumerated() {
            sheets += #"<sheet name="\#(name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + sheets + "</sheets></workbook>"
    }

    static func workbookRelationships(sheets: Int) -> String {
        var relations = ""
        for index in 1...sheets {
            relations += #"<Relationship Id="rId\#(index)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        relations += #"<Relationship Id="rId\#(sheets + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + relations + "</Relationships>"
    }

    static func sharedStrings(_ strings: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
            + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
    }

    /// Rows keyed by their Excel row number; cells placed by column letter.
    static func sheet(_ rows: [(row: Int, cells: [(column: String, cell: Cell)])]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for row in rows {
            xml += #"<row r="\#(row.row)">"#
            for (column, cell) in row.cells {
                let reference = "\(column)\(row.row)"
                switch cell {
                case .shared(let index): xml += #"<c r="\#(reference)" t="s"><v>\#(index)</v></c>"#
                case .inline(let text): xml += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
                case .number(let raw): xml += #"<c r="\#(reference)"><v>\#(raw)</v></c>"#
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// A workbook from named sheets (their XML) and a shared-string table.
    static func workbook(sheets: [(name: String, xml: String)], sharedStrings strings: [String]) throws -> [UInt8] {
        var members: [(name: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes(sheets: sheets.count).utf8)),
            ("_rels/.rels", Array(#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)),
            ("xl/workbook.xml", Array(workbook(sheetNames: sheets.map(\.name)).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets: sheets.count).utf8)),
            ("xl/sharedStrings.xml", Array(sharedStrings(strings).utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            members.append(("xl/worksheets/sheet\(index + 1).xml", Array(sheet.xml.utf8)))
        }
        return try ZipFixture.zip(members)
    }
}
