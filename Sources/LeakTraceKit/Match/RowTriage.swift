import LeakTraceCore
import LeakTraceIngest
import LeakTraceMatching

/// The byte-level prefilter in front of the matcher: a row whose phone cell is exactly a full
/// mobile number that no canary has is counted and dismissed without a single `String`; one whose
/// cell writes such a number another way (`+86 138 1234 5678`) costs one `PhoneNormalizer` read.
///
/// ```swift
/// var triage = RowTriage(index: index, file: "list.csv")
/// try DelimitedStream().read(path: "list.csv", observe: { _ in },
///                            dismiss: { triage.dismiss($0, counter: &counter) }, emit: { record in … })
/// ```
/// It dismisses exactly the rows `RecordMatcher` would dismiss after its first lookup (a full
/// number, `1[3-9]` and nine more digits, not planted), and counts them as `RecordCounter.observe`
/// would; also masked numbers no canary is compatible with beside a name that is no planted name.
/// Every other row (quoted, a canary's number, a masked number some canary fits) goes the full way.
struct RowTriage {
    let index: CanaryIndex
    let file: String
    /// Validity of a number by its first five digits (all `ChineseMobileNumberPlan.isValid` looks
    /// at): -1 not asked yet, 0 invalid, 1 valid.
    private var validByPrefix = [Int8](repeating: -1, count: 100_000)
    private var names: NameHashCache

    init(index: CanaryIndex, file: String) {
        self.index = index
        self.file = file
        self.names = NameHashCache(index: index)
    }

    mutating func dismiss<Row: RowCells, Counter: RecordCounting>(_ row: Row, counter: inout Counter) -> Bool {
        guard let column = row.roles.phone, let cell = row.plainBytes(at: column) else { return false }
        guard cell.count == 11 else { return dismissReformatted(row, cell: cell, counter: &counter) }
        var number: UInt64 = 0
        var masks = 0
        for byte in cell {
            let digit = byte &- 0x30
            if digit < 10 {
                number = number &* 10 &+ UInt64(digit)
            } else if byte == 0x2A {
                masks += 1
            } else {
                return dismissReformatted(row, cell: cell, counter: &counter)
            }
        }
        if masks > 0 { return dismissMasked(row, cell: cell, counter: &counter) }
        // `PhoneNormalizer` reads eleven digits as a full number only as 1[3-9]…; anything else goes the full way.
        guard cell[0] == 0x31, cell[1] >= 0x33 else { return false }
        guard !index.hasPlantedPhone(number) else { return false }
        countFullNumber(number, row, counter: &counter)
        return true
    }

    /// A full number written another way (`+86 138 1234 5678`, `138-1234-5678`, `8613812345678`,
    /// full-width digits): about one row in nine of a real list. `PhoneNormalizer` reads the cell
    /// exactly as the matcher and the counter would read `record.phone`; when that is a full number
    /// no canary has, the matcher stops at its first lookup, so the row is counted here instead of
    /// costing a `SeizedRecord`, a name and address parse and a `String` count (≈ 150 k instructions).
    private mutating func dismissReformatted<Row: RowCells, Counter: RecordCounting>(_ row: Row, cell: UnsafeBufferPointer<UInt8>, counter: inout Counter) -> Bool {
        // Longer cells are free text with a number in it, not a phone written another way.
        guard cell.count > 11, cell.count <= 48 else { return false }
        guard case .full(let digits)? = PhoneNormalizer.observe(String(decoding: cell, as: UTF8.self)),
              digits.utf8.count == 11, digits.utf8.allSatisfy({ $0 &- 0x30 < 10 }), let number = UInt64(digits),
              !index.hasPlantedPhone(number)
        else { return false }
        countFullNumber(number, row, counter: &counter)
        return true
    }

    /// Counts a non-canary row whose phone reads as the full number `number`, as `RecordCounter.observe` would.
    private mutating func countFullNumber<Row: RowCells, Counter: RecordCounting>(_ number: UInt64, _ row: Row, counter: inout Counter) {
        let prefix = Int(number / 1_000_000)
        if validByPrefix[prefix] < 0 {
            let digits = String(number)
            validByPrefix[prefix] = ChineseMobileNumberPlan.isValid(digits) ? 1 : 0
        }
        let nameColumn = row.roles.name
        let hasName = nameColumn.map { Self.hasValue(row, $0) } ?? false
        counter.observeFullNumber(
            number, isValid: validByPrefix[prefix] == 1, nameHash: hasName ? names.hash(row, column: nameColumn!) : RecordCounter.normalizedNameHash(nil),
            file: file, number: row.number, fields: CarriedFields(row))
    }

    /// A waybill-masked number (`138****5678`): the matcher looks for canaries compatible with the
    /// visible digits and, the phone not being full, for a planted name; with neither, it finds
    /// nothing, and the counter counts the row as invalid (no full number).
    private mutating func dismissMasked<Row: RowCells, Counter: RecordCounting>(_ row: Row, cell: UnsafeBufferPointer<UInt8>, counter: inout Counter) -> Bool {
        // Without a name cell the matcher reads names from every cell: that row goes the full way.
        guard let nameColumn = row.roles.name, Self.hasValue(row, nameColumn) else { return false }
        guard let observation = PhoneNormalizer.observe(String(decoding: cell, as: UTF8.self)), case .masked = observation,
              !index.hasCandidates(forMasked: observation)
        else { return false }
        guard !names.isPlanted(row, column: nameColumn) else { return false }
        counter.observeWithoutFullNumber(file: file, number: row.number)
        return true
    }

    private static func hasValue<Row: RowCells>(_ row: Row, _ column: Int) -> Bool {
        if let bytes = row.plainBytes(at: column) { return !bytes.isEmpty }
        return column < row.cellCount && !row.value(at: column).isEmpty
    }
}
