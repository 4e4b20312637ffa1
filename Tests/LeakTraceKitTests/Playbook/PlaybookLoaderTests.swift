import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class PlaybookLoaderTests: XCTestCase {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testExpressPipelineHasTheRequiredShape() throws {
        let pipeline = try PlaybookLoader.load(path: Self.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path)
        let kinds = pipeline.entities.map(\.kind)
        XCTAssertEqual(kinds.filter { $0 == .platform }.count, 1)
        XCTAssertEqual(kinds.filter { $0 == .merchant }.count, 2)
        XCTAssertEqual(kinds.filter { $0 == .courier }.count, 1)
        XCTAssertGreaterThanOrEqual(kinds.filter { $0 == .branch }.count, 3)
        XCTAssertNoThrow(try pipeline.validate(.path(["platform", "merchant-yiwu", "courier-hq", "branch-1"])))
    }

    func testBundledCopyIsTheFile() throws {
        let file = try String(contentsOf: Self.repositoryRoot.appendingPathComponent(BundledPlaybook.relativePath), encoding: .utf8)
        XCTAssertEqual(BundledPlaybook.expressPipeline + "\n", file)
    }

    func testExtraKeysAndCopyFlowsAreAccepted() throws {
        let pipeline = try PlaybookLoader.parse("""
            name: p
            owner: security team
            entities:
              - {id: hq, kind: courier, name: 总部, region: east}
              - {id: branch-1, kind: branch, name: 网点}
            flows:
              - {from: hq, to: branch-1}
              - {from: branch-1, to: hq, copy: true}
            schedule: []
            """, path: "p.yaml")
        XCTAssertEqual(pipeline.visibility(of: .entity("branch-1")), ["branch-1", "hq"])
        XCTAssertEqual(pipeline.visibility(of: .entity("hq")), ["hq"])
    }

    func testErrorsNameFileAndLine() {
        let cases: [(String, String)] = [
            ("name: p\nentities:\n  - id: a\n    kind: shop\n    name: x\n", "p.yaml:3: entity 'a' has kind 'shop'"),
            ("name: p\nentities:\n  - {id: a, kind: branch, name: x}\nflows:\n  - {from: a, to: b}\n", "unknown entity 'b'"),
            ("name: p\nentities: [\n", "p.yaml:"),
            ("name: p\n", "missing key 'entities'"),
            ("name: p\nentities:\n  - {id: A B, kind: branch, name: x}\n", "must match [a-z0-9-]+"),
            ("name: p\nentities:\n  - {id: a, kind: branch, name: x}\n  - {id: a, kind: branch, name: y}\n", "defined twice"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try PlaybookLoader.parse(text, path: "p.yaml"), expected) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.contains(expected), "\(message) should contain \(expected)")
                XCTAssertFalse(message.contains("\n"), "one line: \(message)")
            }
        }
    }

    func testMissingFileIsNamed() {
        XCTAssertThrowsError(try PlaybookLoader.load(path: "/no/such/playbook.yaml")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("/no/such/playbook.yaml:"))
        }
    }
}
