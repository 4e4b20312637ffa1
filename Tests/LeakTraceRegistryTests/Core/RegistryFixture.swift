import Foundation
import LeakTraceCore
@testable import LeakTraceRegistry

/// A real registry file in a fresh temporary folder.
struct RegistryFixture {
    let folder: URL
    let path: String
    let registry: Registry

    static let pipeline = Pipeline(
        name: "test-pipeline",
        entities: [
            Entity(id: "platform", kind: .platform, name: "平台"),
            Entity(id: "merchant", kind: .merchant, name: "商家"),
            Entity(id: "hq", kind: .courier, name: "总部"),
            Entity(id: "branch-1", kind: .branch, name: "网点一"),
        ],
        flows: [Flow(from: "platform", to: "merchant"), Flow(from: "merchant", to: "hq"), Flow(from: "hq", to: "branch-1")])

    /// Fixed test keys (not derived from any real secret): LeakTrace always seals, so do the tests.
    static let vault = try! CanaryVault(sealingKey: Array(1...32), indexKey: Array(33...64))

    /// A sealed registry, or with `sealed: false` one written the way registries were before sealing.
    init(sealed: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lt-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("test.db").path
        let createdAt = Date(timeIntervalSince1970: 1_790_000_000)
        registry = sealed
            ? try Registry.create(at: path, pipeline: Self.pipeline, registryID: "reg-test", publicKeyHex: "00ff", createdAt: createdAt, vault: Self.vault)
            : try Registry.create(at: path, pipeline: Self.pipeline, registryID: "reg-test", publicKeyHex: "00ff", createdAt: createdAt)
    }

    /// The registry opened again, with its key.
    func reopened() throws -> Registry { try Registry.open(at: path, vault: Self.vault) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A synthetic canary (fabricated values, no real person).
    static func canary(_ sequence: Int, plantID: String, placement: Placement = .entity("branch-1"), at: Date = Date(timeIntervalSince1970: 1_790_000_000)) -> CanaryDraft {
        let person = PersonRecord(name: "测试\(sequence)", phone: String(format: "1380000%04d", sequence), address: "测试省测试市测试区测试路\(sequence)号")
        let order = OrderDetails(orderID: "T\(sequence)", waybill: "W\(sequence)", item: "测试商品", amount: "9.90", orderedAt: at)
        let canary = Canary(id: Canary.id(forSequence: sequence), sequence: sequence, person: person, order: order, phoneOrigin: .synthetic,
                            placement: placement, visibility: pipeline.visibility(of: placement), plantedAt: at, plantID: plantID)
        return CanaryDraft(canary: canary, maskedKey: "key-\(sequence)")
    }

    static func plant(id: String, count: Int, at: Date = Date(timeIntervalSince1970: 1_790_000_000)) -> Plant {
        Plant(id: id, placement: .entity("branch-1"), plantedAt: at, recordedAt: at, count: count, phoneOrigin: .synthetic, operatorName: "tester", status: .recorded)
    }
}
