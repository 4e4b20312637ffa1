/// Reads `xl/workbook.xml`: the sheets, in the order the workbook shows them, with their relationship ids.
///
/// ```swift
/// let workbook = WorkbookHandler()
/// try XMLPartParser.parse(bytes, part: "xl/workbook.xml", handler: workbook)
/// workbook.sheets   // [(name: "发货单", sheetID: "1", relationID: "rId1"), …]
/// ```
final class WorkbookHandler: XMLPartHandler {
    struct Sheet: Equatable {
        var name: String
        var sheetID: String
        var relationID: String
    }

    private(set) var sheets: [Sheet] = []
    let shouldStop = false

    func start(_ element: String, attributes: [String: String]) {
        guard element == "sheet" else { return }
        // The relationship id is namespaced (`r:id`), under whatever prefix the writer chose.
        let relation = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append(Sheet(name: attributes["name"] ?? "Sheet\(sheets.count + 1)", sheetID: attributes["sheetId"] ?? "", relationID: relation))
    }

    func end(_ element: String) {}
    func characters(_ text: String) {}
}
