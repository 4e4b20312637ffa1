import Foundation
import LeakTraceCore

/// One shard's output as read back by `merge`: its hits, the persons it counted and its closing
/// summary, checked whole.
///
/// ```swift
/// let output = try ShardOutput(path: "part-0.jsonl")
/// output.summary.counts.rows
/// ```
///
/// A shard whose task died mid-way has no summary, or fewer hits than its summary says; merging it
/// would silently lose canaries, so it is refused with the file and line named.
public struct ShardOutput: Sendable {
    public let path: String
    public let hits: [ShardHit]
    public let persons: ShardPersons
    public let summary: ShardSummary

    public init(path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot be read")
        }
        var hits: [ShardHit] = []
        var summary: ShardSummary?
        var persons: ShardPersons?
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard !line.isEmpty else { continue }
            guard summary == nil else {
                throw LeakTraceError.unreadableFile(path: path, line: number, reason: "text after the shard summary; is this two shards in one file?")
            }
            let decoded: ShardLine
            do {
                decoded = try ShardLine.decode(Data(line))
            } catch {
                throw LeakTraceError.unreadableFile(path: path, line: number, reason: "not a `match --shard` line")
            }
            switch decoded {
            case .hit(let hit): hits.append(hit)
            case .persons(let counted):
                guard persons == nil else {
                    throw LeakTraceError.unreadableFile(path: path, line: number, reason: "a second persons line; is this two shards in one file?")
                }
                persons = counted
            case .summary(let closing): summary = closing
            }
        }
        guard let summary else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "no shard summary (the shard did not finish)")
        }
        guard summary.hits == hits.count else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "summary counts \(summary.hits) hits but \(hits.count) are present")
        }
        // Without the persons, a person on two pieces would count twice: refuse rather than overcount.
        guard let persons else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "no persons line (written by an older leaktrace?); run the shard again")
        }
        guard persons.count == summary.counts.uniqueValid else {
            throw LeakTraceError.unreadableFile(
                path: path, line: nil, reason: "persons line lists \(persons.count) persons but the summary counts \(summary.counts.uniqueValid)")
        }
        self.path = path
        self.hits = hits
        self.persons = persons
        self.summary = summary
    }
}
