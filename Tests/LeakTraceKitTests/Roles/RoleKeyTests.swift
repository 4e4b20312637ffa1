import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceReport
import XCTest
@testable import LeakTraceKit

/// Roles kept apart by keys: an examiner's key matches and reports exactly as the planter's does
/// but opens only canaries the seized list leads to and cannot plant; an auditor's verifies only.
final class RoleKeyTests: XCTestCase {
    /// Two plants, and a list with exact, GB/T 41833-masked and 4-digit-masked canaries among
    /// synthetic rows, some of them masked too (their keys open canaries they are not).
    private func scenario(_ label: String) throws -> (fixture: PlantFixture, list: String, planted: [Canary]) {
        let fixture = try PlantFixture(label)
        let branch2 = try fixture.plant(.entity("branch-2"), count: 30, file: "b2.csv").canaries
        let branch1 = try fixture.plant(.entity("branch-1"), count: 30, file: "b1.csv").canaries
        var rng = DeterministicRandom(seed: 77)
        let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()
        var rows = ["姓名,联系方式,地址"]
        rows += branch2.prefix(6).map { "\($0.person.name),\($0.person.phone),\($0.person.address)" }
        rows += branch2[6..<10].map {
            "\(MaskView.gbt41833.name($0.person.name)),\(MaskView.gbt41833.phone($0.person.phone)!),\($0.person.address)"
        }
        rows += branch2[10..<12].map { "\($0.person.name),\(MaskView.legacyFourDigit.phone($0.person.phone)!),\($0.person.address)" }
        // A canary's masked number beside someone else's name and address: a possible link, never a hit.
        rows += branch1.prefix(2).map { "\(MaskView.legacyFourDigit.name($0.person.name)),\(MaskView.legacyFourDigit.phone($0.person.phone)!)," }
        for i in 0..<400 {
            let phone = phones.generate(using: &rng)
            let shown = i % 3 == 0 ? MaskView.gbt41833.phone(phone)! : phone
            rows.append("\(names.generate(using: &rng)),\(shown),\(addresses.generate(using: &rng).text)")
        }
        return (fixture, try fixture.folder.write("seized.csv", rows.joined(separator: "\n")), branch2 + branch1)
    }

    func testAnExaminerMatchesAsThePlanterDoesButOpensOnlyWhatTheListLeadsTo() throws {
        let (fixture, list, planted) = try scenario("roles-match")
        defer { fixture.folder.remove() }
        let keyPath = fixture.folder.path("examiner.key")
        let issued = try RoleKeyIssuer(workspace: fixture.workspace).issue(.examiner, to: keyPath, passphrase: nil, actor: "sec-1")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        let examiner = try Workspace.open(fixture.workspace.location, passphrase: nil, keyFile: keyPath)
        XCTAssertEqual(examiner.role, .examiner)
        let byPlanter = try CaseMatcher(workspace: fixture.workspace).match(MatchRequest(inputs: [list], caseName: "P", examiner: "A"))
        let byExaminer = try CaseMatcher(workspace: examiner).match(MatchRequest(inputs: [list], caseName: "E", examiner: "A"))
        XCTAssertEqual(byPlanter.hits.count, 12)
        XCTAssertEqual(byExaminer.hits, byPlanter.hits)
        XCTAssertEqual(byExaminer.possibleLinks, byPlanter.possibleLinks)
        XCTAssertFalse(byPlanter.possibleLinks.isEmpty, "masked decoys make possible links, and those match too: \(byPlanter.hits.map(\.score))")
        XCTAssertEqual(byExaminer.attribution, byPlanter.attribution)
        XCTAssertEqual(byExaminer.counts, byPlanter.counts)

        // What the examiner's process opened: the 12 found and the canaries sharing a masked
        // bucket with some row, never the whole registry.
        let opened = try MatchCanaries.load(for: examiner, paths: [list])
        XCTAssertTrue(Set(byPlanter.hits.map(\.canary)).isSubset(of: Set(opened.people.map(\.id))))
        XCTAssertLessThan(opened.people.count, planted.count)
        XCTAssertEqual(try MatchCanaries.load(for: fixture.workspace, paths: [list]).people.count, planted.count)

        // Nothing that needs the secret works, and the refusal says why.
        XCTAssertThrowsError(try examiner.secret) { XCTAssertTrue("\($0)".contains("planter"), "\($0)") }
        XCTAssertThrowsError(try examiner.registry.canaries())
        XCTAssertThrowsError(try Planter(workspace: examiner).plant(PlantRequest(
            placement: .entity("branch-1"), count: 1, at: nil, phones: .synthetic, output: fixture.folder.file("x.csv"),
            operatorName: "E", format: .csv, masked: false)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.folder.path("x.csv")))
        XCTAssertThrowsError(try RoleKey.issue(.examiner, from: examiner))

        // The examiner's report verifies against the registry's public key.
        let out = URL(fileURLWithPath: fixture.folder.path("report-e"))
        try CaseReporter(workspace: examiner).write(caseName: "E", to: out, language: .en, examiners: ["A"], actor: "A")
        XCTAssertTrue(ReportVerifier.verify(directory: out, expectedPublicKey: try fixture.workspace.publicKey()).ok)
        XCTAssertTrue(try fixture.workspace.registry.auditEntries().contains { $0.action == "key-issue" && $0.detail.contains(issued.fingerprint) })
        XCTAssertTrue(try examiner.registry.verifyAudit().ok)
    }

    func testAnAuditorVerifiesAndOpensNothing() throws {
        let (fixture, list, _) = try scenario("roles-audit")
        defer { fixture.folder.remove() }
        _ = try CaseMatcher(workspace: fixture.workspace).match(MatchRequest(inputs: [list], caseName: "P", examiner: "A"))
        let out = URL(fileURLWithPath: fixture.folder.path("report-p"))
        try CaseReporter(workspace: fixture.workspace).write(caseName: "P", to: out, language: .zh, examiners: ["A"], actor: "A")
        let keyPath = fixture.folder.path("auditor.key")
        _ = try RoleKeyIssuer(workspace: fixture.workspace).issue(.auditor, to: keyPath, passphrase: nil, actor: "sec-1")

        let auditor = try Workspace.open(fixture.workspace.location, passphrase: nil, keyFile: keyPath)
        XCTAssertEqual(auditor.role, .auditor)
        XCTAssertTrue(try auditor.registry.verifyAudit().ok)
        XCTAssertTrue(ReportVerifier.verify(directory: out, expectedPublicKey: try auditor.publicKey()).ok)
        XCTAssertThrowsError(try auditor.signingKey())
        XCTAssertThrowsError(try auditor.registry.canaries())
        XCTAssertThrowsError(try auditor.registry.loadCase("P"), "the hits are sealed under a key the auditor lacks")
        XCTAssertThrowsError(try CaseMatcher(workspace: auditor).match(MatchRequest(inputs: [list], caseName: "Q", examiner: "A")))
    }

    func testARoleKeyBelongsToOneRegistryAndAWrappedOneNeedsItsPassphrase() throws {
        let fixture = try PlantFixture("roles-keys")
        defer { fixture.folder.remove() }
        let other = try PlantFixture("roles-other")
        defer { other.folder.remove() }
        let wrapped = fixture.folder.path("examiner-wrapped.key")
        let passphrase = try Passphrase("correct horse battery staple")
        _ = try RoleKeyIssuer(workspace: fixture.workspace).issue(.examiner, to: wrapped, passphrase: passphrase, actor: "sec-1")
        let text = try String(contentsOfFile: wrapped, encoding: .utf8)
        XCTAssertTrue(text.contains(" scrypt "))
        let plain = try RoleKey.issue(.examiner, from: fixture.workspace)
        XCTAssertFalse(text.contains(plain.material.hexString), "the key bytes are sealed, not written")

        XCTAssertThrowsError(try Workspace.open(fixture.workspace.location, passphrase: nil, keyFile: wrapped)) {
            XCTAssertTrue("\($0)".contains("passphrase"), "\($0)")
        }
        XCTAssertThrowsError(try Workspace.open(fixture.workspace.location, passphrase: try Passphrase("wrong horse battery staple"), keyFile: wrapped))
        XCTAssertEqual(try Workspace.open(fixture.workspace.location, passphrase: passphrase, keyFile: wrapped).role, .examiner)
        XCTAssertThrowsError(try Workspace.open(other.workspace.location, passphrase: passphrase, keyFile: wrapped)) {
            XCTAssertTrue("\($0)".contains("does not belong"), "\($0)")
        }
        // Never over an existing file; never readable by others.
        XCTAssertThrowsError(try RoleKeyIssuer(workspace: fixture.workspace).issue(.auditor, to: wrapped, passphrase: nil, actor: "sec-1"))
        chmod(wrapped, 0o644)
        XCTAssertThrowsError(try Workspace.open(fixture.workspace.location, passphrase: passphrase, keyFile: wrapped)) {
            XCTAssertTrue("\($0)".contains("chmod 600"), "\($0)")
        }
    }
}
