import LeakTraceCore

/// What counting a list's records needs of a counter: `RecordCounter` counts at once; `CountLog`
/// works out each row's person on another core and leaves the counting, which depends on the
/// rows before it (first sighting or duplicate), to be replayed in file order.
///
/// ```swift
/// func count<C: RecordCounting>(_ records: [SeizedRecord], into counter: inout C) {
///     for record in records { counter.observe(record, file: "list.csv", isCanary: false) }
/// }
/// ```
protocol RecordCounting {
    mutating func observe(_ record: SeizedRecord, file: String, isCanary: Bool)
    /// A non-canary row whose phone cell reads as the full number `phone`.
    mutating func observeFullNumber(
        _ phone: UInt64, isValid: Bool, nameHash: @autoclosure () -> UInt64, file: String, number: Int,
        fields: @autoclosure () -> CarriedFields)
    /// A non-canary row whose phone cell reads as no full number.
    mutating func observeWithoutFullNumber(file: String, number: Int)
}

extension RecordCounter: RecordCounting {}
