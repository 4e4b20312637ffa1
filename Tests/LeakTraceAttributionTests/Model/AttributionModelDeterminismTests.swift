import LeakTraceAttribution
import LeakTraceCore
import XCTest

final class AttributionModelDeterminismTests: XCTestCase {
    private let entities: [EntityID] = ["platform", "merchant-a", "courier-hq", "branch-1", "branch-2"]

    private func exposures() -> [CanaryExposure] {
        var scenario = Scenario()
        for entity in entities { scenario.plant(8, prefix: "d-\(entity)", visibleTo: [entity], chance: 3e-6) }
        scenario.plant(8, prefix: "p-1", visibleTo: ["platform", "merchant-a", "courier-hq", "branch-1"], chance: 2e-5)
        scenario.plant(8, prefix: "p-2", visibleTo: ["platform", "merchant-a", "courier-hq", "branch-2"], chance: 7e-6)
        scenario.find(["d-branch-1-02", "p-1-03", "p-1-05", "d-courier-hq-01"])
        return scenario.exposures
    }

    func testInputOrderDoesNotChangeOneByte() throws {
        let model = AttributionModel(entities: entities)
        var shuffled = exposures()
        var random = DeterministicRandom(seed: 7)
        shuffled.shuffle(using: &random)
        let encoder = JSONCoding.encoder()
        let first = try encoder.encode(model.attribute(exposures()))
        let second = try encoder.encode(model.attribute(shuffled))
        XCTAssertEqual(first, second)
        XCTAssertEqual(try encoder.encode(model.attribute(exposures())), first)
    }

    func testEveryFieldIsFilled() {
        let attribution = AttributionModel(entities: entities).attribute(exposures())
        XCTAssertFalse(attribution.sources.isEmpty)
        XCTAssertEqual(attribution.ranking.count, entities.count)
        XCTAssertEqual(attribution.guilt.count, entities.count)
        XCTAssertNotNil(attribution.window.after)
        XCTAssertNotNil(attribution.window.beforeReason)
        XCTAssertEqual(attribution.prior, "Uniform over the 5 entities and \"none of them\" (1/6 each).")
        XCTAssertTrue(attribution.coverageModel.contains("uniform, Beta(1, 1)"))
        XCTAssertEqual(attribution.ranking.map(\.posterior).reduce(0, +) + AttributionModel(entities: entities).analyze(exposures()).nonePosterior,
                       1, accuracy: 1e-12)
    }

    func testAStatedPriorMovesPosteriorsButNotLRs() {
        var options = AttributionOptions.standard
        options.hypothesisPrior = .weights(["branch-2": 10], none: 1)
        let uniform = AttributionModel(entities: entities).attribute(exposures())
        let skewed = AttributionModel(entities: entities, options: options).attribute(exposures())
        XCTAssertEqual(uniform.ranking.map(\.log10LR), skewed.ranking.map(\.log10LR))
        XCTAssertNotEqual(uniform.ranking.map(\.posterior), skewed.ranking.map(\.posterior))
        XCTAssertTrue(skewed.prior.hasPrefix("Stated prior:"))
    }
}
