import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class RecordMatcherTests: XCTestCase {
    let matcher = RecordMatcher(index: SyntheticPeople.index)
    let lin = SyntheticPeople.linXiaolan

    private func record(name: String? = nil, phone: String? = nil, address: String? = nil) -> SeizedRecord {
        let cells = [name, phone, address].compactMap { $0 }
        return SeizedRecord(number: 1, cells: cells, name: name, phone: phone, address: address, seen: cells.joined(separator: ","))
    }

    private func cellsOnly(_ cells: [String]) -> SeizedRecord {
        SeizedRecord(number: 1, cells: cells, seen: cells.joined(separator: ","))
    }

    func testA_FullPhoneNameAndAddressExact() throws {
        let hits = matcher.matches(in: record(name: "林晓岚", phone: "138 0000 0001", address: lin.address))
        let hit = try XCTUnwrap(hits.first)
        XCTAssertEqual(hits.count, 1)
        XCTAssertEqual(hit.canaryID, "c000001")
        XCTAssertEqual(hit.fields, FieldAgreements(phone: .exact, name: .exact, address: .exact))
        let w = MatchWeights.standard
        let name = w.nameScore(.exact, termFrequency: NameFrequencies.standard.fullNameShare("林晓岚"))
        XCTAssertEqual(hit.score, w.phoneExact.weight + name.weight + w.addressExact.weight, accuracy: 1e-9)
        XCTAssertGreaterThan(name.weight, w.nameExact.weight, "a rare name weighs more than the commonest")
        XCTAssertTrue(hit.isHit)
    }

    func testB_FullPhoneWithMaskedNameAndAddress() throws {
        let hit = try XCTUnwrap(matcher.matches(in: record(
            name: "林*岚", phone: "13800000001", address: "浙江省杭州市西湖区文三路100号华星花园3栋**")).first)
        XCTAssertEqual(hit.fields, FieldAgreements(phone: .exact, name: .masked, address: .masked))
    }

    func testC_GBT41833WaybillIsAHitWhenUnique() throws {
        for name in ["林*岚", "林**"] {
            let hits = matcher.matches(in: record(
                name: name, phone: "138******01", address: "浙江省杭州市西湖区文三路100号华星花园3栋"))
            XCTAssertEqual(hits.map(\.canaryID), ["c000001"], name)
            XCTAssertEqual(hits.first?.fields, FieldAgreements(phone: .masked, name: .masked, address: .masked))
        }
    }

    func testD_MaskedPhoneAloneIsOnlyAPossibleLink() {
        for phone in ["138****0001", "138******01", "1380000****"] {
            let r = record(phone: phone)
            XCTAssertEqual(matcher.matches(in: r), [], phone)
            let candidates = matcher.candidates(in: r)
            XCTAssertEqual(candidates.map(\.canaryID), ["c000001"], phone)
            XCTAssertEqual(candidates.first?.isHit, false)
        }
        XCTAssertEqual(matcher.matches(in: cellsOnly(["138****0001"])), [])
    }

    func testE_DecoySharingSurnameAndVisibleDigitsIsNotAHit() {
        let decoys = [
            record(name: "林晓雯", phone: "138****0001", address: "浙江省杭州市拱墅区湖墅南路8号"),
            record(name: "林**", phone: "138****0001", address: "浙江省杭州市拱墅区湖墅南路8号"),
            record(name: "林*雯", phone: "138******01", address: "浙江省杭州市西湖区文三路100号华星花园5栋"),
            record(name: "林晓雯", phone: "13800000001", address: "福建省厦门市思明区鹭江道9号"),
            cellsOnly(["林**", "138****0001", "浙江省杭州市拱墅区湖墅南路8号"]),
        ]
        for decoy in decoys {
            XCTAssertEqual(matcher.matches(in: decoy), [], decoy.seen)
        }
    }

    /// Found by the adversarial evaluation (make_adversarial.py, seed 7): a decoy sharing a rare
    /// surname, the shown given character and seven visible digits, living on another road of the
    /// same district. Name and phone give 36 bits; the disagreeing address must pull it under.
    func testDecoySharingRareMaskedNameAndSevenDigitsButLivingElsewhereIsNotAHit() throws {
        let index = CanaryIndex([(id: "c1", person: PersonRecord(
            name: "骆龙仁", phone: "18132771273", address: "广西壮族自治区贺州市八步区延安北街4号东方花园31号楼3单元2802室"))])
        let matcher = RecordMatcher(index: index)
        let decoy = record(name: "骆*仁", phone: "181****1273", address: "贺州市八步区解放路281号锦绣新城4幢4单元2101室")
        XCTAssertEqual(matcher.matches(in: decoy), [], "an address on another road disagrees")
        let candidate = try XCTUnwrap(matcher.candidates(in: decoy).first)
        XCTAssertEqual(candidate.fields, FieldAgreements(phone: .masked, name: .masked, address: .disagree))
        XCTAssertLessThan(candidate.score, MatchWeights.standard.threshold)
        let copy = record(name: "骆*仁", phone: "181****1273", address: "贺州市八步区延安北街4号东方花园三十一号楼三单元2802室")
        XCTAssertEqual(matcher.matches(in: copy).map(\.canaryID), ["c1"], "the canary's own row still hits")
    }

    func testCanariesSharingAPoolNumberAreToldApart() throws {
        let he = SyntheticPeople.heMingyuan
        let r = record(name: he.name, phone: he.phone, address: he.address)
        XCTAssertEqual(matcher.matches(in: r).map(\.canaryID), ["c000004"])
        let candidates = matcher.candidates(in: r)
        XCTAssertEqual(candidates.map(\.canaryID), ["c000004", "c000003"])
        XCTAssertEqual(candidates.last?.fields, FieldAgreements(phone: .exact, name: .disagree, address: .disagree))

        // The pool number by itself could be either canary: neither counts.
        XCTAssertEqual(matcher.matches(in: record(phone: "186 0000 3333")), [])
        XCTAssertEqual(matcher.matches(in: record(name: "宋**", phone: "18600003333")).map(\.canaryID), ["c000003"])
    }

    func testVirtualNumberIsNeverTheRealOneButNameAndAddressStillFindTheCanary() throws {
        let hits = matcher.matches(in: record(name: "林晓岚", phone: "13800000001转1234", address: lin.address))
        let hit = try XCTUnwrap(hits.first)
        XCTAssertEqual(hit.fields.phone, .missing)
        XCTAssertEqual(hit.fields.name, .exact)
        XCTAssertEqual(matcher.candidates(in: record(phone: "13800000001转1234")), [])
    }

    /// A chat line split into parts shows the virtual number's digits alone too; found by
    /// make_adversarial.py (seed 23).
    func testVirtualNumberCutFromItsExtensionStillCountsAsNoPhone() throws {
        let line = "林晓岚 17083263293,,3849 \(lin.address)"
        let parts = [line, "林晓岚", "17083263293", "", "3849", lin.address]
        XCTAssertEqual(matcher.matches(in: cellsOnly(parts)).map(\.canaryID), ["c000001"], "name and address carry it")
        XCTAssertEqual(matcher.matches(in: cellsOnly(parts)).first?.fields.phone, .missing)
    }

    func testBarelyVisiblePhoneFallsBackToTheNameIndex() {
        let hits = matcher.matches(in: record(name: "林晓岚", phone: "1**********", address: lin.address))
        XCTAssertEqual(hits.map(\.canaryID), ["c000001"])
        XCTAssertEqual(hits.first?.fields.phone, .masked)
    }

    func testUnknownNumberIsDismissed() {
        XCTAssertEqual(matcher.candidates(in: record(name: "林晓岚", phone: "13912345678", address: lin.address)), [])
        XCTAssertEqual(matcher.candidates(in: record(name: "王建国", phone: "13912345678", address: "北京市朝阳区建国路88号")), [])
    }

    func testCellsWithoutAssignedFields() throws {
        let masked = cellsOnly(["SF1234567890", "林*岚", "138****0001", "浙江省杭州市西湖区文三路100号华星花园3栋**", "手机壳"])
        XCTAssertEqual(matcher.matches(in: masked).first?.fields, FieldAgreements(phone: .masked, name: .masked, address: .masked))

        let freeText = cellsOnly(["收件人：林晓岚 电话：138 0000 0001 地址：浙江省杭州市西湖区文三路100号华星花园3栋2单元601室"])
        XCTAssertEqual(matcher.matches(in: freeText).first?.fields, FieldAgreements(phone: .exact, name: .exact, address: .exact))

        let split = cellsOnly(["林晓岚", "13800000001", "浙江省", "杭州市", "西湖区", "文三路100号华星花园3栋2单元601室"])
        XCTAssertEqual(matcher.matches(in: split).first?.fields.address, .exact)

        let maskedText = cellsOnly(["收件人：林*岚，手机：138******01，地址：浙江省杭州市西湖区文三路100号华星花园3栋**"])
        XCTAssertEqual(matcher.matches(in: maskedText).map(\.canaryID), ["c000001"])
    }

    func testResultsAreDeterministicAndBestFirst() {
        let r = cellsOnly(["林晓岚 13800000001 浙江省杭州市西湖区文三路100号华星花园3栋2单元601室", "周雨桐 15900002222"])
        let first = matcher.candidates(in: r)
        XCTAssertEqual(first, matcher.candidates(in: r))
        XCTAssertEqual(first.map(\.score), first.map(\.score).sorted(by: >))
        XCTAssertEqual(matcher.matches(in: r).map(\.canaryID), ["c000001", "c000002"])
    }

    /// Two hundred canaries, each leaked in one of four renderings, among decoys sharing their
    /// surname and visible phone digits and background rows: every leaked canary is found, as
    /// itself, and nothing else is.
    func testSyntheticListRecallAndNoFalseHits() {
        var list = SyntheticList(seed: 41833)
        var canaries: [(id: String, person: PersonRecord)] = []
        var phones = Set<String>()
        while canaries.count < 200 {
            let person = list.canary()
            guard phones.insert(person.phone).inserted else { continue }
            canaries.append((id: Canary.id(forSequence: canaries.count + 1), person: person))
        }
        let matcher = RecordMatcher(index: CanaryIndex(canaries))
        var number = 0
        func row(_ name: String, _ phone: String, _ address: String) -> SeizedRecord {
            number += 1
            return SeizedRecord(number: number, cells: [name, phone, address], name: name, phone: phone, address: address,
                                seen: [name, phone, address].joined(separator: ","))
        }
        func masked(_ phone: String, head: Int, tail: Int) -> String {
            String(phone.prefix(head)) + String(repeating: "*", count: 11 - head - tail) + String(phone.suffix(tail))
        }

        var found = 0
        for (i, canary) in canaries.enumerated() {
            let p = canary.person
            let name = Array(p.name)
            let leaked: SeizedRecord
            switch i % 4 {
            case 0:
                leaked = row(p.name, p.phone, p.address)
            case 1:   // GB/T 41833-2022: one name character, six digits, unit and room hidden
                let building = String(p.address[..<p.address.range(of: "栋")!.upperBound])
                leaked = row(String(name[0]) + "*" + String(name.dropFirst(2)), masked(p.phone, head: 3, tail: 2), building)
            case 2:   // the 2017 隐私面单
                leaked = row(p.name, masked(p.phone, head: 3, tail: 4), p.address)
            default:  // reformatted: +86 and spaces, province left out
                let d = Array(p.phone)
                let spaced = "+86 " + String(d[0..<3]) + " " + String(d[3..<7]) + " " + String(d[7..<11])
                leaked = row(p.name, spaced, String(p.address[p.address.range(of: "省")!.upperBound...]))
            }
            let hits = matcher.matches(in: leaked)
            XCTAssertEqual(hits.map(\.canaryID), [canary.id], leaked.seen)
            found += hits.count

            // Decoys: the canary's surname and visible digits, another given name, another address.
            var other = list.givenName()
            while String(name[0]) + other == p.name { other = list.givenName() }
            let elsewhere = list.address(compounds: SyntheticList.otherCompounds)
            let decoys = [
                row(String(name[0]) + other, masked(p.phone, head: 3, tail: 4), elsewhere.building + elsewhere.unitRoom),
                row(String(name[0]) + "**", masked(p.phone, head: 3, tail: 2), elsewhere.building),
                row(String(name[0]) + other, masked(p.phone, head: 3, tail: 4), ""),
                row(String(name[0]) + "*", masked(p.phone, head: 3, tail: 4), ""),
            ]
            for decoy in decoys { XCTAssertEqual(matcher.matches(in: decoy), [], "decoy " + decoy.seen) }
        }
        XCTAssertEqual(found, 200)

        for _ in 0..<2_000 {
            let elsewhere = list.address(compounds: SyntheticList.otherCompounds)
            let background = row(list.rng.pick(SyntheticList.surnames) + list.givenName(), list.phone(),
                                 elsewhere.building + elsewhere.unitRoom)
            XCTAssertEqual(matcher.matches(in: background), [], background.seen)
        }
    }

    func testPinyinNamesMatchThroughEveryReading() throws {
        for name in ["Lin Xiaolan", "LIN Xiaolan", "linxiaolan", "Xiaolan Lin"] {
            let hit = try XCTUnwrap(matcher.matches(in: record(name: name, phone: "138******01", address: "浙江省杭州市西湖区文三路100号华星花园3栋")).first, name)
            XCTAssertEqual(hit.fields, FieldAgreements(phone: .masked, name: .partial, address: .masked), name)
        }
        let shan = PersonRecord(name: "单晓明", phone: "13700000005", address: "江苏省苏州市姑苏区人民路5号桂花苑2栋1单元301室")
        let single = RecordMatcher(index: CanaryIndex([(id: "c000009", person: shan)]))
        for name in ["Shan Xiaoming", "Dan Xiaoming"] {
            let hits = single.matches(in: record(name: name, phone: "137******05", address: "苏州市姑苏区人民路5号桂花苑2栋"))
            XCTAssertEqual(hits.map(\.canaryID), ["c000009"], name)
        }
        let wrong = single.candidates(in: record(name: "Zhang Xiaoming", phone: "137******05", address: "苏州市姑苏区人民路5号桂花苑2栋"))
        XCTAssertEqual(wrong.first?.fields.name, .disagree)
    }

    func testTraditionalCharactersAndAbbreviatedAddresses() throws {
        let hit = try XCTUnwrap(matcher.matches(in: record(
            name: "林曉嵐", phone: "138 0000 0001", address: "浙江杭州西湖區文三路100號華星花園三棟二單元六〇一室")).first)
        XCTAssertEqual(hit.fields, FieldAgreements(phone: .exact, name: .exact, address: .exact))
    }

    /// Splink's term-frequency adjustment: the same masked pattern weighs more for a rare surname.
    func testRareSurnameWeighsMoreThanACommonOne() throws {
        let address = "浙江省杭州市西湖区文三路100号华星花园3栋2单元601室"
        let index = CanaryIndex([
            (id: "c000010", person: PersonRecord(name: "王晓岚", phone: "13800000010", address: address)),
            (id: "c000011", person: PersonRecord(name: "覃晓岚", phone: "13900000011", address: address)),
        ])
        let m = RecordMatcher(index: index)
        let wang = try XCTUnwrap(m.candidates(in: record(name: "王**", phone: "138******10")).first)
        let qin = try XCTUnwrap(m.candidates(in: record(name: "覃**", phone: "139******11")).first)
        XCTAssertEqual(wang.fields.name, .masked)
        XCTAssertGreaterThan(qin.scores.name.weight, wang.scores.name.weight + 5)
        XCTAssertLessThan(qin.scores.name.u, wang.scores.name.u)
    }

    func testDecisionCountsHitsAndListsStrongPossibleLinksApart() throws {
        // A masked phone alone: listed (seven visible digits, 16.5 bits), never a hit.
        let alone = matcher.decide(record(phone: "138****0001"))
        XCTAssertEqual(alone.hits, [])
        let link = try XCTUnwrap(alone.possibleLinks.first)
        XCTAssertEqual(link.canaryID, "c000001")
        XCTAssertFalse(link.isHit)
        XCTAssertEqual(link.fields, FieldAgreements(phone: .masked, name: .missing, address: .missing))
        XCTAssertGreaterThan(link.coincidence, 0, "each link carries its chance agreement")
        // Five visible digits alone (9.9 bits) are below the floor: not even listed.
        XCTAssertTrue(matcher.decide(record(phone: "138******01")).isEmpty)
        // A full match is a hit and not also a possible link.
        let full = matcher.decide(record(name: "林晓岚", phone: "13800000001", address: lin.address))
        XCTAssertEqual(full.hits.map(\.canaryID), ["c000001"])
        XCTAssertEqual(full.possibleLinks, [])
        XCTAssertEqual(full.hits.first?.score ?? 0, full.hits.first?.scores.total ?? -1, accuracy: 1e-12)
    }

    func testPossibleLinksAreListedApartFromHits() {
        // A decoy on the canary's own road, with its surname and visible digits: a possible link, not a hit.
        let r = record(name: "林**", phone: "138******01", address: "浙江省杭州市西湖区文三路")
        XCTAssertEqual(matcher.matches(in: r), [])
        let links = matcher.candidates(in: r)
        XCTAssertEqual(links.map(\.canaryID), ["c000001"])
        XCTAssertEqual(links.first?.isHit, false)
        XCTAssertEqual(links.first?.fields.address, .partial)
    }
}
