/// Reads a `.rels` part: which part each relationship id points to, and of what type.
///
/// ```swift
/// let rels = RelationshipsHandler()
/// try XMLPartParser.parse(bytes, part: "xl/_rels/workbook.xml.rels", handler: rels)
/// rels.targets["rId1"]?.target   // "worksheets/sheet1.xml"
/// ```
final class RelationshipsHandler: XMLPartHandler {
    struct Relationship: Equatable {
        var target: String
        var type: String
    }

    private(set) var targets: [String: Relationship] = [:]
    let shouldStop = false

    func start(_ element: String, attributes: [String: String]) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = Relationship(target: target, type: attributes["Type"] ?? "")
    }

    func end(_ element: String) {}
    func characters(_ text: String) {}

    /// The zip member a relationship target names: absolute targets start at the package root,
    /// relative ones at the folder of the part that holds the relationship.
    static func resolve(_ target: String, from partFolder: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : partFolder.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
