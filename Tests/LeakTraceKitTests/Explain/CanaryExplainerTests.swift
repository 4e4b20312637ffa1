import Foundation
import LeakTraceCore
import LeakTraceMatching
import XCTest
@testable import LeakTraceKit

final class CanaryExplainerTests: XCTestCase {
    func testAPlantedRecordIsExplainedWholeAndMasked() throws {
        let fixture = try PlantFixture("explain")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("platform"), count: 30, file: "a.csv")
        let result = try fixture.plant(.entity("branch-1"), count: 30, file: "b.csv")
        let explainer = CanaryExplainer(workspace: fixture.workspace)
        for canary in result.canaries.prefix(10) {
            let whole = try explainer.explain(name: canary.person.name, phone: canary.person.phone, address: canary.person.address)
            XCTAssertTrue(whole.isCanary)
            XCTAssertEqual(whole.canaries.first?.canaryID, canary.id)
            XCTAssertEqual(whole.canaries.first?.plantID, result.plant.id)
            XCTAssertEqual(whole.canaries.first?.operatorName, "tester")
            XCTAssertEqual(whole.canaries.first?.phoneCheck, "derived")
            XCTAssertEqual(whole.canaries.first?.fields, FieldAgreements(phone: .exact, name: .exact, address: .exact))

            // As a GB/T 41833 waybill prints it.
            let shown = CanaryExport.shown(canary.person, masked: true)
            let masked = try explainer.explain(name: shown.name, phone: shown.phone, address: shown.address)
            XCTAssertEqual(masked.canaries.filter(\.isProven).map(\.canaryID), [canary.id], "\(shown)")

            // A virtual number: only name and address are the buyer's.
            let virtual = try explainer.explain(name: canary.person.name, phone: "17012345678转1234", address: canary.person.address)
            XCTAssertEqual(virtual.canaries.filter(\.isProven).map(\.canaryID), [canary.id])
            XCTAssertEqual(virtual.canaries.first?.fields.phone, .missing)
        }
        XCTAssertTrue(try explainer.explain(name: result.canaries[0].person.name, phone: result.canaries[0].person.phone,
                                            address: result.canaries[0].person.address).text().hasPrefix("record:"))
    }

    /// A planted address may hold a character the normaliser folds (乾 → 干): the keys were made
    /// from the planted text, so it is looked up as written too.
    func testAnAddressIsLookedUpNormalisedAndAsWritten() {
        let forms = CanaryExplainer.addressForms("吉林省松原市乾安县建国路365号星河新城19栋**")
        XCTAssertEqual(forms.count, 2)
        XCTAssertEqual(forms.last, "吉林省松原市乾安县建国路365号星河新城19栋")
        XCTAssertEqual(forms.first, AddressNormalizer.normalize("吉林省松原市乾安县建国路365号星河新城19栋"))
        XCTAssertNotEqual(forms.first, forms.last)
        XCTAssertEqual(CanaryExplainer.addressForms("浙江省杭州市西湖区文三路100号**"), ["浙江省杭州市西湖区文三路100号"])
    }

    func testARecordThatIsNoCanaryIsSaidSo() throws {
        let fixture = try PlantFixture("explain")
        defer { fixture.folder.remove() }
        let canary = try fixture.plant(.entity("branch-1"), count: 5, file: "b.csv").canaries[0]
        let explainer = CanaryExplainer(workspace: fixture.workspace)
        let stranger = try explainer.explain(name: "测试人", phone: "13900009999", address: "北京市朝阳区建国路1号")
        XCTAssertFalse(stranger.isCanary)
        XCTAssertTrue(stranger.text().contains("not a canary"))
        // Same phone, another person: looked at, and refused.
        let other = try explainer.explain(name: canary.person.name + "明", phone: canary.person.phone, address: "北京市朝阳区建国路1号")
        XCTAssertFalse(other.isCanary)
    }

    func testAnotherKeyCannotProveTheRegistrysCanaries() throws {
        let fixture = try PlantFixture("explain")
        defer { fixture.folder.remove() }
        let canary = try fixture.plant(.entity("branch-1"), count: 5, file: "b.csv").canaries[0]
        let otherKey = RegistrySecret.generate()
        let impostor = Workspace(location: fixture.workspace.location, registry: fixture.workspace.registry, secret: otherKey)
        let explanation = try CanaryExplainer(workspace: impostor).explain(name: canary.person.name, phone: canary.person.phone, address: canary.person.address)
        XCTAssertFalse(explanation.isCanary)
        XCTAssertNil(explanation.canaries.first?.derivedAtAttempt)
        XCTAssertTrue(explanation.text().contains("NOT reproduced"))
    }

    func testPoolNumbersAreCheckedWhenThePoolIsGiven() throws {
        let fixture = try PlantFixture("explain")
        defer { fixture.folder.remove() }
        let pool = PlantFixture.pool(4)
        let canary = try fixture.plant(.entity("branch-2"), count: 5, phones: .pool(pool), file: "b.csv").canaries[1]
        let unchecked = try CanaryExplainer(workspace: fixture.workspace).explain(name: canary.person.name, phone: canary.person.phone, address: canary.person.address)
        XCTAssertEqual(unchecked.canaries.first?.phoneCheck, "pool-unchecked")
        let checked = try CanaryExplainer(workspace: fixture.workspace, phonePool: pool).explain(name: canary.person.name, phone: canary.person.phone, address: canary.person.address)
        XCTAssertEqual(checked.canaries.first?.phoneCheck, "pool")
        XCTAssertTrue(checked.isCanary)
    }
}
