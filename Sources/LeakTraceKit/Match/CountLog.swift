import LeakTraceCore

/// A `RecordCounting` that only records: the costly part of counting a row (reading its phone and
/// name, the fields it carries) runs on the core that matched it, and the events are replayed into
/// the one `RecordCounter` in file order (`RecordCounter.replay`).
///
/// ```swift
/// var log = CountLog()
/// log.observe(record, file: "list.csv", isCanary: false)
/// for event in log.events { counter.replay(event, file: "list.csv") }
/// ```
struct CountLog: RecordCounting, Sendable {
    private(set) var events: [CountEvent] = []

    init(capacity: Int = 0) {
        events.reserveCapacity(capacity)
    }

    mutating func observe(_ record: SeizedRecord, file: String, isCanary: Bool) {
        if isCanary {
            events.append(.canary)
        } else if let phone = RecordCounter.validPhone(in: record) {
            let key = PersonFingerprint.of(phone: phone, nameHash: RecordCounter.normalizedNameHash(record.name))
            events.append(.person(key: key, number: record.number, fields: CarriedFields(record)))
        } else {
            events.append(.invalid(number: record.number))
        }
    }

    mutating func observeFullNumber(
        _ phone: UInt64, isValid: Bool, nameHash: @autoclosure () -> UInt64, file: String, number: Int,
        fields: @autoclosure () -> CarriedFields
    ) {
        // The fields are worked out for every valid row, not only a new person's: which rows are new
        // is only known once the rows before are counted. They are the same either way.
        events.append(isValid ? .person(key: PersonFingerprint.of(phone: phone, nameHash: nameHash()), number: number, fields: fields())
                              : .invalid(number: number))
    }

    mutating func observeWithoutFullNumber(file: String, number: Int) {
        events.append(.invalid(number: number))
    }
}
