import Foundation
import LeakTraceCore
import Yams

/// A playbook's plant schedule (`schedule:`), read alongside its entities and flows.
///
/// ```swift
/// let schedule = try PlantSchedule.load(path: "Playbooks/express-campaign.yaml")
/// let due = schedule.slots(until: Date())   // what `leaktrace plant --playbook` carries out
/// ```
public struct PlantSchedule: Hashable, Sendable {
    public var entries: [ScheduleEntry]

    public init(entries: [ScheduleEntry]) {
        self.entries = entries
    }

    /// Every slot due up to and including `until`, by time, then by entry order.
    public func slots(until: Date) -> [ScheduleSlot] {
        var slots: [ScheduleSlot] = []
        for (index, entry) in entries.enumerated() {
            for time in entry.dueTimes(until: until) {
                slots.append(ScheduleSlot(entryIndex: index, entry: entry, due: Timestamp.truncated(time)))
            }
        }
        return slots.sorted { ($0.due, $0.entryIndex) < ($1.due, $1.entryIndex) }
    }

    public static func load(path: String) throws -> PlantSchedule {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot read the playbook (missing, a directory, or not UTF-8)")
        }
        return try parse(text, path: path)
    }

    struct Document: Decodable {
        struct Entry: Decodable {
            var entity: String?
            var path: PathText?
            var count: Int?
            var every_days: Int?
            var from: String?
            var until: String?
            var at: [String]?
            var format: String?
            var masked: Bool?
        }
        /// `path:` written as `a,b,c` or as a YAML list.
        struct PathText: Decodable {
            var ids: [String]
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let list = try? container.decode([String].self) {
                    ids = list
                } else {
                    ids = try container.decode(String.self).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
            }
        }
        var schedule: [Entry]?
    }

    public static func parse(_ text: String, path: String) throws -> PlantSchedule {
        let document: Document
        do {
            document = try YAMLDecoder().decode(Document.self, from: text)
        } catch {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot read its schedule: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let raw = document.schedule, !raw.isEmpty else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "the playbook has no `schedule:` entries")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Entries start with `- ` under `schedule:`; their lines name errors precisely.
        var entryLines: [Int] = []
        if let start = lines.firstIndex(where: { $0.hasPrefix("schedule:") }) {
            for index in (start + 1)..<lines.count where lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                entryLines.append(index + 1)
            }
        }
        var entries: [ScheduleEntry] = []
        for (index, item) in raw.enumerated() {
            let line = index < entryLines.count ? entryLines[index] : nil
            func fail(_ reason: String) -> LeakTraceError {
                .unreadableFile(path: path, line: line, reason: "schedule entry \(index + 1): \(reason)")
            }
            let placement: Placement
            switch (item.entity, item.path) {
            case (let entity?, nil):
                guard let id = try? EntityID(validating: entity) else { throw fail("entity id '\(entity)' must match [a-z0-9-]+") }
                placement = .entity(id)
            case (nil, let path?):
                guard let ids = try? path.ids.map(EntityID.init(validating:)), ids.count >= 2 else {
                    throw fail("path must list at least two entity ids")
                }
                placement = .path(ids)
            default:
                throw fail("give exactly one of `entity:` or `path:`")
            }
            guard let count = item.count, count >= 1 else { throw fail("`count:` must be 1 or more") }
            let timing: ScheduleEntry.Timing
            do {
                switch (item.every_days, item.at) {
                case (let days?, nil):
                    guard days >= 1 else { throw fail("`every_days:` must be 1 or more") }
                    guard let from = item.from else { throw fail("`every_days:` needs `from:` (ISO 8601)") }
                    timing = .every(days: days, from: try Timestamp.parse(from), until: try item.until.map(Timestamp.parse))
                case (nil, let times?):
                    guard !times.isEmpty else { throw fail("`at:` lists no times") }
                    timing = .at(try times.map(Timestamp.parse))
                default:
                    throw fail("give exactly one of `every_days:` (with `from:`) or `at:`")
                }
            } catch let error as LeakTraceError {
                if case .invalidInput(let message) = error { throw fail(message) }
                throw error
            }
            let format = try item.format.map { name in
                guard let format = ExportFormat(rawValue: name) else {
                    throw fail("format '\(name)' is not one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return format
            } ?? .csv
            entries.append(ScheduleEntry(placement: placement, count: count, timing: timing, format: format, masked: item.masked ?? false))
        }
        return PlantSchedule(entries: entries)
    }
}
