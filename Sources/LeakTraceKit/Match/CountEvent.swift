/// One row as the record counts see it, worked out on any core; `RecordCounter.replay` counts the
/// events in file order, which gives exactly the counts of counting the rows one by one.
///
/// ```swift
/// counter.replay(.person(key: PersonFingerprint.of(phone: 13812345678, name: "张伟"), number: 7, fields: [.name, .phone]), file: "list.csv")
/// ```
enum CountEvent: Sendable, Equatable {
    /// A row that holds a canary.
    case canary
    /// A row with no valid full number (masked, malformed, outside the numbering plan).
    case invalid(number: Int)
    /// A row of a person: unique or a duplicate depending on the rows before it.
    case person(key: UInt64, number: Int, fields: CarriedFields)
}
