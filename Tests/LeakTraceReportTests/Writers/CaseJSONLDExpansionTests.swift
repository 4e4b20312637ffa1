import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

/// `report.jsonld` read the way a JSON-LD processor reads it, offline: the context defines only
/// prefixes, so expansion turns every `prefix:suffix` into an IRI and silently DROPS any key it
/// cannot expand. These tests expand the document by those rules and check that nothing is dropped,
/// that every class and property lies in the CASE/UCO namespaces the reference example
/// (`case_validate`-clean) uses, and that no node reference dangles.
///
/// Measured outside the suite: PyLD 3.3.0 expands the demo's report.jsonld to 9 nodes and URDNA2015
/// normalises it to 49 quads, every predicate in the CASE, UCO or W3C namespaces; `case_validate`
/// (case-utils 0.18.0, CASE 1.4) reports "Conforms: True" for the zh and en reports. Set
/// LEAKTRACE_PYLD_PYTHON (a Python with pyld) or LEAKTRACE_CASE_VALIDATE (the case_validate
/// program) to repeat those checks here; without them the tests that need them are skipped.
final class CaseJSONLDExpansionTests: XCTestCase {
    private struct Triple: Hashable {
        let subject: String
        let predicate: String
        let object: String
    }

    /// The classes and properties of CASE 1.4 / UCO the document may use: those of the reference
    /// example plus `uco-action:participant` and `uco-observable:filePath`, both in UCO.
    private let vocabulary: Set<String> = [
        "case-investigation:InvestigativeAction", "case-investigation:ProvenanceRecord", "case-investigation:exhibitNumber",
        "uco-analysis:Analysis", "uco-analysis:AnalyticResult", "uco-analysis:originatingAnalysis",
        "uco-identity:Person", "uco-observable:File", "uco-observable:FileFacet", "uco-observable:ContentDataFacet",
        "uco-observable:fileName", "uco-observable:filePath", "uco-observable:sizeInBytes", "uco-observable:hash",
        "uco-tool:AnalyticTool", "uco-tool:toolType", "uco-tool:version", "uco-types:Hash", "uco-types:hashMethod",
        "uco-types:hashValue", "uco-core:hasFacet", "uco-core:name", "uco-core:object", "uco-core:statement",
        "uco-action:startTime", "uco-action:endTime", "uco-action:instrument", "uco-action:object", "uco-action:result",
        "uco-action:performer", "uco-action:participant", "xsd:dateTime", "xsd:hexBinary",
    ]

    private func document() throws -> (root: [String: Any], data: Data) {
        let data = try CaseJSONLDWriter(findings: SyntheticFindings.make()).data()
        return (try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any]), data)
    }

    /// Expands `term` against the prefix context; nil is what a processor would drop.
    private func expand(_ term: String, _ context: [String: String]) -> String? {
        guard let colon = term.firstIndex(of: ":") else { return nil }
        guard let base = context[String(term[..<colon])] else { return nil }
        return base + term[term.index(after: colon)...]
    }

    /// Expands the graph to triples, failing on any key, type or id that would not expand.
    private func triples(_ root: [String: Any], context: [String: String], used: inout Set<String>) -> (Set<Triple>, ids: Set<String>, refs: Set<String>) {
        var out = Set<Triple>(), ids = Set<String>(), refs = Set<String>()
        var blank = 0
        func node(_ object: [String: Any]) -> String {
            let subject: String
            if let id = object["@id"] as? String {
                guard let iri = expand(id, context) else { XCTFail("@id \(id) does not expand"); return "" }
                subject = iri
                if object.count == 1 { refs.insert(iri); return iri }
                ids.insert(iri)
            } else {
                blank += 1
                subject = "_:b\(blank)"
            }
            let types = (object["@type"] as? [String]) ?? (object["@type"] as? String).map { [$0] } ?? []
            for type in types {
                used.insert(type)
                guard let iri = expand(type, context) else { XCTFail("@type \(type) does not expand"); continue }
                out.insert(Triple(subject: subject, predicate: "rdf:type", object: iri))
            }
            for (key, value) in object where !key.hasPrefix("@") {
                used.insert(key)
                guard let predicate = expand(key, context) else { XCTFail("key \(key) would be dropped"); continue }
                for item in (value as? [Any]) ?? [value] {
                    out.insert(Triple(subject: subject, predicate: predicate, object: literalOrNode(item)))
                }
            }
            return subject
        }
        func literalOrNode(_ item: Any) -> String {
            if let object = item as? [String: Any] {
                if let value = object["@value"] as? String, let type = object["@type"] as? String {
                    used.insert(type)
                    XCTAssertNotNil(expand(type, context), type)
                    if type == "xsd:dateTime" { XCTAssertNotNil(try? Timestamp.parse(value), value) }
                    if type == "xsd:hexBinary" { XCTAssertTrue(value.allSatisfy(\.isHexDigit) && value.count % 2 == 0, value) }
                    return "\"\(value)\"^^\(type)"
                }
                return node(object)
            }
            return "\"\(item)\""
        }
        for object in (root["@graph"] as? [[String: Any]]) ?? [] { _ = node(object) }
        return (out, ids, refs)
    }

    func testEveryTermExpandsIntoTheCASEAndUCONamespaces() throws {
        let (root, _) = try document()
        let context = try XCTUnwrap(root["@context"] as? [String: String])
        XCTAssertEqual(Set(root.keys), ["@context", "@graph"])
        var used = Set<String>()
        let (triples, ids, refs) = triples(root, context: context, used: &used)
        XCTAssertEqual(used.subtracting(vocabulary), [], "terms outside the CASE/UCO vocabulary the reference validates with")
        for triple in triples where triple.predicate != "rdf:type" {
            XCTAssertTrue(triple.predicate.hasPrefix("https://ontology.unifiedcyberontology.org/uco/")
                || triple.predicate.hasPrefix("https://ontology.caseontology.org/case/"), triple.predicate)
        }
        XCTAssertEqual(refs.subtracting(ids), [], "a node reference points at no node")
        // One file with two facets and two hashes, the tool, two examiners, the examination, one
        // provenance record and the results: every kind of node the reference example has.
        let classes = Set(triples.filter { $0.predicate == "rdf:type" }.map(\.object))
        for expected in ["observable/File", "observable/FileFacet", "observable/ContentDataFacet", "types/Hash", "tool/AnalyticTool",
                         "identity/Person", "investigation/InvestigativeAction", "analysis/Analysis", "investigation/ProvenanceRecord",
                         "analysis/AnalyticResult"] {
            XCTAssertTrue(classes.contains { $0.hasSuffix(expected) }, expected)
        }
    }

    func testCaseValidateAcceptsItWhenAvailable() throws {
        guard let program = ProcessInfo.processInfo.environment["LEAKTRACE_CASE_VALIDATE"] else {
            throw XCTSkip("set LEAKTRACE_CASE_VALIDATE to case_validate (PyPI case-utils) to validate against CASE/UCO's SHACL shapes")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lt-case-\(ProcessInfo.processInfo.processIdentifier).jsonld")
        try document().data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        XCTAssertTrue(output.contains("Conforms: True"), output)
    }

    func testPyLDExpandsItToTheSameTriplesWhenAvailable() throws {
        guard let python = ProcessInfo.processInfo.environment["LEAKTRACE_PYLD_PYTHON"] else {
            throw XCTSkip("set LEAKTRACE_PYLD_PYTHON to a Python with pyld to cross-check with a JSON-LD processor")
        }
        let (root, data) = try document()
        let context = try XCTUnwrap(root["@context"] as? [String: String])
        var used = Set<String>()
        let ours = triples(root, context: context, used: &used).0
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lt-jsonld-\(ProcessInfo.processInfo.processIdentifier).jsonld")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import json,sys; from pyld import jsonld; print(len(jsonld.normalize(json.load(open(sys.argv[1])), {'algorithm': 'URDNA2015', 'format': 'application/n-quads'}).strip().splitlines()))", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let count = Int(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(count, ours.count, "pyld's quads and this expansion disagree")
    }
}
