import Foundation
import LeakTraceCore

/// One line of `match --shard` output (JSON Lines): a hit, the persons counted, or the closing summary.
///
/// ```swift
/// let data = try ShardLine.summary(summary).jsonLine()   // {"kind":"summary",...}\n
/// let back = try ShardLine.decode(data)
/// ```
///
/// A `kind` key rather than several files keeps one shard's output one stream, which is what
/// `RDD.pipe` and similar map steps collect. The order is hits, then one `persons` line, then the
/// `summary`, always last, so `tail -n 1` reads what a shard found without the persons' bulk.
public enum ShardLine: Codable, Hashable, Sendable {
    case hit(ShardHit)
    case persons(ShardPersons)
    case summary(ShardSummary)

    enum CodingKeys: String, CodingKey { case kind, hit, persons, summary }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "hit": self = .hit(try container.decode(ShardHit.self, forKey: .hit))
        case "persons": self = .persons(try container.decode(ShardPersons.self, forKey: .persons))
        case "summary": self = .summary(try container.decode(ShardSummary.self, forKey: .summary))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown kind \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .hit(let hit):
            try container.encode("hit", forKey: .kind)
            try container.encode(hit, forKey: .hit)
        case .persons(let persons):
            try container.encode("persons", forKey: .kind)
            try container.encode(persons, forKey: .persons)
        case .summary(let summary):
            try container.encode("summary", forKey: .kind)
            try container.encode(summary, forKey: .summary)
        }
    }

    /// The line as written: compact, sorted keys, newline-terminated.
    public func jsonLine() throws -> Data {
        var data = try JSONCoding.encoder(pretty: false).encode(self)
        data.append(0x0A)
        return data
    }

    public static func decode(_ line: Data) throws -> ShardLine {
        try JSONCoding.decoder().decode(ShardLine.self, from: line)
    }
}
