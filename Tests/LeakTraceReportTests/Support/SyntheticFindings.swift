import Foundation
import LeakTraceCore

/// A small case built by hand: six entities, a leak from branch-2, three hits. Every name, number
/// and address is fabricated for tests (`测试`/`样例` names, 1990000xxxx numbers, a 虚构区 address)
/// and the plants are marked synthetic.
enum SyntheticFindings {
    static let hostileRow = "<script>alert('leak')</script>,19900000002,<img src=https://evil.invalid/x.png>"

    static func date(_ text: String) -> Date { try! Timestamp.parse(text) }

    static func make(examiners: [String] = ["测试检查员甲", "测试检查员乙"], caseName: String = "CASE-TEST-001") -> CaseFindings {
        let pipeline = Pipeline(
            name: "express-pipeline",
            entities: [
                Entity(id: "platform", kind: .platform, name: "测试电商平台"),
                Entity(id: "merchant-a", kind: .merchant, name: "样例商家A"),
                Entity(id: "courier-hq", kind: .courier, name: "样例快递总部"),
                Entity(id: "branch-1", kind: .branch, name: "样例网点一"),
                Entity(id: "branch-2", kind: .branch, name: "样例网点二"),
                Entity(id: "branch-3", kind: .branch, name: "样例网点三"),
            ],
            flows: [
                Flow(from: "platform", to: "merchant-a"), Flow(from: "merchant-a", to: "courier-hq"),
                Flow(from: "courier-hq", to: "branch-1"), Flow(from: "courier-hq", to: "branch-2"),
                Flow(from: "courier-hq", to: "branch-3"),
            ])
        let plants = [
            Plant(id: "p0001", placement: .entity("branch-2"), plantedAt: date("2026-03-01T02:00:00Z"),
                  recordedAt: date("2026-03-01T02:00:00Z"), count: 20, phoneOrigin: .synthetic, operatorName: "测试安全员",
                  status: .exported),
            Plant(id: "p0002", placement: .entity("branch-1"), plantedAt: date("2026-03-02T02:00:00Z"),
                  recordedAt: date("2026-03-02T02:00:00Z"), count: 20, phoneOrigin: .synthetic, operatorName: "测试安全员",
                  status: .exported),
            Plant(id: "p0003", placement: .path(["platform", "merchant-a", "courier-hq", "branch-2"]),
                  plantedAt: date("2026-04-10T02:00:00Z"), recordedAt: date("2026-04-10T02:00:00Z"), count: 5,
                  phoneOrigin: .synthetic, operatorName: "测试安全员", status: .exported),
        ]
        let evidence = [
            EvidenceItem(path: "seized/测试清单.csv", sha256: String(repeating: "ab", count: 32), md5: String(repeating: "cd", count: 16),
                         sm3: String(repeating: "ef", count: 32), bytes: 1_234_567, records: 20_000, encoding: "utf-8",
                         format: "csv", skipped: ["broken-quoting": 2], examiner: "测试检查员甲",
                         intakeAt: date("2026-06-01T01:00:00Z")),
        ]
        // The first two hits carry per-field weights (summing to the score); the third, like a hit
        // recorded before weights were kept, carries none.
        func hit(_ record: Int, _ canary: String, _ entity: String, _ at: String, _ seen: String, name: FieldAgreement) -> Hit {
            Hit(file: "seized/测试清单.csv", record: record, canary: canary, entity: entity, score: 27.4,
                fields: FieldAgreements(phone: .exact, name: name, address: .partial),
                planted: PlantedValues(name: "测试用户\(record)", phone: "1990000\(String(format: "%04d", record % 10_000))",
                                       address: "测试省样例市虚构区示例路\(record)号", at: date(at)),
                seen: seen,
                weights: record < 10_000 ? FieldWeights(phone: 29.8, name: name == .exact ? 6.0 : -4.3, address: name == .exact ? -8.4 : 1.9) : nil)
        }
        let hits = [
            hit(17, "c000003", "branch-2", "2026-03-01T02:00:00Z", "测试用户17,199 0000 0017,测试省样例市虚构区示例路17号", name: .exact),
            hit(942, "c000011", "branch-2", "2026-03-01T02:00:00Z", hostileRow, name: .disagree),
            hit(12_001, "c000043", "platform,merchant-a,courier-hq,branch-2", "2026-04-10T02:00:00Z",
                "测*户,199****2001,测试省样例市虚构区示例路\u{202E}12001号", name: .masked),
        ]
        let ranking = [
            EntityHypothesis(entity: "branch-2", posterior: 0.999_999_9, log10LR: 14.2, coverage: 0.12, hits: 3, visible: 25),
            EntityHypothesis(entity: "courier-hq", posterior: 1e-9, log10LR: -9.1, coverage: 0.2, hits: 1, visible: 5),
            EntityHypothesis(entity: "branch-1", posterior: 1e-15, log10LR: -14.2, coverage: 0, hits: 0, visible: 20),
        ]
        let attribution = Attribution(
            sources: ["branch-2"], ranking: ranking,
            window: LeakWindow(after: date("2026-04-10T02:00:00Z"), before: nil,
                               afterReason: "latest plant time among the canaries found (c000043)"),
            sourceSet: [SourceMember(entity: "branch-2", log10LR: 14.2, explains: ["c000003", "c000011", "c000043"])],
            guilt: [GuiltEstimate(entity: "branch-2", probability: 0.9981, p: 0.5),
                    GuiltEstimate(entity: "courier-hq", probability: 0.5, p: 0.5)],
            limitations: [Limitation(entities: ["platform", "merchant-a"],
                                     statement: "No canary is visible to platform and not to merchant-a.",
                                     remedy: "a direct plant at platform")],
            prior: "uniform over the 6 entities", coverageModel: "coverage f maximised per entity")
        let counts = RecordCounts(rows: 20_000, uniqueValid: 18_500, duplicates: 900, invalid: 597, canaryRows: 3,
                                  fieldProfiles: ["name+phone+address": 18_000, "name+phone": 500],
                                  duplicateSamples: ["seized/测试清单.csv:55"], invalidSamples: ["seized/测试清单.csv:9"])
        return CaseFindings(
            caseName: caseName, generatedAt: date("2026-06-02T08:30:00Z"), examiners: examiners,
            toolVersion: LeakTraceVersion.current, registryFingerprint: String(repeating: "0123456789abcdef", count: 4),
            pipeline: pipeline, plants: plants, evidence: evidence, hits: hits, attribution: attribution,
            counts: counts, matchedAt: date("2026-06-01T03:00:00Z"))
    }
}
