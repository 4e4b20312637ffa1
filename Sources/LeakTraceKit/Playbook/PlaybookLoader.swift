import Foundation
import LeakTraceCore
import Yams

/// Reads a playbook (YAML) into a pipeline, with errors that name the file and the line.
///
/// ```swift
/// let pipeline = try PlaybookLoader.load(path: "Playbooks/express-pipeline.yaml")
/// ```
/// Keys beyond `name`, `entities` and `flows` are allowed, so playbooks can carry schedules and
/// notes that later versions read.
public enum PlaybookLoader {
    struct Document: Decodable {
        struct EntityEntry: Decodable {
            var id: String
            var kind: String
            var name: String
        }
        struct FlowEntry: Decodable {
            var from: String
            var to: String
            var copy: Bool?
        }
        var name: String
        var entities: [EntityEntry]
        var flows: [FlowEntry]?
    }

    public static func load(path: String) throws -> Pipeline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot read the playbook (missing or not a file)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "the playbook is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Pipeline {
        let document: Document
        do {
            document = try YAMLDecoder().decode(Document.self, from: text)
        } catch let error as YamlError {
            throw LeakTraceError.unreadableFile(path: path, line: line(of: error), reason: "not valid YAML: \(summary(of: error))")
        } catch let error as DecodingError {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: describe(error))
        }
        var entities: [Entity] = []
        for entry in document.entities {
            guard let kind = EntityKind(rawValue: entry.kind) else {
                throw LeakTraceError.unreadableFile(
                    path: path, line: lineNumber(of: "id: \(entry.id)", in: text),
                    reason: "entity '\(entry.id)' has kind '\(entry.kind)'; use one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            entities.append(Entity(id: EntityID(rawValue: entry.id), kind: kind, name: entry.name))
        }
        let flows = (document.flows ?? []).map {
            Flow(from: EntityID(rawValue: $0.from), to: EntityID(rawValue: $0.to), copy: $0.copy ?? false)
        }
        let pipeline = Pipeline(name: document.name, entities: entities, flows: flows)
        do {
            try pipeline.validate()
        } catch let error as LeakTraceError {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: error.description)
        }
        return pipeline
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "missing key '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "unexpected value at \(path(context)): \(context.debugDescription)"
        @unknown default:
            return "not a playbook"
        }
    }

    private static func lineNumber(of needle: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(needle) {
            return index + 1
        }
        return nil
    }
}
