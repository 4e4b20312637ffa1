import LeakTraceCore
import LeakTraceIngest
import LeakTraceMatching

/// The byte-level prefilter in front of the matcher: a row whose phone cell is exactly a full
/// mobile number that no canary has is counted and dismissed without a single `String`.
///
/// ```swift
/// var triage = RowTriage(index: index, file: "list.csv")
/// try DelimitedStream().read(path: "list.csv", observe: { _ in },
///                            dismiss: { triage.dismiss($0, counter: &counter) }, emit: { record in … })
/// ```
/// It dismisses exactly the rows `RecordMatcher` would dismiss after its first lookup (a full
/// number, `1[3-9]` and nine more digits, not planted), and counts them as `RecordCounter.observe`
/// would: every other row (masked, reformatted, quoted, a canary's number) goes the full way.
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

    mutating func dismiss(_ row: DelimitedRow, counter: inout RecordCounter) -> Bool {
        guard let column = row.roles.phone, let cell = row.plainBytes(at: column), cell.count == 11 else { return false }
        var number: UInt64 = 0
        var masks = 0
        for byte in cell {
            let digit = byte &- 0x30
            if digit < 10 {
                number = number &* 10 &+ UInt64(digit)
            } else if byte == 0x2A {
                masks += 1
            } else {
                return false
            }
        }
        if masks > 0 { return dismissMasked(row, cell: cell, counter: &counter) }
        // `PhoneNormalizer` reads eleven digits as a full number only as 1[3-9]…; anything else goes the full way.
        guard cell[0] == 0x31, cell[1] >= 0x33 else { return false }
        guard !index.hasPlantedPhone(number) else { return false }

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
        return true
    }

    /// A waybill-masked number (`138****5678`): the matcher looks for canaries compatible with the
    /// visible digits and, the phone not being full, for a planted name; with neither, it finds
    /// nothing, and the counter counts the row as invalid (no full number).
    private mutating func dismissMasked(_ row: DelimitedRow, cell: UnsafeBufferPointer<UInt8>, counter: inout RecordCounter) -> Bool {
        // Without a name cell the matcher reads names from every cell: that row goes the full way.
        guard let nameColumn = row.roles.name, Self.hasValue(row, nameColumn) else { return false }
        guard let observation = PhoneNormalizer.observe(String(decoding: cell, as: UTF8.self)), case .masked = observation,
              !index.hasCandidates(forMasked: observation)
        else { return false }
        guard !names.lookup(row, column: nameColumn).isPlanted else { return false }
        counter.observeWithoutFullNumber(file: file, number: row.number)
        return true
    }

    private static func hasValue(_ row: DelimitedRow, _ column: Int) -> Bool {
        if let bytes = row.plainBytes(at: column) { return !bytes.isEmpty }
        return column < row.cellCount && !row.value(at: column).isEmpty
    }
}
