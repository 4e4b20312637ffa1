/// A batch matched on some core: its rows' count events and the verdicts of the records that
/// found something, both in file order, for the reading thread to fold into the case in order.
///
/// ```swift
/// for event in outcome.events { counter.replay(event, file: path) }
/// for verdict in outcome.verdicts { take(verdict) }
/// ```
struct BatchOutcome: Sendable {
    var events: [CountEvent]
    var verdicts: [RecordVerdict]
}
