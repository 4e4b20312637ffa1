import Foundation
import LeakTraceCore

/// Describes a case in the CASE/UCO ontology (CASE 1.4) as JSON-LD: the seized files as
/// observable objects with hash facets, the examination as an investigative action performed by
/// the examiners with the tool, its provenance records (exhibit numbers) and its results.
///
/// The shape follows a document known to pass `case_validate`. Hashes are SHA256 and MD5 only:
/// SM3 is not in the UCO hash-method vocabulary and would fail validation. Every `@id` is derived
/// from content, so the same findings always give the same bytes, whatever the report language.
///
/// ```swift
/// let data = try CaseJSONLDWriter(findings: findings).data()
/// ```
struct CaseJSONLDWriter {
    let findings: CaseFindings

    static let context: JSONLDValue = [
        "kb": "http://example.org/kb/",
        "case-investigation": "https://ontology.caseontology.org/case/investigation/",
        "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
        "uco-analysis": "https://ontology.unifiedcyberontology.org/uco/analysis/",
        "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
        "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
        "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
        "uco-tool": "https://ontology.unifiedcyberontology.org/uco/tool/",
        "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]

    func data() throws -> Data {
        try JSONCoding.encoder().encode(document())
    }

    func document() -> JSONLDValue {
        let caseName = findings.caseName
        var graph: [JSONLDValue] = []
        var fileIDs: [String] = []
        for item in findings.evidence {
            let key = [item.path, item.sha256]
            let fileID = "kb:file-" + StableIdentifier.uuid(["file"] + key)
            fileIDs.append(fileID)
            let hashes: [JSONLDValue] = [("SHA256", item.sha256), ("MD5", item.md5)].map { method, value in
                [
                    "@id": .string("kb:hash-" + StableIdentifier.uuid(["hash", method, value] + key)),
                    "@type": "uco-types:Hash",
                    "uco-types:hashMethod": .string(method),
                    "uco-types:hashValue": .typed("xsd:hexBinary", value.lowercased()),
                ]
            }
            graph.append([
                "@id": .string(fileID),
                "@type": "uco-observable:File",
                "uco-core:hasFacet": [
                    [
                        "@id": .string("kb:file-facet-" + StableIdentifier.uuid(["file-facet"] + key)),
                        "@type": "uco-observable:FileFacet",
                        "uco-observable:fileName": .string(URL(fileURLWithPath: item.path).lastPathComponent),
                        "uco-observable:filePath": .string(item.path),
                        "uco-observable:sizeInBytes": .integer(item.bytes),
                    ],
                    [
                        "@id": .string("kb:content-data-facet-" + StableIdentifier.uuid(["content-data-facet"] + key)),
                        "@type": "uco-observable:ContentDataFacet",
                        "uco-observable:hash": .array(hashes),
                    ],
                ],
            ])
        }

        let toolID = "kb:tool-" + StableIdentifier.uuid("tool", LeakTraceVersion.toolName, findings.toolVersion)
        graph.append([
            "@id": .string(toolID),
            "@type": "uco-tool:AnalyticTool",
            "uco-core:name": .string(LeakTraceVersion.toolName),
            "uco-tool:toolType": "canary-record matcher",
            "uco-tool:version": .string(findings.toolVersion),
        ])

        let examinerIDs = findings.examiners.map { "kb:examiner-" + StableIdentifier.uuid("examiner", $0) }
        for (id, name) in zip(examinerIDs, findings.examiners) {
            graph.append(["@id": .string(id), "@type": "uco-identity:Person", "uco-core:name": .string(name)])
        }

        let examinationID = "kb:examination-" + StableIdentifier.uuid(
            ["examination", caseName, Timestamp.format(findings.matchedAt)] + findings.evidence.map(\.sha256))
        let provenance = findings.evidence.enumerated().map { index, item -> (String, JSONLDValue) in
            let number = ReportExhibit.number(at: index)
            let id = "kb:provenance-record-" + StableIdentifier.uuid("provenance", caseName, number, item.path, item.sha256)
            return (id, [
                "@id": .string(id),
                "@type": "case-investigation:ProvenanceRecord",
                "case-investigation:exhibitNumber": .string(number),
                "uco-core:object": [.ref(fileIDs[index])],
            ])
        }
        let results = statements().enumerated().map { index, statement -> (String, JSONLDValue) in
            let id = "kb:analytic-result-" + StableIdentifier.uuid("analytic-result", caseName, String(index), statement)
            return (id, [
                "@id": .string(id),
                "@type": "uco-analysis:AnalyticResult",
                "uco-analysis:originatingAnalysis": .ref(examinationID),
                "uco-core:statement": .string(statement),
            ])
        }

        var action: [String: JSONLDValue] = [
            "@id": .string(examinationID),
            "@type": ["case-investigation:InvestigativeAction", "uco-analysis:Analysis"],
            "uco-core:name": .string("canary match examination of case \(caseName)"),
            "uco-action:startTime": .typed("xsd:dateTime", Timestamp.format(findings.evidence.map(\.intakeAt).min() ?? findings.matchedAt)),
            "uco-action:endTime": .typed("xsd:dateTime", Timestamp.format(findings.matchedAt)),
            "uco-action:instrument": .ref(toolID),
            "uco-action:object": .array(fileIDs.map(JSONLDValue.ref)),
            "uco-action:result": .array((provenance.map(\.0) + results.map(\.0)).map(JSONLDValue.ref)),
        ]
        // UCO allows one performer; further examiners take part as participants.
        if let first = examinerIDs.first { action["uco-action:performer"] = .ref(first) }
        if examinerIDs.count > 1 { action["uco-action:participant"] = .array(examinerIDs.dropFirst().map(JSONLDValue.ref)) }
        graph.append(.object(action))
        graph += provenance.map(\.1)
        graph += results.map(\.1)

        return ["@context": Self.context, "@graph": .array(graph)]
    }

    /// The results in English: JSON-LD is for machines and exchange, one text for both reports.
    private func statements() -> [String] {
        let a = findings.attribution
        let t = ReportText(.en)
        var out: [String] = []
        let sources = a.sources.map { t.entity($0, in: findings.pipeline) }.joined(separator: ", ")
        out.append("\(findings.hits.count) record(s) in \(findings.evidence.count) evidence file(s) matched planted canary records. "
            + (sources.isEmpty ? "No source is indicated." : "Smallest set of sources explaining the hits: \(sources)."))
        for p in ReportDocument.propositions(findings, t) {
            let model = p.modelLog10LR.map { " The model's figure if every assumption held, log10 LR \(ReportFormat.fixed($0, 2)), is not the strength of the evidence." } ?? ""
            out.append("Proposition \"\(p.prosecution)\" against \"\(p.defence)\": \(p.modelLog10LR == nil ? "" : "conservative ")likelihood ratio \(p.likelihoodRatio) (log10 LR \(ReportFormat.fixed(p.log10LR, 2))), \(p.support.english) support for the \(p.favours == "defence" ? "second" : "first") proposition.\(model)")
        }
        if let after = a.window.after {
            out.append("The leak is no older than \(Timestamp.format(after))" + (a.window.before.map { " and no later than \(Timestamp.format($0))." } ?? "."))
        }
        return out
    }
}
