import LeakTraceCore

extension ReferenceData {
    static func parsePinyin(_ text: String) throws -> [Character: [String]] {
        let table = try TSVTable(text: text, file: "pinyin.tsv", columns: ["char", "readings"])
        var readings: [Character: [String]] = [:]
        readings.reserveCapacity(table.rows.count)
        for row in table.rows {
            let character = try table.text(row, 0)
            guard character.count == 1, let key = character.first else { throw table.error(row, "'\(character)' is not one character") }
            let list = row.cells[1].split(separator: ",").map(String.init)
            guard !list.isEmpty, list.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }) else {
                throw table.error(row, "readings '\(row.cells[1])' are not lower-case toneless pinyin")
            }
            guard readings.updateValue(list, forKey: key) == nil else { throw table.error(row, "\(character) appears twice") }
        }
        return readings
    }
}
