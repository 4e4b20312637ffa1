import LeakTraceCore
import LeakTraceMatching

/// Counts a seized list's records as the 2017 SPC/SPP interpretation is applied: valid phone,
/// de-duplicated by person, duplicates and invalid rows apart, canaries apart.
///
/// ```swift
/// var counter = RecordCounter()
/// counter.observe(record, file: "list.csv", isCanary: false)
/// counter.counts   // RecordCounts
/// ```
/// A person is a valid mobile number together with the normalised name (a shared family number
/// serves several people); a row with a masked or malformed number cannot be counted as valid.
/// Persons are kept as 64-bit fingerprints (`PersonFingerprint`), so ten million rows cost about
/// 128 MiB of set, not gigabytes of strings.
public struct RecordCounter: Sendable {
    static let sampleLimit = 10
    private var persons = Set<UInt64>()
    /// Each counted person's fields, as the row that counted them carried them; kept only when asked
    /// for (nil otherwise), so a single run pays nothing for what only a shard hands on.
    public private(set) var firstFields: [UInt64: CarriedFields]?
    public private(set) var counts = RecordCounts()

    public init() {}

    /// A counter that also keeps `firstFields`, which `merge` needs to de-duplicate persons across
    /// the pieces of a list: a person first seen in an earlier piece is a duplicate in a later one,
    /// and the fields counted for them must be taken back from the later piece's totals.
    public init(keepingFirstFields: Bool) {
        firstFields = keepingFirstFields ? [:] : nil
    }

    public mutating func observe(_ record: SeizedRecord, file: String, isCanary: Bool) {
        counts.rows += 1
        if isCanary {
            counts.canaryRows += 1
            return
        }
        guard let phone = Self.validPhone(in: record) else {
            noteInvalid(file: file, number: record.number)
            return
        }
        let nameHash = Self.normalizedNameHash(record.name)
        notePerson(PersonFingerprint.of(phone: phone, nameHash: nameHash), file: file, number: record.number,
                   fields: CarriedFields(record))
    }

    /// The same count for a non-canary row read as bytes, whose phone cell held exactly the eleven
    /// digits of `phone` (a full number, so `PhoneNormalizer` reads it unchanged). `fields` is only
    /// worked out for a new person.
    mutating func observeFullNumber(
        _ phone: UInt64, isValid: Bool, nameHash: @autoclosure () -> UInt64, file: String, number: Int,
        fields: @autoclosure () -> CarriedFields
    ) {
        counts.rows += 1
        guard isValid else {
            noteInvalid(file: file, number: number)
            return
        }
        notePerson(PersonFingerprint.of(phone: phone, nameHash: nameHash()), file: file, number: number, fields: fields())
    }

    /// The same count for a non-canary row whose phone cell reads as no full number (masked).
    mutating func observeWithoutFullNumber(file: String, number: Int) {
        counts.rows += 1
        noteInvalid(file: file, number: number)
    }

    /// FNV-1a of the name as `NameNormalizer` reads it ("" when it reads no full name).
    static func normalizedNameHash(_ name: String?) -> UInt64 {
        switch name.flatMap(NameNormalizer.observe) {
        case .full(let full)?: PersonFingerprint.hash(full.utf8)
        default: PersonFingerprint.hash(EmptyCollection<UInt8>())
        }
    }

    /// Counts a row worked out elsewhere (`CountLog`), exactly as observing it here would; events
    /// must come in file order.
    mutating func replay(_ event: CountEvent, file: String) {
        counts.rows += 1
        switch event {
        case .canary: counts.canaryRows += 1
        case .invalid(let number): noteInvalid(file: file, number: number)
        case .person(let key, let number, let fields): notePerson(key, file: file, number: number, fields: fields)
        }
    }

    private mutating func noteInvalid(file: String, number: Int) {
        counts.invalid += 1
        if counts.invalidSamples.count < Self.sampleLimit { counts.invalidSamples.append("\(file):\(number)") }
    }

    private mutating func notePerson(
        _ key: UInt64, file: String, number: Int, fields: @autoclosure () -> CarriedFields
    ) {
        guard persons.insert(key).inserted else {
            counts.duplicates += 1
            if counts.duplicateSamples.count < Self.sampleLimit { counts.duplicateSamples.append("\(file):\(number)") }
            return
        }
        counts.uniqueValid += 1
        let carried = fields()
        // Optional chaining writes in place when kept and is a single test on new persons when not.
        firstFields?[key] = carried
        counts.fieldProfiles[carried.profile, default: 0] += 1
        var totals = counts.fieldCounts ?? RecordFieldCounts()
        if carried.contains(.name) { totals.name += 1 }
        if carried.contains(.phone) { totals.phone += 1 }
        if carried.contains(.address) { totals.address += 1 }
        if carried.contains(.idNumber) { totals.idNumber += 1 }
        if carried.contains(.order) { totals.order += 1 }
        counts.fieldCounts = totals
    }

    static func validPhone(in record: SeizedRecord) -> UInt64? {
        let observations: [PhoneObservation]
        if let phone = record.phone {
            observations = PhoneNormalizer.observe(phone).map { [$0] } ?? []
        } else {
            observations = record.cells.flatMap { PhoneNormalizer.observations(inText: $0) }
        }
        for case .full(let digits) in observations where ChineseMobileNumberPlan.isValid(digits) {
            return UInt64(digits)
        }
        return nil
    }
}
