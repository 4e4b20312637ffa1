import Foundation
import LeakTraceCore

/// One due plant of a schedule: an entry at one of its times.
///
/// A slot is carried out once: it is done when the registry holds a plant at the same placement
/// with the same `planted_at`, which is the slot's due time.
///
/// ```swift
/// slot.fileName   // "branch-1-20260901T0900.csv" (Beijing time)
/// ```
public struct ScheduleSlot: Hashable, Sendable {
    public var entryIndex: Int
    public var entry: ScheduleEntry
    public var due: Date

    public init(entryIndex: Int, entry: ScheduleEntry, due: Date) {
        self.entryIndex = entryIndex
        self.entry = entry
        self.due = due
    }

    /// The export's file name: placement (`+` between path entities), due time, format.
    public var fileName: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        let label = entry.placement.entities.map(\.rawValue).joined(separator: "+")
        return "\(label)-\(formatter.string(from: due)).\(entry.format.fileExtension)"
    }
}
