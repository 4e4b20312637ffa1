import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

final class CaseJSONLDWriterTests: XCTestCase {
    private func graph(_ findings: CaseFindings = SyntheticFindings.make()) throws -> (context: [String: String], nodes: [[String: Any]], text: String) {
        let data = try CaseJSONLDWriter(findings: findings).data()
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (try XCTUnwrap(root["@context"] as? [String: String]), try XCTUnwrap(root["@graph"] as? [[String: Any]]),
                String(decoding: data, as: UTF8.self))
    }

    private func types(_ node: [String: Any]) -> [String] {
        (node["@type"] as? [String]) ?? [(node["@type"] as? String) ?? ""]
    }

    func testContextHasTheCASEAndUCOPrefixes() throws {
        let context = try graph().context
        XCTAssertEqual(Set(context.keys), ["kb", "case-investigation", "uco-action", "uco-analysis", "uco-core", "uco-identity",
                                           "uco-observable", "uco-tool", "uco-types", "xsd"])
        XCTAssertEqual(context["uco-observable"], "https://ontology.unifiedcyberontology.org/uco/observable/")
        XCTAssertEqual(context["case-investigation"], "https://ontology.caseontology.org/case/investigation/")
    }

    func testFilesCarryTheEvidenceHashesButNeverSM3() throws {
        let (_, nodes, text) = try graph()
        let evidence = SyntheticFindings.make().evidence[0]
        let files = nodes.filter { types($0) == ["uco-observable:File"] }
        XCTAssertEqual(files.count, 1)
        let facets = try XCTUnwrap(files[0]["uco-core:hasFacet"] as? [[String: Any]])
        let fileFacet = try XCTUnwrap(facets.first { types($0) == ["uco-observable:FileFacet"] })
        XCTAssertEqual(fileFacet["uco-observable:fileName"] as? String, "测试清单.csv")
        XCTAssertEqual(fileFacet["uco-observable:sizeInBytes"] as? Int, 1_234_567)
        let content = try XCTUnwrap(facets.first { types($0) == ["uco-observable:ContentDataFacet"] })
        let hashes = try XCTUnwrap(content["uco-observable:hash"] as? [[String: Any]])
        var byMethod: [String: String] = [:]
        for hash in hashes {
            let value = try XCTUnwrap(hash["uco-types:hashValue"] as? [String: String])
            XCTAssertEqual(value["@type"], "xsd:hexBinary")
            byMethod[try XCTUnwrap(hash["uco-types:hashMethod"] as? String)] = value["@value"]
        }
        XCTAssertEqual(byMethod, ["SHA256": evidence.sha256, "MD5": evidence.md5])
        XCTAssertFalse(text.contains("SM3"))
        XCTAssertFalse(text.contains(evidence.sm3))
    }

    func testExaminationLinksExaminersToolFilesAndResults() throws {
        let (_, nodes, _) = try graph()
        var byID: [String: [String: Any]] = [:]
        func collect(_ node: [String: Any]) {
            if let id = node["@id"] as? String, node["@type"] != nil {
                XCTAssertNil(byID[id], "duplicate @id \(id)")
                byID[id] = node
            }
            for facet in (node["uco-core:hasFacet"] as? [[String: Any]]) ?? [] { collect(facet) }
        }
        nodes.forEach(collect)
        let action = try XCTUnwrap(nodes.first { types($0).contains("case-investigation:InvestigativeAction") })
        XCTAssertEqual(types(action), ["case-investigation:InvestigativeAction", "uco-analysis:Analysis"])
        func ref(_ value: Any?) -> String? { (value as? [String: String])?["@id"] }
        let performer = try XCTUnwrap(ref(action["uco-action:performer"]))
        XCTAssertEqual(byID[performer]?["uco-core:name"] as? String, "测试检查员甲")
        let participants = try XCTUnwrap(action["uco-action:participant"] as? [[String: String]])
        XCTAssertEqual(participants.compactMap { byID[$0["@id"]!]?["uco-core:name"] as? String }, ["测试检查员乙"])
        XCTAssertEqual(types(try XCTUnwrap(byID[try XCTUnwrap(ref(action["uco-action:instrument"]))])), ["uco-tool:AnalyticTool"])
        let results = try XCTUnwrap(action["uco-action:result"] as? [[String: String]]).map { $0["@id"]! }
        let resultTypes = results.map { types(byID[$0] ?? [:]) }
        XCTAssertTrue(resultTypes.contains(["case-investigation:ProvenanceRecord"]))
        XCTAssertTrue(resultTypes.contains(["uco-analysis:AnalyticResult"]))
        let provenance = try XCTUnwrap(nodes.first { types($0) == ["case-investigation:ProvenanceRecord"] })
        XCTAssertEqual(provenance["case-investigation:exhibitNumber"] as? String, "JC01")
        let statements = nodes.compactMap { $0["uco-core:statement"] as? String }
        XCTAssertTrue(statements.contains { $0.contains("extremely strong support") && $0.contains("branch-2") }, "\(statements)")
        for id in byID.keys {
            XCTAssertNotNil(id.range(of: #"^kb:[a-z-]+-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#, options: .regularExpression), id)
        }
    }

    func testIdentifiersFollowTheContent() throws {
        let first = try CaseJSONLDWriter(findings: SyntheticFindings.make()).data()
        XCTAssertEqual(first, try CaseJSONLDWriter(findings: SyntheticFindings.make()).data())
        var changed = SyntheticFindings.make()
        changed.evidence[0].sha256 = String(repeating: "12", count: 32)
        let fileID = { (data: Data) -> String? in
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (root?["@graph"] as? [[String: Any]])?.first { ($0["@type"] as? String) == "uco-observable:File" }?["@id"] as? String
        }
        XCTAssertNotNil(fileID(first))
        XCTAssertNotEqual(fileID(first), fileID(try CaseJSONLDWriter(findings: changed).data()))
    }
}
