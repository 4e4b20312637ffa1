import LeakTraceAttribution
import LeakTraceCore
import XCTest

/// Papadimitriou & Garcia-Molina, IEEE TKDE 23(1) 2011: the paper's worked example and the 16/8 scenario.
final class GuiltModelTests: XCTestCase {
    private let worked: [EntityID: Set<String>] = ["a1": ["t1", "t2"], "a2": ["t1", "t3"]]
    private let all: Set<String> = ["t1", "t2", "t3"]

    func testWorkedExampleAtThreeGuessingProbabilities() {
        XCTAssertEqual(GuiltModel.probability(agent: "a1", leaked: all, holdings: worked, p: 0.5), 0.625, accuracy: 1e-12)
        XCTAssertEqual(GuiltModel.probability(agent: "a1", leaked: all, holdings: worked, p: 0.2), 0.88, accuracy: 1e-12)
        XCTAssertEqual(GuiltModel.probability(agent: "a1", leaked: all, holdings: worked, p: 0.9), 0.145, accuracy: 1e-12)
        // By symmetry agent 2 (t1 shared, t3 its own) is exactly as suspect.
        XCTAssertEqual(GuiltModel.probability(agent: "a2", leaked: all, holdings: worked, p: 0.5), 0.625, accuracy: 1e-12)
    }

    func testSixteenEightScenarioMatchesClosedFormsAndTable() {
        let objects = (0..<16).map { "t\($0)" }
        let holdings: [EntityID: Set<String>] = ["a1": Set(objects), "a2": Set(objects.prefix(8))]
        let leaked = Set(objects)
        let table: [(p: Double, g1: Double, g2: Double)] = [(0.5, 0.9996089339, 0.8998870850), (0.9, 0.7144192579, 0.3365795687)]
        for row in table {
            let p = row.p
            let g1 = GuiltModel.probability(agent: "a1", leaked: leaked, holdings: holdings, p: p)
            let g2 = GuiltModel.probability(agent: "a2", leaked: leaked, holdings: holdings, p: p)
            XCTAssertEqual(g1, 1 - pow((1 + p) / 2, 8) * pow(p, 8), accuracy: 1e-12, "G1 closed form at p=\(p)")
            XCTAssertEqual(g2, 1 - pow((1 + p) / 2, 8), accuracy: 1e-12, "G2 closed form at p=\(p)")
            XCTAssertEqual(g1, row.g1, accuracy: 1e-9)
            XCTAssertEqual(g2, row.g2, accuracy: 1e-9)
        }
    }

    func testEstimatesAgreeWithProbabilityAndKeepAgentOrder() {
        let estimates = GuiltModel.estimates(agents: ["a2", "a1", "a3"], leaked: all, holdings: worked, p: 0.2)
        XCTAssertEqual(estimates.map(\.entity), ["a2", "a1", "a3"])
        XCTAssertEqual(estimates[1].probability, 0.88, accuracy: 1e-12)
        XCTAssertEqual(estimates[2].probability, 0, "an agent holding nothing leaked cannot be guilty")
        XCTAssertTrue(estimates.allSatisfy { $0.p == 0.2 })
    }

    func testNothingLeakedMeansNoGuilt() {
        XCTAssertEqual(GuiltModel.probability(agent: "a1", leaked: [], holdings: worked, p: 0.5), 0)
    }
}
