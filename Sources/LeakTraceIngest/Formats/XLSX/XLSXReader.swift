import LeakTraceCore

/// Reads Excel workbooks (.xlsx): every sheet, shared and inline strings, numbers stored as numbers.
///
/// The workbook is opened with ZIPFoundation and each XML part parsed with Foundation's `XMLParser`
/// while it is inflated (`PartInflater`), so no part is ever whole in memory: only the shared
/// strings table, which cells index at random, is kept. Parts are inflated within the input's
/// `ExpansionLimits`, so a zip bomb stops with a one-line error, and any part declaring a DTD or
/// entities is refused. Each sheet is its own table: its own
/// header row (recognised by `ColumnRoles`), its own column roles, its rows numbered as Excel
/// numbers them, and its name at the start of each record's `seen` (`发货单!7: 张伟 | 13800000001`).
///
/// ```swift
/// let (records, summary) = try XLSXReader().readAll(ReaderInput(path: "list.xlsx", bytes: bytes))
/// records[0].phone    // "13812345678", though the cell held 1.3812345678E10
/// records[0].seen     // "Sheet1!2: 张伟 | 13812345678 | 浙江省杭州市…"
/// ```
/// A sheet whose XML breaks off keeps the rows read before the break and counts one `malformed`
/// row; a file that is no workbook at all (truncated zip, encrypted or legacy .xls) throws.
public struct XLSXReader: FormatReader {
    public static let format = "xlsx"

    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// OLE2 compound files: legacy .xls, and password-protected .xlsx (an `EncryptedPackage` stream).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let workbookExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm"]

    public init() {}

    public static func confidence(for sample: FileSample) -> Double {
        let named = workbookExtensions.contains(sample.pathExtension)
        if sample.head.starts(with: zipSignature) {
            if named { return 0.95 }
            // Local headers carry member names, so a renamed workbook shows its parts in the first bytes.
            return contains(sample.head, Array("xl/".utf8)) ? 0.9 : 0
        }
        if sample.head.starts(with: compoundFileSignature) {
            return named || sample.pathExtension == "xls" ? 0.9 : 0
        }
        // A binary file named .xlsx gets this reader's specific error rather than "not a known format".
        return named && sample.looksBinary ? 0.05 : 0
    }

    public func read(_ input: ReaderInput, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        func failure(_ reason: String) -> LeakTraceError {
            LeakTraceError.unreadableFile(path: input.path, line: nil, reason: reason)
        }
        if input.bytes.starts(with: Self.compoundFileSignature) {
            throw failure(Self.contains(input.bytes, Self.encryptedPackageName)
                ? "password-protected (encrypted) workbook; it cannot be read without the password"
                : "legacy binary workbook (.xls); save it as .xlsx to read it")
        }
        guard input.bytes.starts(with: Self.zipSignature) else { throw failure("not an xlsx workbook (no zip signature)") }
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes: input.bytes, label: input.path)
        } catch {
            throw failure("not a readable xlsx workbook: the zip is truncated or damaged")
        }
        var budget = ExpansionBudget(limits: input.limits, containerBytes: input.bytes.count)
        let inflater = try PartInflater(bytes: input.bytes, label: input.path)

        func parse(_ name: String, _ handler: XMLPartHandler) throws {
            guard let member = archive.member(named: name) else { return }
            do {
                try inflater.parse(member, budget: &budget) { try XMLPartParser.parse($0, part: name, handler: handler) }
            } catch let parseFailure as XMLPartParser.Failure {
                throw LeakTraceError.unreadableFile(path: input.path, line: nil, reason: parseFailure.message + " at line \(parseFailure.line)")
            }
        }

        let sheets = try locateSheets(in: archive, parse: parse)
        guard !sheets.isEmpty else { throw failure("not an xlsx workbook: it has no worksheets") }
        let strings = SharedStringsHandler()
        try parse("xl/sharedStrings.xml", strings)

        var summary = ReadSummary(format: Self.format, encoding: .utf8)
        try withoutActuallyEscaping(emit) { emit in
            for sheet in sheets {
                guard let member = archive.member(named: sheet.part) else {
                    summary.skip(.malformed, line: 0)   // the workbook names a sheet the file lacks
                    continue
                }
                let rows = SheetRowsHandler(sheet: sheet.name, sharedStrings: strings.strings, emit: emit)
                do {
                    try inflater.parse(member, budget: &budget) { try XMLPartParser.parse($0, part: sheet.part, handler: rows) }
                } catch let parseFailure as XMLPartParser.Failure {
                    // A DTD is an attack on the reader, not damage: refuse the file outright.
                    if parseFailure.isRefusal {
                        throw failure(parseFailure.message)
                    }
                    summary.skip(.malformed, line: rows.lastRow + 1)
                }
                try rows.finish()
                summary.records += rows.emitted
            }
        }
        return summary
    }

    /// The worksheets in workbook order, each with the zip member holding it.
    private func locateSheets(in archive: ZipArchive, parse: (String, XMLPartHandler) throws -> Void) throws -> [(name: String, part: String)] {
        let workbookPart = "xl/workbook.xml"
        let workbook = WorkbookHandler()
        try parse(workbookPart, workbook)
        let relations = RelationshipsHandler()
        try parse("xl/_rels/workbook.xml.rels", relations)
        var sheets: [(name: String, part: String)] = []
        for sheet in workbook.sheets {
            if let relation = relations.targets[sheet.relationID] {
                guard relation.type.isEmpty || relation.type.hasSuffix("/worksheet") else { continue }   // chart sheets hold no rows
                sheets.append((sheet.name, RelationshipsHandler.resolve(relation.target, from: "xl")))
            } else if archive.member(named: "xl/worksheets/sheet\(sheet.sheetID).xml") != nil {
                sheets.append((sheet.name, "xl/worksheets/sheet\(sheet.sheetID).xml"))
            }
        }
        if sheets.isEmpty {
            // No usable workbook part: every worksheet part, in name order, named after its file.
            for member in archive.members where member.name.hasPrefix("xl/worksheets/") && member.name.hasSuffix(".xml")
                && !member.name.dropFirst("xl/worksheets/".count).contains("/")
            {
                let file = member.name.dropFirst("xl/worksheets/".count).dropLast(4)
                sheets.append((String(file), member.name))
            }
        }
        return sheets
    }

    static let encryptedPackageName: [UInt8] = Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
