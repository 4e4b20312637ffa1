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
public struct RecordCounter: Sendable {
    static let sampleLimit = 10
    private var persons = Set<PersonKey>()
    public private(set) var counts = RecordCounts()

    struct PersonKey: Hashable, Sendable {
        var phone: UInt64
        var name: String
    }

    public init() {}

    public mutating func observe(_ record: SeizedRecord, file: String, isCanary: Bool) {
        counts.rows += 1
        if isCanary {
            counts.canaryRows += 1
            return
        }
        let reference = "\(file):\(record.number)"
        guard let phone = validPhone(in: record) else {
            counts.invalid += 1
            if counts.invalidSamples.count < Self.sampleLimit { counts.invalidSamples.append(reference) }
            return
        }
        let name: String
        switch record.name.flatMap(NameNormalizer.observe) {
        case .full(let full)?: name = full
        default: name = ""
        }
        guard persons.insert(PersonKey(phone: phone, name: name)).inserted else {
            counts.duplicates += 1
            if counts.duplicateSamples.count < Self.sampleLimit { counts.duplicateSamples.append(reference) }
            return
        }
        counts.uniqueValid += 1
        var fields: [String] = []
        if record.name.map({ !$0.isEmpty }) ?? false { fields.append("name") }
        fields.append("phone")
        if record.address.map({ !$0.isEmpty }) ?? false { fields.append("address") }
        if record.cells.count > fields.count { fields.append("other") }
        counts.fieldProfiles[fields.joined(separator: "+"), default: 0] += 1
    }

    private func validPhone(in record: SeizedRecord) -> UInt64? {
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
