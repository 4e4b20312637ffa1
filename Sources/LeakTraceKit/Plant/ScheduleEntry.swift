import Foundation
import LeakTraceCore

/// One line of a playbook's `schedule:`: where to plant, how many, and when.
///
/// ```yaml
/// schedule:
///   - entity: branch-1            # or  path: platform,merchant-yiwu,courier-hq,branch-1
///     count: 20
///     every_days: 7               # from `from`, until `until` (optional)
///     from: 2026-09-01T09:00:00+08:00
///   - path: platform,merchant-shenzhen,courier-hq,branch-2
///     count: 10
///     at: [2026-09-15T10:00:00+08:00, 2026-10-15T10:00:00+08:00]
///     format: waybill
///     masked: true
/// ```
public struct ScheduleEntry: Hashable, Sendable {
    /// When an entry falls due.
    public enum Timing: Hashable, Sendable {
        /// Every `days` days from `from`, up to and including `until` if given.
        case every(days: Int, from: Date, until: Date?)
        /// At these times.
        case at([Date])
    }

    public var placement: Placement
    public var count: Int
    public var timing: Timing
    public var format: ExportFormat
    public var masked: Bool

    public init(placement: Placement, count: Int, timing: Timing, format: ExportFormat = .csv, masked: Bool = false) {
        self.placement = placement
        self.count = count
        self.timing = timing
        self.format = format
        self.masked = masked
    }

    /// The times this entry falls due up to and including `until`, earliest first.
    public func dueTimes(until: Date) -> [Date] {
        switch timing {
        case .at(let times):
            return times.filter { $0 <= until }.sorted()
        case .every(let days, let from, let last):
            let end = min(until, last ?? until)
            var times: [Date] = []
            var time = from
            while time <= end {
                times.append(time)
                time += TimeInterval(days) * 86_400
            }
            return times
        }
    }
}
