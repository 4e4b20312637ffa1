import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class PlantScheduleTests: XCTestCase {
    private let yaml = """
        name: express-pipeline
        entities: []
        schedule:
          - entity: branch-1
            count: 20
            every_days: 7
            from: 2026-09-01T09:00:00+08:00
            until: 2026-09-30T00:00:00+08:00
          - path: [platform, merchant-yiwu, courier-hq, branch-1]
            count: 5
            at: [2026-09-15T10:00:00+08:00, 2026-09-03T10:00:00+08:00]
            format: waybill
            masked: true
        """

    func testEntriesAndTheirDueSlots() throws {
        let schedule = try PlantSchedule.parse(yaml, path: "c.yaml")
        XCTAssertEqual(schedule.entries.count, 2)
        XCTAssertEqual(schedule.entries[1].placement, .path(["platform", "merchant-yiwu", "courier-hq", "branch-1"]))
        XCTAssertEqual(schedule.entries[1].format, .waybill)
        XCTAssertTrue(schedule.entries[1].masked)
        let slots = schedule.slots(until: try Timestamp.parse("2026-09-20T00:00:00+08:00"))
        // branch-1 on 1, 8, 15 September; the path on 3 and 15 September (by time, then entry).
        XCTAssertEqual(slots.map { Timestamp.format($0.due) }, [
            "2026-09-01T01:00:00Z", "2026-09-03T02:00:00Z", "2026-09-08T01:00:00Z", "2026-09-15T01:00:00Z", "2026-09-15T02:00:00Z",
        ])
        XCTAssertEqual(slots[0].fileName, "branch-1-20260901T090000.csv")
        XCTAssertEqual(slots[1].fileName, "platform+merchant-yiwu+courier-hq+branch-1-20260903T100000.waybill.csv")
        let all = schedule.slots(until: try Timestamp.parse("2027-01-01T00:00:00Z"))
        XCTAssertEqual(all.filter { $0.entryIndex == 0 }.count, 5, "every 7 days from 1 Sep until 30 Sep: 1, 8, 15, 22, 29")
    }

    func testMistakesNameTheFileTheLineAndTheEntry() {
        let broken = """
            schedule:
              - entity: branch-1
                count: 3
                at: [2026-09-01]
              - entity: branch-2
                count: 0
                at: [2026-09-01]
            """
        XCTAssertThrowsError(try PlantSchedule.parse(broken, path: "c.yaml")) { error in
            XCTAssertEqual(String(describing: error), "c.yaml:5: schedule entry 2: `count:` must be 1 or more")
        }
        XCTAssertThrowsError(try PlantSchedule.parse("schedule:\n  - entity: a\n    count: 1\n", path: "c.yaml")) { error in
            XCTAssertTrue(String(describing: error).contains("every_days"), "\(error)")
        }
        XCTAssertThrowsError(try PlantSchedule.parse("name: x\n", path: "c.yaml")) { error in
            XCTAssertTrue(String(describing: error).contains("no `schedule:`"), "\(error)")
        }
    }

    func testTheBundledCampaignPlaybookParses() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Playbooks/express-campaign.yaml")
        let schedule = try PlantSchedule.load(path: url.path)
        XCTAssertGreaterThanOrEqual(schedule.entries.count, 7)
        let pipeline = try PlaybookLoader.load(path: url.path)
        for entry in schedule.entries { XCTAssertNoThrow(try pipeline.validate(entry.placement)) }
    }
}
