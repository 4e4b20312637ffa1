/// Reads an address into `ParsedAddress`: the leading division names (full or short, any of them
/// left out), then numbered parts by the marker after each number, the text between numbers
/// becoming the street or the compound.
///
/// What it undoes: missing province or city (杭州市西湖区…, 西湖区…); abbreviations (北京朝阳,
/// 浙江杭州); 栋/幢/座/号楼/`3#楼`; `3-2-301` and `2-301`; Chinese numerals (三单元, 二〇一室);
/// traditional characters; masks (`**` for a hidden unit or room, `**路`); tails cut off mid-part;
/// labels and free text around the address. An ambiguous district is narrowed by the divisions
/// written before it and otherwise kept ambiguous, never guessed.
///
/// ```swift
/// let a = AddressParser.parse("浙江杭州西湖区文三路100号华星花园三栋二单元六〇一室")
/// a.city                   // "杭州市"
/// a.text(of: .compound)    // "华星花园"
/// a.text(of: .unit)        // "2"
/// AddressParser.parse("南山区科技路1号").divisionCodes   // ["230404", "440305"]: Hegang or Shenzhen
/// ```
public enum AddressParser {
    public static func parse(_ text: String) -> ParsedAddress {
        let s = AddressNormalizer.normalizedScalars(text)
        // A chain of full names at the start (浙江省杭州市西湖区) is read as `readRegion` would read it.
        guard let chain = DivisionChains.standard.chain(startingWith: text) else { return parse(normalized: s) }
        var result = ParsedAddress()
        result.regions = chain.regions
        readParts(s, from: chain.length, into: &result)
        return result
    }

    /// Labels that precede an address in exports and chat lines.
    static let labels: [[Unicode.Scalar]] = ["收货地址", "详细地址", "收件地址", "送货地址", "配送地址", "地址", "住址"]
        .map { Array($0.unicodeScalars) }

    static func parse(normalized s: [Unicode.Scalar], gazetteer: DivisionGazetteer = .standard) -> ParsedAddress {
        var result = ParsedAddress()
        let start = labelEnd(s)
        var (regions, end) = readRegion(s, from: start, gazetteer)
        if regions.isEmpty {
            // Free text (a whole row in one cell): the address starts at the first division written
            // in full, or a province's short name.
            var i = start + 1
            while i + 1 < s.count {
                let (found, after) = readRegion(s, from: i, gazetteer, fullNamesOnly: true)
                if !found.isEmpty {
                    (regions, end) = (found, after)
                    break
                }
                i += 1
            }
        }
        result.regions = regions
        readParts(s, from: regions.isEmpty ? start : end, into: &result)
        return result
    }

    /// Where the text after a leading label (地址：…) starts; 0 without one.
    static func labelEnd(_ s: [Unicode.Scalar]) -> Int {
        labels.first { s.count > $0.count && s.starts(with: $0) }?.count ?? 0
    }

    // MARK: Divisions

    /// Short names must not run into a road or compound word: 中山路 is a road, not 中山市.
    @inline(__always)
    static func isPlaceWordStart(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "路", "街", "道", "巷", "弄", "胡", "村", "镇", "乡", "里", "苑", "园", "号", "栋", "幢": true
        default: false
        }
    }

    /// Up to three division names in a row, each inside the one before; returns the candidates for
    /// the most specific and where the names end. `step` hears where each name it takes starts.
    static func readRegion(
        _ s: [Unicode.Scalar], from start: Int, _ g: DivisionGazetteer, fullNamesOnly: Bool = false,
        step: ((Int) -> Void)? = nil
    ) -> ([Int32], Int) {
        var current: [Int32] = []
        var p = start
        for _ in 0..<3 {
            var advanced = false
            g.forEachName(in: s, at: p) { length, divisions in
                let next = p + length
                let runsOn = next < s.count && isPlaceWordStart(s[next])
                var candidates: [Int32] = []
                for (d, full) in divisions {
                    if !full && (runsOn || (fullNamesOnly && current.isEmpty && g.entries[Int(d)].level != .province)) { continue }
                    if fullNamesOnly && current.isEmpty && full && runsOn { continue }
                    if current.isEmpty || current.contains(where: { $0 != d && g.isWithin(Int(d), Int($0)) }) {
                        candidates.append(d)
                    }
                }
                guard !candidates.isEmpty else { return false }
                step?(p)
                current = candidates
                p = next
                advanced = true
                return true
            }
            if !advanced { break }
        }
        return (current, p)
    }

    // MARK: Parts

    enum Marker {
        case number, lane, group, building, unit, room, floor, dash
    }

    /// The marker at `i` and its length.
    static func marker(_ s: [Unicode.Scalar], _ i: Int) -> (Marker, Int)? {
        guard i < s.count else { return nil }
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        switch s[i] {
        case "号": return next == "楼" ? (.building, 2) : (.number, 1)
        case "#": return next == "楼" ? (.building, 2) : (.building, 1)
        case "栋", "幢", "座": return (.building, 1)
        case "单": return next == "元" ? (.unit, 2) : nil
        case "门": return (.unit, 1)
        case "室", "房", "户": return (.room, 1)
        case "弄": return (.lane, 1)
        case "组": return (.group, 1)
        case "层", "楼": return (.floor, 1)
        case "-": return (.dash, 1)
        default: return nil
        }
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always)
    static func isNumberScalar(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || c == "*" || (c.value >= 0x41 && c.value <= 0x5A)
    }

    /// A run longer than this that holds a digit is a phone or an order number: the address is over.
    static let longestNumber = 6

    /// Where the number starting at `i` ends. Once spaces are gone a room can run into a waybill
    /// number written after it (703 YT2339… → 703YT2339…): a long run that starts with a short
    /// number and goes on in letters ends with that number.
    static func numberRunEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count, isNumberScalar(s[j]) { j += 1 }
        guard j - i > longestNumber else { return j }
        var k = i
        while k < j, isDigit(s[k]) || s[k] == "*" { k += 1 }
        return k > i && k - i <= longestNumber && k < j ? k : j
    }

    private static func readParts(_ s: [Unicode.Scalar], from start: Int, into a: inout ParsedAddress) {
        var pending: [Unicode.Scalar] = []
        var lane: ArraySlice<Unicode.Scalar>?
        var group: ArraySlice<Unicode.Scalar>?
        var i = start

        func takeStreet() {
            if a[.street] == nil, !pending.isEmpty { a[.street] = pending }
            pending.removeAll()
        }
        func takeCompound() {
            if !pending.isEmpty, a[.compound] == nil { a[.compound] = pending }
            pending.removeAll()
        }

        scan: while i < s.count {
            let c = s[i]
            guard isNumberScalar(c) else {
                pending.append(c)
                i += 1
                continue
            }
            let j = numberRunEnd(s, from: i)
            let run = s[i..<j]
            let hasDigit = run.contains(where: isDigit)
            if hasDigit, run.count > longestNumber { break }
            guard let (kind, length) = marker(s, j), hasDigit || run.contains("*") || kind == .building || kind == .unit else {
                // No marker: a mask, a name's letters, or a bare number.
                if !hasDigit {
                    if j == s.count, run.allSatisfy({ $0 == "*" }) {
                        a.hiddenTail = true
                        break scan
                    }
                    pending.append(contentsOf: run)
                } else if a[.building] != nil || a[.unit] != nil {
                    a[.room] = Array(run)   // Tianjin's 2门401, or 3栋2单元601 without 室
                    if j == s.count { a.openPart = .room }
                    break scan
                } else if a[.number] == nil, a[.street] != nil || !pending.isEmpty {
                    takeStreet()
                    a[.number] = Array(run)
                    if j == s.count { a.openPart = .number }
                } else {
                    pending.append(contentsOf: run)
                }
                i = j
                continue
            }
            i = j + length
            switch kind {
            case .number:
                if let l = lane {
                    a[.number] = Array(l) + ["弄"] + Array(run)
                    lane = nil
                } else if let g = group {
                    a[.number] = Array(g) + ["组"] + Array(run)
                    group = nil
                } else if a[.number] == nil {
                    takeStreet()
                    a[.number] = Array(run)
                } else if a[.building] == nil {
                    takeCompound()   // 12号院3号: a second 号 numbers a building
                    a[.building] = Array(run)
                }
                pending.removeAll()
            case .lane:
                takeStreet()
                lane = run
            case .group:
                takeStreet()
                group = run
            case .building:
                takeCompound()
                a[.building] = Array(run)
            case .unit:
                takeCompound()
                a[.unit] = Array(run)
            case .room:
                a[.room] = Array(run)
                break scan
            case .floor:
                pending.removeAll()
            case .dash:
                var numbers = [run]
                var k = i
                while k < s.count {
                    let e = numberRunEnd(s, from: k)
                    guard e > k else { break }
                    numbers.append(s[k..<e])
                    k = e
                    guard k < s.count, s[k] == "-" else { break }
                    k += 1
                }
                i = k
                let after = marker(s, k)
                if after?.0 == .number, a[.number] == nil {
                    // 100-1号: a sub-number, not a building and room.
                    takeStreet()
                    a[.number] = Array(numbers.joined(separator: ["-"]))
                    i = k + 1
                    continue
                }
                takeCompound()
                switch numbers.count {
                case 1:
                    a[.room] = Array(numbers[0])
                case 2 where a[.building] != nil:
                    a[.unit] = Array(numbers[0])
                    a[.room] = Array(numbers[1])
                case 2:
                    a[.building] = Array(numbers[0])
                    a[.room] = Array(numbers[1])
                default:
                    a[.building] = Array(numbers[0])
                    a[.unit] = Array(numbers[1])
                    a[.room] = Array(numbers[numbers.count - 1])
                }
                if k == s.count, after == nil { a.openPart = .room }
                break scan
            }
        }
        // Text left at the end: a street or compound cut off before its number.
        guard !pending.isEmpty else { return }
        if a[.street] == nil, a[.number] == nil, a[.compound] == nil, a[.building] == nil {
            a[.street] = pending
            a.openPart = .street
        } else if a[.compound] == nil, a[.building] == nil, a[.unit] == nil, a[.room] == nil {
            a[.compound] = pending
            a.openPart = .compound
        }
    }
}
