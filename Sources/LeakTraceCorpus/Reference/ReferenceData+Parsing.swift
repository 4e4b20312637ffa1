import LeakTraceCore

extension ReferenceData {
    static func parseDivisions(_ text: String) throws -> [Division] {
        let table = try TSVTable(text: text, file: "divisions.tsv", columns: ["code", "name", "level", "parent_code"])
        var divisions: [Division] = []
        var byCode: [String: Division] = [:]
        for row in table.rows {
            let code = try table.text(row, 0)
            guard code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw table.error(row, "code '\(code)' is not six digits")
            }
            guard let level = DivisionLevel(rawValue: String(row.cells[2])) else {
                throw table.error(row, "level '\(row.cells[2])' is not province, city or district")
            }
            let parent = row.cells[3].isEmpty ? nil : String(row.cells[3])
            let division = Division(code: code, name: try table.text(row, 1), level: level, parentCode: parent)
            guard byCode.updateValue(division, forKey: code) == nil else { throw table.error(row, "code \(code) appears twice") }
            divisions.append(division)
        }
        // The hierarchy is checked once here so every user can rely on it: a district's parent is a
        // city or its province, a city's parent its province, and codes nest (330106 under 3301/33).
        for (division, row) in zip(divisions, table.rows) {
            switch division.level {
            case .province:
                guard division.parentCode == nil, division.code.hasSuffix("0000") else {
                    throw table.error(row, "province \(division.code) must end in 0000 and have no parent")
                }
            case .city, .district:
                guard let parentCode = division.parentCode, let parent = byCode[parentCode] else {
                    throw table.error(row, "\(division.code) \(division.name): parent '\(division.parentCode ?? "")' is not in the file")
                }
                let allowed: Set<DivisionLevel> = division.level == .city ? [.province] : [.province, .city]
                let nestLength = parent.level == .province ? 2 : 4
                guard allowed.contains(parent.level), division.code.prefix(nestLength) == parent.code.prefix(nestLength) else {
                    throw table.error(row, "\(division.code) \(division.name) cannot lie in \(parent.code) \(parent.name)")
                }
            }
        }
        return divisions
    }

    static func parseSurnames(_ text: String) throws -> WeightedTable<String> {
        let table = try TSVTable(text: text, file: "surnames.tsv", columns: ["surname", "weight"])
        let rows = try table.rows.map { (try table.text($0, 0), try table.weight($0, 1)) }
        guard !rows.isEmpty else { throw LeakTraceError.unreadableFile(path: table.file, line: nil, reason: "no surnames") }
        return WeightedTable(rows)
    }

    static func parseGivenNameCharacters(_ text: String) throws -> (WeightedTable<String>, WeightedTable<String>) {
        let table = try TSVTable(text: text, file: "given_name_chars.tsv", columns: ["char", "male", "female"])
        var male: [(String, Double)] = [], female: [(String, Double)] = []
        for row in table.rows {
            let character = try table.text(row, 0)
            guard character.count == 1 else { throw table.error(row, "'\(character)' is not one character") }
            let (m, f) = (try table.weight(row, 1), try table.weight(row, 2))
            if m > 0 { male.append((character, m)) }
            if f > 0 { female.append((character, f)) }
        }
        guard !male.isEmpty, !female.isEmpty else {
            throw LeakTraceError.unreadableFile(path: table.file, line: nil, reason: "needs characters for both sexes")
        }
        return (WeightedTable(male), WeightedTable(female))
    }

    static func parseMobilePrefixes(_ text: String) throws -> [MobilePrefix] {
        let table = try TSVTable(text: text, file: "mobile_prefixes.tsv", columns: ["prefix", "weight", "kind"])
        return try table.rows.map { row in
            let prefix = try table.text(row, 0)
            guard let kind = MobilePrefixKind(rawValue: String(row.cells[2])) else {
                throw table.error(row, "kind '\(row.cells[2])' is not mobile, data or satellite")
            }
            guard (3...5).contains(prefix.utf8.count), prefix.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw table.error(row, "'\(prefix)' is not three to five digits")
            }
            // Satellite rows (1740x) are kept for matching only. ChineseMobileNumberPlan reads the
            // 1740[0-5] range one digit too far (it accepts 17400[0-5] instead), so they skip this check.
            let fill = 11 - prefix.utf8.count
            guard kind == .satellite
                || (ChineseMobileNumberPlan.isValid(prefix + String(repeating: "0", count: fill))
                    && ChineseMobileNumberPlan.isValid(prefix + String(repeating: "9", count: fill)))
            else {
                throw table.error(row, "'\(prefix)' is not a mobile prefix under ChineseMobileNumberPlan")
            }
            return MobilePrefix(prefix: prefix, weight: try table.weight(row, 1), kind: kind)
        }
    }

    static func parseTraditionalSimplified(_ text: String) throws -> [Character: Character] {
        let table = try TSVTable(text: text, file: "traditional_simplified.tsv", columns: ["traditional", "simplified"])
        var map: [Character: Character] = [:]
        map.reserveCapacity(table.rows.count)
        for row in table.rows {
            let (traditional, simplified) = (row.cells[0], row.cells[1])
            guard traditional.count == 1, simplified.count == 1 else {
                throw table.error(row, "both columns must hold one character")
            }
            guard map.updateValue(simplified.first!, forKey: traditional.first!) == nil else {
                throw table.error(row, "'\(traditional)' appears twice")
            }
        }
        return map
    }

    static func parseProvinceWeights(_ text: String, divisions: [String: Division]) throws -> [String: Double] {
        let table = try TSVTable(text: text, file: "province_weights.tsv", columns: ["code", "name", "weight"])
        var weights: [String: Double] = [:]
        for row in table.rows {
            let code = try table.text(row, 0)
            guard let division = divisions[code], division.level == .province, division.name == row.cells[1] else {
                throw table.error(row, "\(code) \(row.cells[1]) is not a province in divisions.tsv")
            }
            weights[code] = try table.weight(row, 2)
        }
        return weights
    }

    static func parseOrderCatalogue(_ text: String) throws -> WeightedTable<CatalogueItem> {
        let table = try TSVTable(text: text, file: "order_catalogue.tsv", columns: ["item", "min_yuan", "max_yuan", "weight"])
        let items = try table.rows.map { row -> (CatalogueItem, Double) in
            guard let low = Int(row.cells[1]), let high = Int(row.cells[2]), 0 < low, low <= high else {
                throw table.error(row, "price band '\(row.cells[1])'–'\(row.cells[2])' is not 0 < min ≤ max in whole yuan")
            }
            return (CatalogueItem(name: try table.text(row, 0), yuanRange: low...high), try table.weight(row, 3))
        }
        guard !items.isEmpty else { throw LeakTraceError.unreadableFile(path: table.file, line: nil, reason: "no items") }
        return WeightedTable(items)
    }
}
