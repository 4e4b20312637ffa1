import LeakTraceCorpus

/// A delivery address read into its parts: the divisions it names, then street and number,
/// compound, building, unit and room, each as written after normalising (digits for Chinese
/// numerals, simplified characters, `*` for anything hidden).
///
/// The divisions are kept as candidates: an address that names only 南山区 could lie in Shenzhen
/// or in Hegang, and stays both until something else in it decides.
///
/// ```swift
/// let a = AddressParser.parse("北京朝阳建国路88号华贸公寓3#楼2-301")
/// a.province                 // "北京市"
/// a.district                 // "朝阳区"
/// a.text(of: .building)      // "3"
/// a.text(of: .room)          // "301"
/// ```
public struct ParsedAddress: Hashable, Sendable {
    /// The parts below the divisions, in the order an address writes them.
    public enum Part: Int, CaseIterable, Sendable {
        /// 文三路; 漕溪北路; rural 青山镇王家村; 烟袋胡同.
        case street
        /// 100 (号); Shanghai lanes 123弄45; rural 3组15.
        case number
        /// 华星花园, 和平里.
        case compound
        /// 3 (栋, 幢, 座, 号楼, 3#).
        case building
        /// 2 (单元, Tianjin 门).
        case unit
        /// 601 (室, 房, 户, or bare after a unit).
        case room
    }

    /// Indices (in `DivisionGazetteer.standard`) of the most specific divisions the address can
    /// mean; empty when it names none.
    var regions: [Int32] = []
    var parts: [[Unicode.Scalar]?] = Array(repeating: nil, count: Part.allCases.count)
    /// The last part read, when the text stops inside it (no marker after it): a truncated tail.
    var openPart: Part?
    /// The text ends in a run of mask characters (`3栋**`): whatever followed is hidden.
    var hiddenTail = false

    init() {}

    subscript(part: Part) -> [Unicode.Scalar]? {
        get { parts[part.rawValue] }
        set { parts[part.rawValue] = newValue }
    }

    public func text(of part: Part) -> String? {
        parts[part.rawValue].map { scalars in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            return String(text)
        }
    }

    /// Whether the address names any division.
    public var namesDivision: Bool { !regions.isEmpty }

    /// GB/T 2260 codes of the most specific divisions the address can mean, sorted.
    public var divisionCodes: [String] {
        regions.map { DivisionGazetteer.standard.entries[Int($0)].code }.sorted()
    }

    public var province: String? { name(at: .province) }
    public var city: String? { name(at: .city) }
    public var district: String? { name(at: .district) }

    /// The name at a level, when every candidate agrees on it (南山区 stays known even when the city
    /// is not); written or implied by a lower level.
    func name(at level: DivisionLevel) -> String? {
        let g = DivisionGazetteer.standard
        var found: String?
        for region in regions {
            var i = region
            var name: String?
            while i >= 0 {
                if g.entries[Int(i)].level == level { name = g.entries[Int(i)].name; break }
                i = g.entries[Int(i)].parent
            }
            guard let name else { return nil }
            if let found, found != name { return nil }
            found = name
        }
        return found
    }
}
